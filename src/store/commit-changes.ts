// Writes a set of file changes all or nothing: every new content goes to a temp file
// first; only then are the temps moved into place, and if one step fails the steps
// already taken are undone. Used for one file (`set`) and many (`rename`) alike.
import { link, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { HypoError } from '../model/hypo-error.js';
import { assertUnchanged, createFileExclusive, replaceFileAtomic, writeTempBeside } from './atomic-write.js';

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

/** `root` is the repository root; change paths are relative to it. */
export async function commitChanges(root: string, changes: readonly FileChange[]): Promise<void> {
  const absolute = (file: string) => path.join(root, file);
  const temps = new Map<FileChange, string>();
  try {
    for (const change of changes) {
      if (change.action !== 'delete') temps.set(change, await writeTempBeside(absolute(change.file), change.content));
    }
  } catch (error) {
    await removeAll(temps.values());
    throw error;
  }

  const applied: Applied[] = [];
  try {
    for (const change of changes) {
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
    throw error instanceof HypoError ? error : new HypoError('write-failed', `cannot write the changes (${(error as Error).message}); nothing was changed`, { cause: error });
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
      throw new HypoError('file-exists', `${target} exists already; hypo never overwrites a file it did not read`, {
        hint: 'choose another id',
      });
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

