// `--out FILE` of the commands that print data (report, trend, export): written where the
// user points (through a link, into a device), a regular file replaced atomically.
import path from 'node:path';
import type { WriteFaults } from '../store/write-faults.js';
import { writeUserOutput } from '../store/write-user-output.js';

/** Writes `content` to `out` (relative to `cwd`); returns the path to show: relative to `cwd`, or absolute. */
export async function writeOutputFile(cwd: string, out: string, content: string, faults?: WriteFaults): Promise<string> {
  const target = path.resolve(cwd, out);
  await writeUserOutput(target, content, faults);
  // A path outside the working folder reads better whole than as a climb of ../../.
  const relative = path.relative(cwd, target);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? target : relative;
}
