// hypo link <experiment> <hypothesis>: the experiment tests one more hypothesis.
import type { Context } from '../cli/context.js';
import { valueAt } from '../model/references.js';
import { loadRepository } from '../store/load-repository.js';
import { planEdit, saveEdits } from './support/edit-record.js';
import { findRecordFile } from './support/find-record.js';

export interface LinkOptions {
  experiment: string;
  hypothesis: string;
}

export async function runLink(options: LinkOptions, ctx: Context): Promise<number> {
  const repository = await loadRepository(ctx.cwd);
  const experiment = findRecordFile(repository, options.experiment, ['experiment']);
  const hypothesis = findRecordFile(repository, options.hypothesis, ['hypothesis']);
  const current = valueAt(experiment.data, ['tests']);
  const tests = Array.isArray(current) ? current.filter((item): item is string => typeof item === 'string') : [];
  if (tests.includes(hypothesis.id)) {
    ctx.stdout.write(`${experiment.id} tests ${hypothesis.id} already\n`);
    return 0;
  }
  const change = await planEdit(repository, experiment.file, [{ path: ['tests'], value: [...tests, hypothesis.id] }]);
  const code = change ? await saveEdits(repository, [change], ctx, `linking ${experiment.id} to ${hypothesis.id} was`) : 0;
  if (code === 0) ctx.stdout.write(`${experiment.id} now tests ${hypothesis.id}\n`);
  return code;
}
