// In-memory record files → loaded files, for tests of pure rules without a disk.
import { type LoadedFile, parseRecordText } from '../../src/store/read-record-file.js';

export function loadFiles(files: Record<string, string>): LoadedFile[] {
  return Object.entries(files).map(([file, text]) => parseRecordText(text, file));
}

/** One in-memory record file, loaded. */
export function loadFile(file: string, text: string): LoadedFile {
  return parseRecordText(text, file);
}
