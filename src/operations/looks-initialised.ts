// Whether a folder looks like a hypo repository, for `hypo` run with no command. Cheap on
// purpose (no YAML, no schemas): it runs before anything else is loaded.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_ROOT } from '../model/config-defaults.js';
import { findRepoRoot } from '../store/find-repo-root.js';

/** A config file up the tree, or the default records folder at the root: someone ran init, or keeps records here. */
export function looksInitialised(cwd: string): boolean {
  const found = findRepoRoot(cwd);
  return found.configFile !== undefined || existsSync(path.join(found.root, DEFAULT_ROOT));
}
