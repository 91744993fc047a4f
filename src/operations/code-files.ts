// The files git tracks, for counting the code that rests on each hypothesis: asked of git
// (ONE `git ls-files`) only when some hypothesis names code and the repository is in git.
import type { Env } from '../model/env.js';
import { createGitRunner } from '../store/git.js';
import type { Repository } from '../store/load-repository.js';
import { trackedFiles } from '../store/tracked-files.js';

/** Null when no hypothesis has `code:` globs, or there is no git: the code then counts for nothing. */
export async function trackedCodeFiles(repository: Repository, env: Env): Promise<string[] | null> {
  const namesCode = [...repository.graph.records.values()].some((node) => node.record.kind === 'hypothesis' && node.record.code?.length);
  if (!namesCode || !repository.gitRoot) return null;
  return trackedFiles(createGitRunner(repository.root, env, { why: 'to count the tracked files that rest on each hypothesis (its code: globs)' }));
}
