// hypo link <experiment> <hypothesis>: the experiment tests one more hypothesis.
import { planLink } from '../operations/link-hypothesis.js';
import { loadRepository } from '../operations/repository.js';
import { saveChanges } from '../operations/save-changes.js';
import { sanitizeLine } from '../render/terminal-text.js';
import { type Context, EXIT_OK } from './context.js';
import { printSaveOutcome } from './save-outcome.js';

export interface LinkOptions {
  experiment: string;
  hypothesis: string;
}

export async function runLink(options: LinkOptions, ctx: Context): Promise<number> {
  const repository = await loadRepository(ctx.cwd, ctx.env);
  const { experiment, hypothesis, already, change } = await planLink(repository, options.experiment, options.hypothesis);
  if (already) {
    ctx.stdout.write(`${sanitizeLine(experiment.id)} tests ${sanitizeLine(hypothesis.id)} already\n`);
    return EXIT_OK;
  }
  const code = change
    ? await printSaveOutcome(await saveChanges(repository, [change], { faults: ctx.faults }), ctx, `linking ${experiment.id} to ${hypothesis.id} was`)
    : EXIT_OK;
  if (code === EXIT_OK) ctx.stdout.write(`${sanitizeLine(experiment.id)} now tests ${sanitizeLine(hypothesis.id)}\n`);
  return code;
}
