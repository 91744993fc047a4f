// `check` for the library: the rules on a repository already read, with nothing kept.
// The CLI's `hypo check` runs checkFolder (check.ts), which reuses a kept result first.

import { type CheckResult, checkRepository } from '../rules/check-repository.js';
import type { Repository } from '../store/load-repository.js';

export interface CheckOptions {
  /** Count warnings as failures too: `ok` is false when there is any problem. */
  strict?: boolean;
}

/** Every problem of every record file, sorted by file and line, with the counts. */
export function check(repository: Repository, options: CheckOptions = {}): CheckResult {
  return checkRepository(repository, options);
}
