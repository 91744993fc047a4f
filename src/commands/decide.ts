// hypo decide <insight> <action> --summary …: the decision taken on what was learned.
import type { Context } from '../cli/context.js';
import { formatDay } from '../model/dates.js';
import { parseFieldValue } from '../model/field-types.js';
import type { TextEdit } from '../store/edit-yaml-text.js';
import { loadRepository } from '../store/load-repository.js';
import { planEdit, saveEdits } from './support/edit-record.js';
import { findRecordFile, resolveIdList } from './support/find-record.js';
import { KINDS } from '../model/vocabulary.js';

export interface DecideOptions {
  insight: string;
  action: string;
  summary: string;
  next?: string;
  date?: string;
  owner?: string;
}

export async function runDecide(options: DecideOptions, ctx: Context): Promise<number> {
  const repository = await loadRepository(ctx.cwd);
  const insight = findRecordFile(repository, options.insight, ['insight']);
  const edits: TextEdit[] = [
    { path: ['decision', 'action'], value: options.action },
    { path: ['decision', 'summary'], value: options.summary },
    { path: ['decision', 'date'], value: options.date ?? formatDay(ctx.now()) },
  ];
  if (options.owner !== undefined) edits.push({ path: ['decision', 'owner'], value: options.owner });
  if (options.next !== undefined) edits.push({ path: ['decision', 'next'], value: resolveIdList(repository, parseFieldValue('list', options.next) as string[], KINDS) });
  const change = await planEdit(repository, insight.file, edits);
  if (!change) {
    ctx.stdout.write(`${insight.file}: the decision is recorded already\n`);
    return 0;
  }
  const code = await saveEdits(repository, [change], ctx, `the decision on ${insight.id} was`);
  if (code === 0) ctx.stdout.write(`${insight.id}: ${options.action} — recorded in ${insight.file}\n`);
  return code;
}
