// The default owner of a new record: `git config user.name`, when set.

import type { Env } from '../model/env.js';
import { createGitRunner } from './git.js';

export async function readGitUserName(cwd: string, env: Env): Promise<string | undefined> {
  try {
    const name = (await createGitRunner(cwd, env, { why: 'to read user.name' }).raw(['config', '--get', 'user.name'])).trim();
    return name || undefined;
  } catch {
    return undefined; // no git, not a repository, or no name set: no default owner
  }
}
