// `hypo export --format json`: the rows of the CSV as objects, for BI tools and scripts.

/** JSON rows: the same columns as the CSV, every key present (null when empty), lists as arrays. */
import { toJson } from './json-text.js';
export function renderExportJson(columns: readonly string[], rows: readonly unknown[][]): string {
  const objects = rows.map((row) => Object.fromEntries(columns.map((column, index) => [column, row[index] ?? null])));
  return toJson(objects);
}
