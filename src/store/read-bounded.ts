// A file's bytes, never more than a limit and never from anything but a regular file:
// the reading rule for every file hypo parses (records and the config), so that a huge,
// sparse or growing file costs no memory and a FIFO in its place never hangs a run.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export type ReadResult =
  | { bytes: Uint8Array; tooLarge?: undefined }
  | { bytes?: undefined; tooLarge: number }
  | { bytes?: undefined; tooLarge?: undefined; unreadable: string };

/**
 * The file's bytes, unless it holds more than `limit`: its size is checked before anything is read, so
 * a huge (or sparse) file costs no memory. O_NONBLOCK: a named pipe put in a record's place never hangs the run.
 */
export function readAtMost(absolutePath: string, limit: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(absolutePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { unreadable: (error as NodeJS.ErrnoException).code ?? 'EIO' };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { unreadable: 'not a regular file' };
    if (info.size > limit) return { tooLarge: info.size };
    // One byte more than the limit tells a file that grew since the stat.
    const buffer = Buffer.alloc(Math.min(info.size, limit) + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read) read = readSync(fd, buffer, length, buffer.length - length, length);
    if (length > limit) return { tooLarge: Math.max(length, fstatSync(fd).size) };
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { unreadable: (error as NodeJS.ErrnoException).code ?? 'EIO' };
  } finally {
    closeSync(fd);
  }
}
