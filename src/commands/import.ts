// hypo import csv FILE --kind K: a spreadsheet (a backlog of assumptions) → new records.
// Every row is checked first, as `hypo new` and `hypo check` would; one bad row and
// nothing is written. The files are then created in one all-or-nothing write.
import path from 'node:path';
import { HypoError } from '../model/hypo-error.js';
import { parseKind } from '../model/parse-kind.js';
import type { Kind } from '../model/vocabulary.js';
import { planCsvImport, readCsvSheet } from '../operations/import-csv.js';
import { loadRepository } from '../operations/repository.js';
import { saveNewRecords } from '../operations/save-new-records.js';
import { renderImported, renderRowProblems } from '../render/import-text.js';
import { loadPainter } from '../render/load-painter.js';
import { sanitizeLine } from '../render/terminal-text.js';
import { type Context, EXIT_FINDINGS, EXIT_OK } from './context.js';
import { printSaveOutcome } from './save-outcome.js';

export interface ImportOptions {
  source: string;
  file: string;
  kind: string;
  dryRun: boolean;
}

const PLURAL: Record<Kind, string> = { hypothesis: 'hypotheses', experiment: 'experiments', insight: 'insights' };

export async function runImport(options: ImportOptions, ctx: Context): Promise<number> {
  if (options.source !== 'csv') {
    throw new HypoError('unknown-source', `hypo imports csv — not "${options.source}"`, {
      hint: 'save the sheet as CSV (UTF-8), then: hypo import csv FILE --kind hypothesis',
    });
  }
  const kind = parseKind(options.kind, '--kind');
  const shown = options.file;
  const sheet = await readCsvSheet(path.resolve(ctx.cwd, options.file), shown);
  const repository = await loadRepository(ctx.cwd, ctx.env);
  const paint = await loadPainter(ctx.color);
  const { headerProblems, plan, changes } = planCsvImport(repository, kind, sheet);
  if (headerProblems.length > 0) {
    ctx.stderr.write(renderRowProblems(shown, headerProblems, paint));
    ctx.stderr.write(`hypo: nothing was imported: fix the header row of ${sanitizeLine(shown)}\n`);
    return EXIT_FINDINGS;
  }
  if (sheet.rows.length === 0) {
    ctx.stderr.write(`hypo: ${sanitizeLine(shown)} has a header but no rows: nothing to import\n`);
    return EXIT_OK;
  }

  const errors = plan.problems.filter((problem) => problem.severity === 'error');
  if (plan.problems.length > 0) ctx.stderr.write(renderRowProblems(shown, plan.problems, paint));
  if (errors.length > 0) {
    const rows = new Set(errors.map((problem) => problem.row)).size;
    ctx.stderr.write(`hypo: nothing was imported: ${errors.length} ${errors.length === 1 ? 'error' : 'errors'} in ${rows} ${rows === 1 ? 'row' : 'rows'}\n`);
    return EXIT_FINDINGS;
  }

  const display = plan.records.map(({ row, file }) => ({ row, file: path.relative(ctx.cwd, path.join(repository.root, file)) || file }));
  if (options.dryRun) {
    ctx.stdout.write(renderImported(display, PLURAL[kind], true));
    return EXIT_OK;
  }
  const outcome = await saveNewRecords(repository, changes, 'another run created it meanwhile: run the import again to see which rows clash', {
    faults: ctx.faults,
    label: `import of ${changes.length} ${PLURAL[kind]} from ${shown}`,
  });
  // The rows' warnings were shown with the plan above; only a refusal has more to say.
  if (!outcome.saved) return printSaveOutcome(outcome, ctx, 'the import was');
  ctx.stdout.write(renderImported(display, PLURAL[kind], false));
  return EXIT_OK;
}
