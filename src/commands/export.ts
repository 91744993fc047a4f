// hypo export: every valid record as one row of a table, as CSV (for spreadsheets)
// or JSON (for BI tools and scripts), with the same columns in both.
import { HypoError } from '../model/hypo-error.js';
import { parseKindList } from '../model/parse-kind.js';
import { cellText, LIST_SEPARATOR } from '../model/record-columns.js';
import { exportTable } from '../operations/export-records.js';
import { loadRepository } from '../operations/repository.js';
import { writeOutputFile } from '../operations/write-output.js';
import { renderCsv } from '../render/csv.js';
import { renderExportJson } from '../render/export-json.js';
import { sanitizeLine } from '../render/terminal-text.js';
import { type Context, EXIT_OK } from './context.js';
import { outputFormat } from './output-format.js';
import { strictExit, warnSkipped } from './skipped-warning.js';

export type ExportFormat = 'csv' | 'json';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'json'];

export interface ExportOptions {
  /** Default: what --out's extension names (.json, .csv), else csv. */
  format?: ExportFormat;
  /** Comma-separated kinds; all kinds when absent. */
  kind?: string;
  bom?: boolean;
  out?: string;
  /** Exit 1 when a record was left out for errors. */
  strict?: boolean;
}

export async function runExport(options: ExportOptions, ctx: Context): Promise<number> {
  const kinds = parseKindList(options.kind, '--kind');
  const format = outputFormat(options.format, options.out, EXPORT_FORMATS, 'csv');
  if (options.bom && format !== 'csv') throw new HypoError('bad-option', '--bom applies to --format csv only');
  const repository = await loadRepository(ctx.cwd, ctx.env);
  const table = exportTable(repository, kinds);
  // CSV is data: to a file or a pipe it goes out byte for byte, so that an import reads back
  // exactly what was exported. On a terminal a person reads it, and record text may not drive
  // the terminal there, so its control characters are shown escaped. (JSON escapes them itself.)
  const forTerminal = options.out === undefined && Boolean(ctx.stdout.isTTY);
  const output =
    format === 'json'
      ? renderExportJson(table.columns, table.rows)
      : renderCsv(
          table.columns,
          table.rows.map((row) => row.map(cellText)),
          { bom: Boolean(options.bom), forTerminal },
        );

  if (options.out !== undefined) {
    const shown = await writeOutputFile(ctx.cwd, options.out, output, ctx.faults);
    const count = table.rows.length;
    ctx.stdout.write(`wrote ${count} ${count === 1 ? 'record' : 'records'} to ${sanitizeLine(shown)}\n`);
  } else {
    ctx.stdout.write(output);
  }
  warnSkipped(ctx, table.skipped);
  if (format === 'csv') {
    for (const { id, column } of table.separatorWarnings) {
      ctx.stderr.write(
        `hypo: warning: ${sanitizeLine(id)}: an item of ${sanitizeLine(column)} holds "${LIST_SEPARATOR}", which an import reads as two items\n`,
      );
    }
  }
  return strictExit(EXIT_OK, table.skipped, options.strict);
}
