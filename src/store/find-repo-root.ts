// The repository root: the nearest folder up from the working directory that holds
// hypo.config.yaml, else the git top level, else the working directory itself.
// Found by looking at the file system, without starting a git process.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE_NAME, DEFAULT_ROOT } from '../model/config-defaults.js';

export interface RepoRoot {
  root: string;
  /** The config file's absolute path, when there is one. */
  configFile?: string;
  /** The git top level, when inside a git work tree. */
  gitRoot?: string;
}

export function findRepoRoot(cwd: string): RepoRoot {
  let configDir: string | undefined;
  let gitRoot: string | undefined;
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (configDir === undefined && existsSync(path.join(dir, CONFIG_FILE_NAME))) configDir = dir;
    // `.git` is a folder in a clone and a file in a worktree or submodule.
    if (existsSync(path.join(dir, '.git'))) {
      gitRoot = dir;
      break;
    }
    if (path.dirname(dir) === dir) break;
  }
  const root = configDir ?? gitRoot ?? path.resolve(cwd);
  const found: RepoRoot = { root };
  if (configDir) found.configFile = path.join(configDir, CONFIG_FILE_NAME);
  if (gitRoot) found.gitRoot = gitRoot;
  return found;
}

/** A config file up the tree, or the default records folder at the root: someone ran init, or keeps records here. */
export function looksInitialised(found: RepoRoot): boolean {
  return found.configFile !== undefined || existsSync(path.join(found.root, DEFAULT_ROOT));
}
