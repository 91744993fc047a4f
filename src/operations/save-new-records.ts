// New records (`new`, `import`) are saved under a lock per id, taken in the records folder
// whatever their kind: ids are unique across kinds, and files of different kinds live in
// different folders, so an exclusive create of the file alone would let `new hypothesis X`
// and `new insight X` both win. Under the lock the folder is walked again: an id another
// run took meanwhile is refused, and nothing is written.
import path from 'node:path';
import { idTakenError } from '../model/hypo-error.js';
import { idFromFileName } from '../model/ids.js';
import type { CommitOptions, FileChange } from '../store/commit-changes.js';
import { lockFiles } from '../store/file-locks.js';
import { findRecordFiles } from '../store/find-record-files.js';
import type { Repository } from '../store/load-repository.js';
import { type SaveOutcome, saveChanges } from './save-changes.js';

export async function saveNewRecords(repository: Repository, changes: readonly FileChange[], hint: string, options: CommitOptions = {}): Promise<SaveOutcome> {
  const created = changes.filter((change) => change.action === 'create').map((change) => change.file);
  const ids = new Set(created.map(idFromFileName));
  // One lock file per id, `.<id>.id.lock` in the records folder.
  const unlock = await lockFiles(
    repository.root,
    [...ids].map((id) => `${repository.recordRoot}/${id}.id`),
    (lock) => options.faults?.step?.(`lock ${lock}`),
  );
  try {
    const exclude = new Set(repository.configFile ? [repository.configFile] : []);
    const { files } = await findRecordFiles(repository.root, path.join(repository.root, repository.recordRoot), exclude);
    const mine = new Set(created);
    const taken = files.find((file) => !mine.has(file) && ids.has(idFromFileName(file)));
    if (taken) throw idTakenError(idFromFileName(taken), taken, hint);
    return await saveChanges(repository, changes, options);
  } finally {
    await unlock();
  }
}
