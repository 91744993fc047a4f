// Every write hypo makes: never a half-written file, never an overwrite it did not mean.
// Replacing goes through a temp file in the same folder (same file system), fsync, rename.
// Creating uses O_EXCL ('wx'), so two runs racing for one name cannot both win.
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { HypoError } from '../model/hypo-error.js';

function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

async function writeAndSync(file: string, content: string | Uint8Array, flag: 'w' | 'wx'): Promise<void> {
  const handle = await open(file, flag, 0o644);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes `content` to a temp file beside `target`; returns its path. The caller renames or removes it. */
export async function writeTempBeside(target: string, content: string | Uint8Array): Promise<string> {
  const temp = tempPathFor(target);
  try {
    await writeAndSync(temp, content, 'wx');
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw writeError(target, error);
  }
  return temp;
}

/**
 * Replaces `target` atomically. With `expected`, refuses when the file no longer holds
 * those bytes: someone changed it since it was read (an optimistic lock).
 */
export async function replaceFileAtomic(target: string, content: string | Uint8Array, expected?: Uint8Array): Promise<void> {
  const temp = await writeTempBeside(target, content);
  try {
    if (expected) await assertUnchanged(target, expected);
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error instanceof HypoError ? error : writeError(target, error);
  }
}

/** Creates `target`, failing if anything exists there already. */
export async function createFileExclusive(target: string, content: string | Uint8Array): Promise<void> {
  try {
    await writeAndSync(target, content, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new HypoError('file-exists', `${target} exists already; hypo never overwrites a record it did not read`, {
        hint: 'choose another id with --id',
      });
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

function writeError(target: string, error: unknown): HypoError {
  const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
  const reason = code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'permission denied' : code;
  return new HypoError('write-failed', `cannot write ${target} (${reason}); nothing was changed`, {
    hint: code === 'EACCES' || code === 'EPERM' ? 'check the permissions of the file and its folder' : undefined,
    cause: error,
  });
}
