// Writes a set of file changes all or nothing: every new content goes to a temp file
// first; only then are the temps moved into place, and if one step fails the steps
// already taken are undone. Used for one file (`set`) and many (`rename`) alike; a change
// to several files keeps a journal meanwhile, so that even a kill (which undoes nothing)
// leaves a change the next run completes or rolls back (recover-writes.ts).
// Writes stay inside the repository: never through a symbolic link, never into a
// folder that links outside it.
import { constants } from 'node:fs';
import { access, link, lstat, mkdir, realpath, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { fileExistsError, HypoError } from '../model/hypo-error.js';
import {
  assertUnchanged,
  createFileExclusive,
  permissionsOf,
  replaceFileAtomic,
  syncFolder,
  tempPathFor,
  writeError,
  writeTempBeside,
} from './atomic-write.js';
import { lockFiles } from './file-locks.js';
import { NO_FAULTS, type WriteFaults } from './write-faults.js';
import { type Journal, type JournalContent, removeJournal, sha256, writeJournal } from './write-journal.js';

export type FileChange =
  | { action: 'create'; file: string; content: string }
  /** `expected`: the bytes read before editing; the write is refused if the file changed since. */
  | { action: 'replace'; file: string; content: string; expected: Uint8Array }
  | { action: 'delete'; file: string; expected: Uint8Array };

interface Applied {
  change: FileChange;
  /** What was there before, to put back. */
  previous?: Uint8Array;
}

/** Makes the folders that the change's new files go in, where they are missing (the first record of a kind). */
export async function createFoldersFor(root: string, changes: readonly FileChange[]): Promise<void> {
  const folders = new Set(changes.filter((change) => change.action === 'create').map((change) => path.dirname(path.join(root, change.file))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
}

export interface CommitOptions {
  faults?: WriteFaults;
  /** What the change is, in words ("rename a to b"), for the journal of a change to several files. */
  label?: string;
}

/**
 * `root` is the repository root; change paths are relative to it. Under a lock on every file:
 * each file is checked to hold what was read, a change to several files writes its journal, the
 * new contents go to temp files, and only then is each moved into place; the journal goes last.
 */
export async function commitChanges(root: string, changes: readonly FileChange[], options: CommitOptions = {}): Promise<void> {
  const faults = options.faults ?? NO_FAULTS;
  const absolute = (file: string) => path.join(root, file);
  await assertWritable(root, changes);
  const unlock = await lockFiles(
    root,
    changes.map((change) => change.file),
    (file) => faults.step?.(`lock ${file}`),
  );
  const temps = new Map<FileChange, string>();
  let journal: Journal | undefined;
  try {
    // Under the locks no other hypo can change them; a change by anything else is refused here, before any write.
    for (const change of changes) if (change.action !== 'create') await assertUnchanged(absolute(change.file), change.expected);
    for (const change of changes) if (change.action !== 'delete') temps.set(change, tempPathFor(absolute(change.file)));
    // One rename is atomic on its own; several need the journal, so that a kill between two leaves a change the next run can finish.
    if (changes.length > 1) journal = await writeJournal(root, journalOf(root, changes, temps, options.label ?? 'a change'));
    faults.step?.('journal');
    for (const change of changes) {
      if (change.action === 'delete') continue;
      const mode = change.action === 'replace' ? await permissionsOf(absolute(change.file)) : undefined;
      await writeTempBeside(absolute(change.file), change.content, mode, faults, temps.get(change));
      faults.step?.(`temp ${change.file}`);
    }
    // A crash at the worst moment, on demand: tests kill the process here.
    faults.beforeRename?.();
    await applyAll(changes, temps, absolute, faults);
    if (journal) await removeJournal(journal);
    faults.step?.('journal removed');
  } catch (error) {
    await removeAll(temps.values());
    // A change that failed was rolled back (applyAll does): its journal has nothing left to do.
    if (journal && !(error instanceof RollBackFailed)) await removeJournal(journal);
    throw error instanceof RollBackFailed ? error.cause : error;
  } finally {
    await unlock();
  }
  for (const folder of new Set(changes.map((change) => path.dirname(absolute(change.file))))) await syncFolder(folder);
}

/** What the journal holds: each file with the hashes of its content before and after, and its temp file. */
function journalOf(root: string, changes: readonly FileChange[], temps: ReadonlyMap<FileChange, string>, label: string): JournalContent {
  return {
    journal: 1,
    pid: process.pid,
    label,
    changes: changes.map((change) => {
      const temp = temps.get(change);
      return {
        action: change.action,
        file: change.file.split(path.sep).join('/'),
        ...(temp ? { temp: path.relative(root, temp).split(path.sep).join('/') } : {}),
        before: change.action === 'create' ? null : sha256(change.expected),
        after: change.action === 'delete' ? null : sha256(change.content),
      };
    }),
  };
}

/** A roll-back that could not undo everything: the journal stays, so the next run finds the change. */
class RollBackFailed extends Error {}

/** Moves every temp into place (and deletes what goes); if one fails, the ones already moved are undone. */
async function applyAll(
  changes: readonly FileChange[],
  temps: Map<FileChange, string>,
  absolute: (file: string) => string,
  faults: WriteFaults,
): Promise<void> {
  const applied: Applied[] = [];
  let current: FileChange | undefined;
  try {
    for (const change of changes) {
      current = change;
      const target = absolute(change.file);
      if (change.action === 'create') {
        await moveIntoPlaceExclusive(temps.get(change)!, target, change.content);
        applied.push({ change });
      } else if (change.action === 'replace') {
        await assertUnchanged(target, change.expected);
        await rename(temps.get(change)!, target);
        applied.push({ change, previous: change.expected });
      } else {
        await assertUnchanged(target, change.expected);
        await unlink(target);
        applied.push({ change, previous: change.expected });
      }
      temps.delete(change);
      faults.step?.(`apply ${change.file}`);
    }
  } catch (error) {
    const reported = error instanceof HypoError ? error : writeError(current ? absolute(current.file) : '.', error);
    if (!(await rollBack(applied, absolute))) throw new RollBackFailed(reported.message, { cause: reported });
    throw reported;
  }
}

/**
 * Refuses, before anything is written, a change through a symbolic link, into a folder outside the
 * repository, or to a read-only file (which a rename would replace regardless of its permissions).
 */
export async function assertWritable(root: string, changes: readonly Pick<FileChange, 'action' | 'file'>[]): Promise<void> {
  const realRoot = await realpath(root);
  for (const change of changes) {
    const target = path.join(root, change.file);
    // A folder that does not exist yet fails at the temp write, with that error.
    const folder = await realpath(path.dirname(target)).catch(() => undefined);
    if (folder !== undefined && folder !== realRoot && !folder.startsWith(realRoot + path.sep)) {
      throw new HypoError(
        'outside-repository',
        `${change.file} would be written to ${folder}, outside the repository, through a linked folder; nothing was written`,
        {
          hint: 'replace the link with a real folder inside the repository',
        },
      );
    }
    const info = await lstat(target).catch(() => undefined);
    if (info?.isSymbolicLink()) {
      throw new HypoError('symbolic-link', `${change.file} is a symbolic link; hypo does not write through links, so nothing was written`, {
        hint: 'edit the file the link points to, or replace the link with a copy of that file',
      });
    }
    if (info && change.action !== 'create') {
      try {
        await access(target, constants.W_OK);
      } catch (error) {
        throw writeError(target, error);
      }
    }
  }
}

/** A hard link fails if the target exists, atomically, and shows the complete content at once. */
export async function moveIntoPlaceExclusive(temp: string, target: string, content: string | Uint8Array): Promise<void> {
  try {
    await link(temp, target);
    await unlink(temp);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      await unlink(temp).catch(() => undefined);
      throw fileExistsError(target);
    }
    // File systems without hard links: fall back to an exclusive create.
    await unlink(temp).catch(() => undefined);
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EXDEV' || code === 'ENOSYS') await createFileExclusive(target, content);
    else throw error;
  }
}

/** Puts back what was there before each applied change; false when one could not be undone. */
async function rollBack(applied: readonly Applied[], absolute: (file: string) => string): Promise<boolean> {
  let undone = true;
  for (const { change, previous } of [...applied].reverse()) {
    const target = absolute(change.file);
    try {
      if (change.action === 'create') await unlink(target);
      else if (change.action === 'replace') await replaceFileAtomic(target, previous!);
      else await createFileExclusive(target, previous!);
    } catch {
      // The error that caused the roll-back is the one reported; the journal tells the next run.
      undone = false;
    }
  }
  return undone;
}

async function removeAll(files: Iterable<string>): Promise<void> {
  for (const file of files) await unlink(file).catch(() => undefined);
}
