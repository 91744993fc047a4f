// A ref someone typed (a branch, tag, commit or any revision git understands) → the commit
// it names, in one `git rev-parse`. Callers pass git the commit's hash afterwards, never
// the text typed: text such as `--output=/tmp/x` would otherwise reach git as an option.
import { HypoError } from '../model/hypo-error.js';
import type { GitRunner } from './git.js';

const COMMIT_HASH = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/**
 * The full hash of the commit `ref` names, or undefined when it names none (no such ref, not
 * a commit, not a git repository). `--end-of-options` makes git read the text as a revision
 * even when it starts with a dash; `--verify --quiet` answers with one hash or nothing.
 */
export async function resolveCommit(git: GitRunner, ref: string): Promise<string | undefined> {
  // An empty ref would be `^{commit}` alone; a line break would let one argument read as two lines of output.
  if (ref === '' || /[\0\n\r]/.test(ref)) return undefined;
  let output: string;
  try {
    output = await git.raw(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  } catch (error) {
    // git found no commit, or refused the text before running (simple-git stops `--upload-pack` wherever it stands).
    if (error instanceof HypoError) return undefined;
    throw error;
  }
  const hash = output.trim();
  return COMMIT_HASH.test(hash) ? hash : undefined;
}
