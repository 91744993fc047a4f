// Loaded files cross from a parser worker to the main thread as a structured clone,
// whose cost grows with the number of objects. So they travel lean: the source map
// packed into a string and a typed array, and the record left out, rebuilt on arrival
// from the data (a valid record is its data without `x-` keys).
import type { HypoRecord } from '../model/schemas.js';
import { withoutExtensions } from '../model/schemas.js';
import { packSourceMap, type SourceMap } from '../model/source-map.js';
import type { LoadedFile } from './read-record-file.js';

export interface TransferredFile extends Omit<LoadedFile, 'record'> {
  valid: boolean;
}

export function toTransfer(files: readonly LoadedFile[]): TransferredFile[] {
  return files.map(({ record, sourceMap, ...rest }) => ({
    ...rest,
    ...(sourceMap ? { sourceMap: 'paths' in sourceMap ? sourceMap : packSourceMap(sourceMap as SourceMap) } : {}),
    valid: record !== undefined,
  }));
}

export function fromTransfer(files: readonly TransferredFile[]): LoadedFile[] {
  return files.map(({ valid, ...rest }) => (valid ? { ...rest, record: withoutExtensions(rest.data) as HypoRecord } : rest));
}
