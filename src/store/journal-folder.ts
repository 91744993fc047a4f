// Where a multi-file write keeps its journal (docs/decisions/0008): a module of its own, so
// that every command can see whether there is anything to recover without loading the recovery.
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The folder at the repository root that holds journals; it exists only while a write runs or after one was killed. */
export const JOURNAL_FOLDER = '.hypo-journal';

export function journalFolder(root: string): string {
  return path.join(root, JOURNAL_FOLDER);
}

/** Whether a write may have left something to recover: nearly every run finds no journal folder. */
export function mayHaveJournals(root: string): boolean {
  return existsSync(journalFolder(root));
}
