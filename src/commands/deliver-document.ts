// The end of every command that renders a document (report, trend): the document to the
// terminal or to --out, then its warnings and the records it left out on stderr.
import type { SkippedRecord } from '../model/skipped-records.js';
import { writeOutputFile } from '../operations/write-output.js';
import type { Translator } from '../render/messages/index.js';
import { sanitizeLine } from '../render/terminal-text.js';
import { type Context, EXIT_OK } from './context.js';
import { printWarnings } from './print-warnings.js';
import { strictExit, warnSkipped } from './skipped-warning.js';

export interface Document {
  output: string;
  /** The file to write instead of the terminal. */
  out: string | undefined;
  warnings: readonly string[];
  skipped: readonly SkippedRecord[];
  /** Exit 1 when a record was left out for errors. */
  strict: boolean | undefined;
  /** The language of the warnings on stderr; English without it. */
  t?: Translator;
}

export async function deliverDocument(ctx: Context, document: Document): Promise<number> {
  if (document.out !== undefined) ctx.stdout.write(`wrote ${sanitizeLine(await writeOutputFile(ctx.cwd, document.out, document.output, ctx.faults))}\n`);
  else ctx.stdout.write(document.output);
  printWarnings(ctx, document.warnings, document.t);
  warnSkipped(ctx, document.skipped, 'leftOut', document.t);
  return strictExit(EXIT_OK, document.skipped, document.strict);
}
