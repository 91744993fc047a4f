// What every writing command says after saveChanges: why a change was refused (exit 1,
// as `check` would show it), or the warnings of a saved one. Both go to stderr.
import type { SaveOutcome } from '../operations/save-changes.js';
import { loadPainter } from '../render/load-painter.js';
import { renderRefusal, renderSaveWarnings } from '../render/save-outcome-text.js';
import { type Context, EXIT_FINDINGS, EXIT_OK } from './context.js';

/** `what` names the change for the refusal: "the edit of learning/x.yaml was". */
export async function printSaveOutcome(outcome: SaveOutcome, ctx: Context, what: string): Promise<typeof EXIT_OK | typeof EXIT_FINDINGS> {
  const paint = await loadPainter(ctx.color);
  if (!outcome.saved) {
    ctx.stderr.write(renderRefusal(outcome, what, paint));
    return EXIT_FINDINGS;
  }
  ctx.stderr.write(renderSaveWarnings(outcome, paint));
  return EXIT_OK;
}
