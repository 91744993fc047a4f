// What every command that reads records does about the ones it left out for errors:
// one line on stderr that names them, and with --strict, exit 1 for CI.
import type { SkippedHow, SkippedRecord } from '../model/skipped-records.js';
import { messages, type Translator } from '../render/messages/index.js';
import { sanitizeLine } from '../render/terminal-text.js';
import { skippedIn } from '../render/warning-text.js';
import { type Context, EXIT_FINDINGS, EXIT_OK } from './context.js';

/** The line in the command's language: English unless it passes its translator. */
export function warnSkipped(
  ctx: Pick<Context, 'stderr'>,
  skipped: readonly SkippedRecord[],
  how: SkippedHow = 'leftOut',
  t: Translator = messages('en'),
): void {
  const line = skippedIn(skipped, t, how);
  if (line) ctx.stderr.write(`⚠ ${sanitizeLine(line)}\n`);
}

/** The command's own exit code, made a failure when --strict and a record was left out. */
export function strictExit(code: number, skipped: readonly SkippedRecord[], strict: boolean | undefined): number {
  return code === EXIT_OK && strict && skipped.length > 0 ? EXIT_FINDINGS : code;
}
