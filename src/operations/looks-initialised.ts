// Whether a folder looks like a hypo repository, for `hypo` run with no command. Cheap on
// purpose (no YAML, no schemas): it runs before anything else is loaded.
import { findRepoRoot, looksInitialised as rootLooksInitialised } from '../store/find-repo-root.js';

export function looksInitialised(cwd: string): boolean {
  return rootLooksInitialised(findRepoRoot(cwd));
}
