// `--out FILE` of the commands that print data (report, export): the output replaces the
// file atomically, so a reader never sees half of it.
import path from 'node:path';
import { replaceFileAtomic } from '../store/atomic-write.js';
import type { WriteFaults } from '../store/write-faults.js';

/** Writes `content` to `out` (relative to `cwd`); returns the path to show: relative to `cwd`, or absolute. */
export async function writeOutputFile(cwd: string, out: string, content: string, faults?: WriteFaults): Promise<string> {
  const target = path.resolve(cwd, out);
  await replaceFileAtomic(target, content, { faults });
  return path.relative(cwd, target) || target;
}
