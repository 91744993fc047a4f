// `hypo export`: every valid record as one row of a table, with the same columns for
// CSV (spreadsheets) and JSON (BI tools and scripts).
import { columnValue, exportColumns, LIST_SEPARATOR } from '../model/record-columns.js';
import { isExtensionKey } from '../model/schemas.js';
import { KINDS, type Kind } from '../model/vocabulary.js';
import type { Repository } from '../store/load-repository.js';
import { type SkippedRecord, skippedOf } from './repository.js';

export interface ExportTable {
  columns: string[];
  /** One row per record, values as in the record (lists as arrays), in column order. */
  rows: unknown[][];
  /** Record files of the kinds asked for (or of no known kind) that were left out for errors. */
  skipped: SkippedRecord[];
  /** List items holding the separator, which an import would read as two items. */
  separatorWarnings: { id: string; column: string }[];
}

export function exportTable(repository: Repository, kinds: readonly Kind[]): ExportTable {
  const kindOrder = (kind: Kind) => KINDS.indexOf(kind);
  const records = repository.files
    .filter((file) => file.record && file.data && kinds.includes(file.record.kind) && repository.graph.records.get(file.id)?.file === file.file)
    .sort((a, b) => kindOrder(a.record!.kind) - kindOrder(b.record!.kind) || (a.id < b.id ? -1 : 1));
  const kindOf = new Map(repository.files.map((file) => [file.file, file.kind]));
  const skipped = skippedOf(repository).filter((entry) => {
    const kind = kindOf.get(entry.file);
    return kind === undefined || kinds.includes(kind);
  });

  const extensionKeys = records.flatMap((file) => Object.keys(file.data!).filter((key) => isExtensionKey(key) && isScalar(file.data![key])));
  const columns = exportColumns(kinds, extensionKeys);
  const rows = records.map((file) =>
    columns.map((column): unknown => (column === 'id' ? file.id : column === 'file' ? file.file : columnValue(file.data!, column))),
  );
  const separatorWarnings = rows.flatMap((row) =>
    row.flatMap((value, index) =>
      Array.isArray(value) && value.some((item) => String(item).includes(LIST_SEPARATOR)) ? [{ id: String(row[0]), column: columns[index]! }] : [],
    ),
  );
  return { columns, rows, skipped, separatorWarnings };
}

function isScalar(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}
