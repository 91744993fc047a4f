// Records as table rows, for spreadsheets and BI tools: one column per field (nested
// fields as `result.outcome`, the same names `hypo set` takes), lists as items joined
// by "; " (commas are common inside globs and text, semicolons are not), and back.

import { fieldNames, fieldType, parseFieldValue } from './field-types.js';
import { DEFAULT_STATUS } from './new-record.js';
import { valueAt } from './references.js';
import { isExtensionKey } from './schemas.js';
import type { SourceMap, Span } from './source-map.js';
import { pathKey } from './source-map.js';
import { restoreFormula } from './spreadsheet-formulas.js';
import { KINDS, type Kind } from './vocabulary.js';

/** The columns every export starts with; `file` is informative and ignored on import. */
export const FIXED_COLUMNS = ['id', 'kind', 'file'] as const;

export const LIST_SEPARATOR = ';';
const LIST_JOINER = `${LIST_SEPARATOR} `;

/** The field columns of a kind, in the schema's order, without `kind`. */
export function fieldColumns(kind: Kind): string[] {
  const columns: string[] = [];
  for (const field of fieldNames(kind)) {
    if (field === 'kind') continue;
    if (fieldType(kind, [field]) === 'mapping') for (const inner of fieldNames(kind, [field])) columns.push(`${field}.${inner}`);
    else columns.push(field);
  }
  return columns;
}

/** The columns of an export of `kinds`: the fixed ones, every field of each kind once, then the `x-` keys found. */
export function exportColumns(kinds: readonly Kind[], extensionKeys: Iterable<string> = []): string[] {
  const ordered = KINDS.filter((kind) => kinds.includes(kind));
  const fields = new Set(ordered.flatMap(fieldColumns));
  return [...FIXED_COLUMNS, ...fields, ...[...new Set(extensionKeys)].sort()];
}

/** Where a column's value stands in a record. `x-` keys are top-level keys that may hold dots. */
export function columnPath(column: string): string[] {
  return isExtensionKey(column) ? [column] : column.split('.');
}

/** The value of a column in a record's data, as the file holds it; undefined when absent. */
export function columnValue(data: Record<string, unknown>, column: string): unknown {
  return valueAt(data, columnPath(column));
}

/** A value as one CSV cell: lists joined by "; ", nothing as an empty cell. */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((item) => cellText(item)).join(LIST_JOINER);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export interface CellProblem {
  column: string;
  message: string;
}

/**
 * One row's cells (column → text) → the data of a new record of `kind`, in the schema's
 * order, with `hypo new`'s default status. Unlike `hypo new`, no `created` is filled in:
 * without one, the age counts from the commit that adds the file, which is the day of the
 * import all the same, and an exported record comes back exactly as it was. Empty cells
 * are absent fields; the values are checked later, with the repository, as `check` would.
 */
export function recordFromCells(kind: Kind, cells: Readonly<Record<string, string>>): Record<string, unknown> {
  const values: Record<string, unknown> = { kind };
  const extensions: Record<string, string> = {};
  for (const [column, raw] of Object.entries(cells)) {
    // Spaces around a cell are the spreadsheet's, not the text's; line breaks inside are kept.
    // The quote export puts before a formula comes off after them, so `'\tx` comes back as `\tx`.
    const text = restoreFormula(raw.replace(/^[ \t]+|[ \t]+$/g, ''));
    if ((FIXED_COLUMNS as readonly string[]).includes(column) || text.trim() === '') continue;
    if (isExtensionKey(column)) {
      extensions[column] = text;
      continue;
    }
    const path = columnPath(column);
    const type = fieldType(kind, path);
    const value =
      type === 'list'
        ? text
            .split(LIST_SEPARATOR)
            .map((item) => item.trim())
            .filter(Boolean)
        : parseFieldValue(type, text);
    if (path.length === 1) values[path[0]!] = value;
    else {
      values[path[0]!] ??= {};
      (values[path[0]!] as Record<string, unknown>)[path[1]!] = value;
    }
  }
  values.status ??= DEFAULT_STATUS[kind];
  const ordered: Record<string, unknown> = {};
  for (const field of fieldNames(kind)) {
    const value = values[field];
    if (value === undefined) continue;
    ordered[field] = isMapping(value) ? inSchemaOrder(kind, field, value) : value;
  }
  return { ...ordered, ...extensions };
}

function inSchemaOrder(kind: Kind, field: string, value: Record<string, unknown>): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const inner of fieldNames(kind, [field])) if (value[inner] !== undefined) ordered[inner] = value[inner];
  return ordered;
}

/** The columns an import of `kind` accepts: the fixed ones and the kind's fields; `x-` columns are extensions. */
export function isImportColumn(kind: Kind, column: string): boolean {
  return (FIXED_COLUMNS as readonly string[]).includes(column) || isExtensionKey(column) || fieldColumns(kind).includes(column);
}

export interface ColumnSourceMap {
  sourceMap: SourceMap;
  /** The column a problem's line points at; undefined for the record as a whole. */
  columnAt(line: number): string | undefined;
}

/**
 * A source map that gives every column of `kind` a line of its own, present or not, so
 * that the problems check reports on a row's data point back to the cell: `hypo check`'s
 * rules locate a problem at a field's node (or, for a missing field, at that path).
 */
export function columnSourceMap(kind: Kind): ColumnSourceMap {
  const columns = [
    'kind',
    ...fieldColumns(kind),
    ...new Set(
      fieldColumns(kind)
        .filter((c) => c.includes('.'))
        .map((c) => c.split('.')[0]!),
    ),
  ];
  const values: Record<string, Span> = { [pathKey([])]: [1, 1, 1, 1] };
  const byLine = new Map<number, string>();
  columns.forEach((column, index) => {
    const line = index + 2;
    values[pathKey(columnPath(column))] = [line, 1, line, 1];
    byLine.set(line, column);
  });
  return { sourceMap: { values, keys: { ...values } }, columnAt: (line) => byLine.get(line) };
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
