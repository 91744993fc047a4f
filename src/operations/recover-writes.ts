// Before a command reads the repository, what a killed run left half written is finished:
// its change completed or rolled back, whole.
import { findRepoRoot } from '../store/find-repo-root.js';
import { type Recovery, recoverInterruptedWrites } from '../store/recover-writes.js';

export type { Recovery } from '../store/recover-writes.js';

export function recoverWrites(cwd: string): Promise<Recovery[]> {
  return recoverInterruptedWrites(findRepoRoot(cwd).root);
}
