// Locks on record files (and ids), so that between checking a file still holds what was
// read and renaming over it no other hypo can swap it. A lock is a hidden file beside the
// file it guards, holding its owner's process id; one left by a killed run is taken over,
// atomically, so that two runs never both hold it.
import type { BigIntStats } from 'node:fs';
import { link, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { HypoError } from '../model/hypo-error.js';
import { writeError } from './atomic-write.js';

/** How long to wait for another hypo's write of the same file (writes take milliseconds). */
const LOCK_WAIT_MS = 5_000;
/** A lock older than this is left over from a crash, whoever wrote it. */
const LOCK_STALE_MS = 30_000;

/**
 * Takes a lock on every file (a hidden `.<name>.lock` beside it, created exclusively), so that
 * between checking a file still holds what was read and renaming over it no other hypo can
 * swap it: without the lock, two runs could both pass the check and one edit would be lost.
 * Locks are taken in name order, so two runs over overlapping files cannot wait on each other.
 * Returns the function that releases them.
 */
export async function lockFiles(root: string, files: readonly string[], onLocked?: (file: string) => void): Promise<() => Promise<void>> {
  const held: string[] = [];
  const release = () => removeAll(held.splice(0));
  try {
    for (const file of [...new Set(files)].sort()) {
      const lock = path.join(root, path.dirname(file), `.${path.basename(file)}.lock`);
      await acquireLock(lock, file);
      held.push(lock);
      onLocked?.(file);
    }
  } catch (error) {
    await release();
    throw error;
  }
  return release;
}

export async function acquireLock(lock: string, file: string): Promise<void> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    if (await createLock(lock, path.join(path.dirname(lock), path.basename(file)))) return;
    const { state, identity } = await lockState(lock);
    if (state === 'stale') await takeOverStale(lock, identity!);
    if (state !== 'held') continue;
    if (Date.now() > deadline) {
      throw new HypoError('file-locked', `${file} is being written by another hypo; nothing was written`, {
        hint: `run the command again; if no hypo is running, delete ${lock}`,
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20));
  }
}

/**
 * Creates the lock holding this process's id, or returns false when there is one. The id is
 * written to a file of its own first and then linked into place: a lock is never seen empty.
 */
async function createLock(lock: string, guarded: string): Promise<boolean> {
  const temp = `${lock}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  try {
    await writeFile(temp, `${process.pid}\n`, { flag: 'wx' });
    await link(temp, lock);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    // Named after the file it guards: that is the write that cannot happen (a missing folder, no permission).
    throw writeError(guarded, error);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/** `stale`: left by a process that is gone (killed mid-write), or older than any write takes; `gone`: released meanwhile. */
export async function lockState(lock: string): Promise<{ state: 'held' | 'stale' | 'gone'; identity?: string }> {
  try {
    const [content, info] = await Promise.all([readFile(lock, 'utf8'), stat(lock, { bigint: true })]);
    const identity = fileIdentity(info);
    return { state: isLeftOver(Number(content.trim()), Number(info.mtimeMs)) ? 'stale' : 'held', identity };
  } catch (error) {
    return { state: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : 'held' };
  }
}

/**
 * Whether what process `pid` wrote at `writtenMs` (a lock, a journal) is left over from a run that
 * is gone (killed mid-write), or older than any write takes, so that another run may take it over.
 */
export function isLeftOver(pid: number, writtenMs: number): boolean {
  if (Date.now() - writtenMs > LOCK_STALE_MS) return true;
  if (!Number.isInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // ESRCH: no such process. EPERM: alive, another user's.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Which file a path holds: the inode alone is not enough, since a file system reuses the
 * number of a file just deleted for the next one made; its change time in nanoseconds is new.
 */
function fileIdentity(info: BigIntStats): string {
  return `${info.ino}:${info.ctimeNs}`;
}

/** A takeover that takes longer than this was killed: its mutex may go. Taking over takes a millisecond. */
const TAKEOVER_STALE_MS = 2_000;

/**
 * Removes a stale lock, but only the one judged stale. Several runs may judge it so at once;
 * had each simply deleted the lock, a late one would delete the fresh lock an early one had
 * just taken, and both would write (a lost update). So a takeover holds a mutex of its own
 * (`<lock>.takeover`, created exclusively), and under it deletes the lock only if it is still
 * the same file (inode and change time) that was judged stale. Whoever does not get the mutex tries again.
 */
export async function takeOverStale(lock: string, staleIdentity: string): Promise<void> {
  const mutex = `${lock}.takeover`;
  try {
    await writeFile(mutex, `${process.pid}\n`, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw writeError(mutex, error);
    const info = await stat(mutex).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > TAKEOVER_STALE_MS) await unlink(mutex).catch(() => undefined);
    return;
  }
  try {
    const now = await stat(lock, { bigint: true }).catch(() => undefined);
    if (now && fileIdentity(now) === staleIdentity) await unlink(lock).catch(() => undefined);
  } finally {
    await unlink(mutex).catch(() => undefined);
  }
}

async function removeAll(files: Iterable<string>): Promise<void> {
  for (const file of files) await unlink(file).catch(() => undefined);
}
