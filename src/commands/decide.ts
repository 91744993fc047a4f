// hypo decide <insight> <action> --summary …: the decision taken on what was learned.
import { formatDay } from '../model/dates.js';
import { decisionEdits } from '../operations/decide.js';
import { planEdit } from '../operations/edit-record.js';
import { findRecordFile } from '../operations/find-record.js';
import { loadRepository } from '../operations/repository.js';
import { saveChanges } from '../operations/save-changes.js';
import { sanitizeLine } from '../render/terminal-text.js';
import { type Context, EXIT_OK } from './context.js';
import { printSaveOutcome } from './save-outcome.js';

export interface DecideOptions {
  insight: string;
  action: string;
  summary: string;
  next?: string;
  date?: string;
  owner?: string;
}

export async function runDecide(options: DecideOptions, ctx: Context): Promise<number> {
  const repository = await loadRepository(ctx.cwd, ctx.env);
  const insight = findRecordFile(repository, options.insight, ['insight']);
  const edits = decisionEdits(repository, { ...options, date: options.date ?? formatDay(ctx.now()) });
  const change = await planEdit(repository, insight.file, edits);
  if (!change) {
    ctx.stdout.write(`${sanitizeLine(insight.file)}: the decision is recorded already\n`);
    return EXIT_OK;
  }
  const code = await printSaveOutcome(await saveChanges(repository, [change], { faults: ctx.faults }), ctx, `the decision on ${insight.id} was`);
  if (code === EXIT_OK) ctx.stdout.write(`${sanitizeLine(insight.id)}: ${sanitizeLine(options.action)} — recorded in ${sanitizeLine(insight.file)}\n`);
  return code;
}
