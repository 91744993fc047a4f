// `--out FILE`: write where the user points, as a shell's `>` would. A symlink is written
// through to its target (the link stays a link); a path that is no regular file (a device
// such as /dev/null or /dev/stdout, a FIFO) is opened and written, never replaced. A
// regular file, or none yet, is replaced atomically, so a reader never sees half of it.
import { lstat, open, readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { replaceFileAtomic, writeError } from './atomic-write.js';
import type { WriteFaults } from './write-faults.js';

/** Links followed at most: a loop of links is an error, as it is for the shell. */
const MAX_LINKS = 40;

export async function writeUserOutput(target: string, content: string, faults?: WriteFaults): Promise<void> {
  const existing = await stat(target).catch(() => undefined);
  if (existing && !existing.isFile()) {
    if (existing.isDirectory()) throw writeError(target, Object.assign(new Error('is a folder'), { code: 'EISDIR' }));
    await writeInPlace(target, content);
    return;
  }
  const final = existing ? await realpath(target) : await danglingTarget(target);
  await replaceFileAtomic(final, content, { faults });
}

async function writeInPlace(target: string, content: string): Promise<void> {
  try {
    const handle = await open(target, 'w');
    try {
      await handle.writeFile(content);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw writeError(target, error);
  }
}

/** Where a path that does not exist yet will be: through a dangling link to the file it names, else the path itself. */
async function danglingTarget(target: string): Promise<string> {
  let at = target;
  for (let links = 0; links < MAX_LINKS; links++) {
    const info = await lstat(at).catch(() => undefined);
    if (!info?.isSymbolicLink()) return at;
    at = path.resolve(path.dirname(at), await readlink(at));
  }
  throw writeError(target, Object.assign(new Error('too many levels of symbolic links'), { code: 'ELOOP' }));
}
