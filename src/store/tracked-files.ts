// The files git tracks under the hypo repository root, in ONE `git ls-files`: what a
// hypothesis' `code:` globs are matched against when counting the code resting on it.
import type { GitRunner } from './git.js';

/** Paths relative to the runner's directory (the repository root), with forward slashes, as the index holds them. */
export async function trackedFiles(git: GitRunner): Promise<string[]> {
  // -z: names as they are, never quoted; without --full-name, relative to the root and only below it.
  return (await git.raw(['ls-files', '-z'])).split('\0').filter(Boolean);
}
