// Before a command reads the repository, what a killed run left half written is finished:
// its change completed or rolled back, whole.
import { findRepoRoot } from '../store/find-repo-root.js';
import { mayHaveJournals } from '../store/journal-folder.js';
import type { Recovery } from '../store/recover-writes.js';

export type { Recovery } from '../store/recover-writes.js';

export async function recoverWrites(cwd: string): Promise<Recovery[]> {
  const { root } = findRepoRoot(cwd);
  // The recovery loads only when there is a journal folder to look in.
  if (!mayHaveJournals(root)) return [];
  const { recoverInterruptedWrites } = await import('../store/recover-writes.js');
  return recoverInterruptedWrites(root);
}
