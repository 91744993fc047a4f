// hypo export: every valid record as one row of a table, as CSV (for spreadsheets)
// or JSON (for BI tools and scripts), with the same columns in both.
import path from 'node:path';
import type { Context } from '../cli/context.js';
import { HypoError } from '../model/hypo-error.js';
import { cellText, columnValue, exportColumns, LIST_SEPARATOR } from '../model/record-columns.js';
import { isExtensionKey } from '../model/schemas.js';
import { didYouMean } from '../model/suggest.js';
import { KINDS, type Kind } from '../model/vocabulary.js';
import { renderCsv } from '../render/csv.js';
import { replaceFileAtomic } from '../store/atomic-write.js';
import { loadRepository } from '../store/load-repository.js';

export interface ExportOptions {
  format: 'csv' | 'json';
  /** Comma-separated kinds; all kinds when absent. */
  kind?: string;
  bom?: boolean;
  out?: string;
}

export async function runExport(options: ExportOptions, ctx: Context): Promise<number> {
  const kinds = parseKinds(options.kind);
  if (options.bom && options.format !== 'csv') throw new HypoError('bad-option', '--bom applies to --format csv only');
  const repository = await loadRepository(ctx.cwd);
  const kindOrder = (kind: Kind) => KINDS.indexOf(kind);
  const records = repository.files
    .filter((file) => file.record && file.data && kinds.includes(file.record.kind) && repository.graph.records.get(file.id)?.file === file.file)
    .sort((a, b) => kindOrder(a.record!.kind) - kindOrder(b.record!.kind) || (a.id < b.id ? -1 : 1));
  const skipped = repository.files.filter((file) => !file.record && (file.kind === undefined || kinds.includes(file.kind))).length;

  const extensionKeys = records.flatMap((file) => Object.keys(file.data!).filter((key) => isExtensionKey(key) && isScalar(file.data![key])));
  const columns = exportColumns(kinds, extensionKeys);
  const rows = records.map((file) =>
    columns.map((column): unknown => (column === 'id' ? file.id : column === 'file' ? file.file : columnValue(file.data!, column))),
  );
  const output = options.format === 'json' ? renderJsonRows(columns, rows) : renderCsv(columns, rows.map((row) => row.map(cellText)), { bom: Boolean(options.bom) });

  if (options.out !== undefined) {
    const target = path.resolve(ctx.cwd, options.out);
    await replaceFileAtomic(target, output);
    ctx.stdout.write(`wrote ${records.length} ${records.length === 1 ? 'record' : 'records'} to ${path.relative(ctx.cwd, target) || target}\n`);
  } else {
    ctx.stdout.write(output);
  }
  if (skipped > 0) ctx.stderr.write(`hypo: warning: ${skipped} ${skipped === 1 ? 'file was' : 'files were'} left out for errors; hypo check shows them\n`);
  if (options.format === 'csv') warnAboutSeparators(columns, rows, ctx);
  return 0;
}

function parseKinds(input: string | undefined): Kind[] {
  if (input === undefined) return [...KINDS];
  const kinds = input.split(',').map((kind) => kind.trim()).filter(Boolean);
  for (const kind of kinds) {
    if (!(KINDS as readonly string[]).includes(kind)) {
      throw new HypoError('unknown-kind', `--kind ${kind}: not a kind: use hypothesis, experiment or insight${didYouMean(kind, KINDS)}`);
    }
  }
  return kinds as Kind[];
}

/** JSON rows: the same columns as the CSV, every key present (null when empty), lists as arrays. */
function renderJsonRows(columns: readonly string[], rows: readonly unknown[][]): string {
  const objects = rows.map((row) => Object.fromEntries(columns.map((column, index) => [column, row[index] ?? null])));
  return `${JSON.stringify(objects, null, 2)}\n`;
}

/** A list item holding the separator would come back as two items; say which, rather than lose it quietly. */
function warnAboutSeparators(columns: readonly string[], rows: readonly unknown[][], ctx: Context): void {
  for (const row of rows) {
    row.forEach((value, index) => {
      if (Array.isArray(value) && value.some((item) => String(item).includes(LIST_SEPARATOR))) {
        ctx.stderr.write(`hypo: warning: ${String(row[0])}: an item of ${columns[index]} holds "${LIST_SEPARATOR}", which an import reads as two items\n`);
      }
    });
  }
}

function isScalar(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}
