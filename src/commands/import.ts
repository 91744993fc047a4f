// hypo import csv FILE --kind K: a spreadsheet (a backlog of assumptions) → new records.
// Every row is checked first, as `hypo new` and `hypo check` would; one bad row and
// nothing is written. The files are then created in one all-or-nothing write.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Context } from '../cli/context.js';
import { HypoError } from '../model/hypo-error.js';
import { didYouMean } from '../model/suggest.js';
import { KIND_FOLDERS, KINDS, type Kind } from '../model/vocabulary.js';
import { renderImported, renderRowProblems } from '../render/import-text.js';
import { loadPainter } from '../render/painter.js';
import { formatNewRecord } from '../store/format-new-record.js';
import { loadRepository } from '../store/load-repository.js';
import { parseCsvText } from '../store/parse-csv.js';
import { schemaPathFor } from '../store/schema-location.js';
import { checkHeader, planImport } from './support/plan-import.js';
import { reportRefusal, saveChanges } from './support/save-changes.js';

export interface ImportOptions {
  source: string;
  file: string;
  kind: string;
  dryRun: boolean;
}

const PLURAL: Record<Kind, string> = { hypothesis: 'hypotheses', experiment: 'experiments', insight: 'insights' };

export async function runImport(options: ImportOptions, ctx: Context): Promise<number> {
  if (options.source !== 'csv') {
    throw new HypoError('unknown-source', `hypo imports csv — not "${options.source}"`, { hint: 'save the sheet as CSV (UTF-8), then: hypo import csv FILE --kind hypothesis' });
  }
  const kind = resolveKind(options.kind);
  const shown = options.file;
  const parsed = parseCsvText(await readCsv(path.resolve(ctx.cwd, options.file), shown), shown);
  const repository = await loadRepository(ctx.cwd);
  const paint = await loadPainter(ctx.color);
  const headerProblems = checkHeader(kind, parsed.header);
  if (headerProblems.length > 0) {
    ctx.stderr.write(renderRowProblems(shown, headerProblems, paint));
    ctx.stderr.write(`hypo: nothing was imported: fix the header row of ${shown}\n`);
    return 1;
  }
  if (parsed.rows.length === 0) {
    ctx.stderr.write(`hypo: ${shown} has a header but no rows: nothing to import\n`);
    return 0;
  }

  const plan = planImport(repository, kind, parsed.header, parsed.rows);
  const errors = plan.problems.filter((problem) => problem.severity === 'error');
  if (plan.problems.length > 0) ctx.stderr.write(renderRowProblems(shown, plan.problems, paint));
  if (errors.length > 0) {
    const rows = new Set(errors.map((problem) => problem.row)).size;
    ctx.stderr.write(`hypo: nothing was imported: ${errors.length} ${errors.length === 1 ? 'error' : 'errors'} in ${rows} ${rows === 1 ? 'row' : 'rows'}\n`);
    return 1;
  }

  const folder = path.join(repository.root, repository.recordRoot, KIND_FOLDERS[kind]);
  const schemaPath = schemaPathFor(kind, folder, repository.root);
  const changes = plan.records.map((record) => ({ action: 'create' as const, file: record.file, content: formatNewRecord(record.data, schemaPath) }));
  const display = plan.records.map(({ row, file }) => ({ row, file: path.relative(ctx.cwd, path.join(repository.root, file)) || file }));
  if (options.dryRun) {
    ctx.stdout.write(renderImported(display, PLURAL[kind], true));
    return 0;
  }
  await mkdir(folder, { recursive: true });
  const outcome = await saveChanges(repository, changes);
  if (!outcome.saved) return await reportRefusal(outcome, ctx, 'the import was');
  ctx.stdout.write(renderImported(display, PLURAL[kind], false));
  return 0;
}

function resolveKind(input: string): Kind {
  if ((KINDS as readonly string[]).includes(input)) return input as Kind;
  throw new HypoError('unknown-kind', `--kind ${input}: not a kind: use hypothesis, experiment or insight${didYouMean(input, KINDS)}`);
}

/** The file as UTF-8 text; a spreadsheet saved in a legacy code page is refused rather than garbled. */
async function readCsv(absolute: string, shown: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw new HypoError('unreadable-file', `cannot read ${shown} (${code === 'ENOENT' ? 'no such file' : code})`, { hint: 'give the path of a CSV file' });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HypoError('not-utf8', `${shown} is not UTF-8 text`, { hint: 'save it again as "CSV UTF-8" (Excel) or with UTF-8 encoding' });
  }
}
