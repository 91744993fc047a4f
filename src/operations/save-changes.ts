// The one way hypo writes records: the changed files are checked together with the rest
// of the repository, exactly as `hypo check` would, and written (all or nothing) only when
// the change adds no error. A refused change writes nothing, not even a folder.
import { compareProblems, type Problem } from '../model/problem.js';
import { checkChanges } from '../rules/check-changes.js';
import { type CommitOptions, commitChanges, createFoldersFor, type FileChange } from '../store/commit-changes.js';
import type { Repository } from '../store/load-repository.js';
import { type LoadedFile, parseRecordBytes } from '../store/read-record-file.js';

export type { FileChange } from '../store/commit-changes.js';

export interface SaveOutcome {
  saved: boolean;
  /** Errors that made the change refused, or warnings of the changed files when saved. */
  problems: Problem[];
  /** The new texts, for code frames. */
  sources: Map<string, string>;
}

/** `options.label` says what the change is ("rename a to b"), for the journal of a change to several files. */
export async function saveChanges(repository: Repository, changes: readonly FileChange[], options: CommitOptions = {}): Promise<SaveOutcome> {
  const sources = new Map<string, string>();
  const changed: LoadedFile[] = [];
  const encoder = new TextEncoder();
  for (const change of changes) {
    if (change.action === 'delete') continue;
    sources.set(change.file, change.content.replace(/^\uFEFF/, ''));
    // Checked as the bytes it would write, as `check` reads them: a record over the size limit is refused, never written.
    changed.push(parseRecordBytes(encoder.encode(change.content), change.file));
  }
  const removed = new Set(changes.filter((change) => change.action === 'delete').map((change) => change.file));
  const { inChanged, newElsewhere } = checkChanges(repository, changed, removed);
  const introduced = [...inChanged.filter((problem) => problem.severity === 'error'), ...newElsewhere].sort(compareProblems);
  if (introduced.length > 0) return { saved: false, problems: introduced, sources };
  // A new record may be the first of its kind: its folder is made now that the change is accepted.
  await createFoldersFor(repository.root, changes);
  await commitChanges(repository.root, changes, options);
  return { saved: true, problems: inChanged.filter((problem) => problem.severity === 'warning'), sources };
}
