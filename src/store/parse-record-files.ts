// Reads and parses a batch of record files, synchronously: for thousands of small
// files a blocking read is several times cheaper than a promise per file, and this
// runs either inside a worker or for batches too small to be worth one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { idFromFileName } from '../model/ids.js';
import { type LoadedFile, parseRecordBytes } from './read-record-file.js';

export function parseRecordFiles(root: string, files: readonly string[]): LoadedFile[] {
  return files.map((file) => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path.join(root, file));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
      return {
        file,
        id: idFromFileName(file),
        problems: [{ file, line: 1, column: 1, severity: 'error', rule: 'unreadable-file', message: `the file cannot be read (${code}): check its permissions` }],
      };
    }
    return parseRecordBytes(bytes, file);
  });
}
