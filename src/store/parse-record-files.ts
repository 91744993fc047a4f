// Reads and parses a batch of record files, synchronously: for thousands of small
// files a blocking read is several times cheaper than a promise per file, and this
// runs either inside a worker or for batches too small to be worth one.
import path from 'node:path';
import { type LoadedFile, readRecordFileSync } from './read-record-file.js';

export function parseRecordFiles(root: string, files: readonly string[]): LoadedFile[] {
  return files.map((file) => readRecordFileSync(path.join(root, file), file));
}
