// Every write hypo makes: never a half-written file, never an overwrite it did not mean.
// Replacing goes through a temp file in the same folder (same file system), fsync, rename.
// Creating uses O_EXCL ('wx'), so two runs racing for one name cannot both win.
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { fileExistsError, HypoError } from '../model/hypo-error.js';
import { NO_FAULTS, type WriteFaults } from './write-faults.js';

/** A hidden temp file beside `target`, named after it and this process. */
export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

async function writeAndSync(file: string, content: string | Uint8Array, flag: 'w' | 'wx', mode?: number): Promise<void> {
  const handle = await open(file, flag, 0o644);
  try {
    // The file it replaces keeps its permission bits (a 0600 or 0664 record stays so); chmod ignores the umask.
    if (mode !== undefined) await handle.chmod(mode);
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes `content` to a temp file beside `target` (with permission bits `mode`); returns its path. The caller renames or removes it. */
export async function writeTempBeside(
  target: string,
  content: string | Uint8Array,
  mode?: number,
  faults: WriteFaults = NO_FAULTS,
  temp = tempPathFor(target),
): Promise<string> {
  try {
    faults.beforeWrite?.(temp);
    await writeAndSync(temp, content, 'wx', mode);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw writeError(target, error);
  }
  return temp;
}

export interface ReplaceOptions {
  /** Refuse when the file no longer holds these bytes: someone changed it since it was read (an optimistic lock). */
  expected?: Uint8Array;
  faults?: WriteFaults;
}

/** Replaces `target` atomically: a temp file beside it, synced, then renamed over it. */
export async function replaceFileAtomic(target: string, content: string | Uint8Array, options: ReplaceOptions = {}): Promise<void> {
  const { expected, faults } = options;
  const temp = await writeTempBeside(target, content, await permissionsOf(target), faults);
  try {
    if (expected) await assertUnchanged(target, expected);
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error instanceof HypoError ? error : writeError(target, error);
  }
}

/** The permission bits of an existing file, for its replacement; undefined when there is no file. */
export async function permissionsOf(target: string): Promise<number | undefined> {
  return stat(target).then(
    (info) => info.mode & 0o7777,
    () => undefined,
  );
}

/** Makes renames in `folder` durable (best effort: some systems cannot open a folder for syncing). */
export async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // The renames have happened; only their durability across a power cut is at stake.
  }
}

/** Creates `target`, failing if anything exists there already. */
export async function createFileExclusive(target: string, content: string | Uint8Array): Promise<void> {
  try {
    await writeAndSync(target, content, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw fileExistsError(target);
    }
    await unlink(target).catch(() => undefined);
    throw writeError(target, error);
  }
}

export async function assertUnchanged(target: string, expected: Uint8Array): Promise<void> {
  const current = await readFile(target).catch(() => undefined);
  if (!current || !Buffer.from(expected).equals(current)) {
    throw new HypoError('file-changed', `${target} changed while hypo was editing it; nothing was written`, {
      hint: 'run the command again',
    });
  }
}

export function writeError(target: string, error: unknown): HypoError {
  const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
  const reason = code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'permission denied' : code;
  return new HypoError('write-failed', `cannot write ${target} (${reason}); nothing was changed`, {
    hint: code === 'EACCES' || code === 'EPERM' ? 'check the permissions of the file and its folder' : undefined,
    cause: error,
  });
}
