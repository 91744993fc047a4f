// Writes a set of file changes all or nothing: every new content goes to a temp file
// first; only then are the temps moved into place, and if one step fails the steps
// already taken are undone. Used for one file (`set`) and many (`rename`) alike.
// Writes stay inside the repository: never through a symbolic link, never into a
// folder that links outside it.
import { constants } from 'node:fs';
import { access, link, lstat, mkdir, realpath, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { fileExistsError, HypoError } from '../model/hypo-error.js';
import { assertUnchanged, createFileExclusive, permissionsOf, replaceFileAtomic, syncFolder, writeError, writeTempBeside } from './atomic-write.js';
import { lockFiles } from './file-locks.js';
import { NO_FAULTS, type WriteFaults } from './write-faults.js';

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

/** `root` is the repository root; change paths are relative to it. */
export async function commitChanges(root: string, changes: readonly FileChange[], faults: WriteFaults = NO_FAULTS): Promise<void> {
  const absolute = (file: string) => path.join(root, file);
  await assertWritable(root, changes);
  const temps = new Map<FileChange, string>();
  try {
    for (const change of changes) {
      if (change.action === 'create') temps.set(change, await writeTempBeside(absolute(change.file), change.content, undefined, faults));
      else if (change.action === 'replace')
        temps.set(change, await writeTempBeside(absolute(change.file), change.content, await permissionsOf(absolute(change.file)), faults));
    }
  } catch (error) {
    await removeAll(temps.values());
    throw error;
  }
  let unlock: () => Promise<void>;
  try {
    unlock = await lockFiles(
      root,
      changes.map((change) => change.file),
    );
  } catch (error) {
    await removeAll(temps.values());
    throw error;
  }
  // A crash at the worst moment, on demand: tests kill the process here.
  faults.beforeRename?.();

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
    }
  } catch (error) {
    await rollBack(applied, absolute);
    await removeAll(temps.values());
    throw error instanceof HypoError ? error : writeError(current ? absolute(current.file) : root, error);
  } finally {
    await unlock();
  }
  for (const folder of new Set(changes.map((change) => path.dirname(absolute(change.file))))) await syncFolder(folder);
}

/**
 * Refuses, before anything is written, a change through a symbolic link, into a folder outside the
 * repository, or to a read-only file (which a rename would replace regardless of its permissions).
 */
async function assertWritable(root: string, changes: readonly FileChange[]): Promise<void> {
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
async function moveIntoPlaceExclusive(temp: string, target: string, content: string): Promise<void> {
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

async function rollBack(applied: readonly Applied[], absolute: (file: string) => string): Promise<void> {
  for (const { change, previous } of [...applied].reverse()) {
    const target = absolute(change.file);
    try {
      if (change.action === 'create') await unlink(target);
      else if (change.action === 'replace') await replaceFileAtomic(target, previous!);
      else await createFileExclusive(target, previous!);
    } catch {
      // Best effort: the error that caused the roll-back is the one reported.
    }
  }
}

async function removeAll(files: Iterable<string>): Promise<void> {
  for (const file of files) await unlink(file).catch(() => undefined);
}
