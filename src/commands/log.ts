// hypo log: a record's history from git, each commit with the fields it changed
// and the status path first.
import { recordHistory } from '../operations/record-history.js';
import { loadRepository, skippedOf } from '../operations/repository.js';
import { loadPainter } from '../render/load-painter.js';
import { renderLogJson } from '../render/log-json.js';
import { renderLogText } from '../render/log-text.js';
import { type Context, EXIT_OK } from './context.js';
import { printWarnings } from './print-warnings.js';
import { strictExit, warnSkipped } from './skipped-warning.js';

export interface LogOptions {
  id: string;
  format: 'text' | 'json';
  /** Exit 1 when a record was left out for errors. */
  strict?: boolean;
}

export async function runLog(options: LogOptions, ctx: Context): Promise<number> {
  const repository = await loadRepository(ctx.cwd, ctx.env);
  const view = await recordHistory(repository, options.id, ctx.env);
  const skipped = skippedOf(repository);
  ctx.stdout.write(options.format === 'json' ? renderLogJson(view, skipped) : renderLogText(view, await loadPainter(ctx.color)));
  printWarnings(ctx, view.warnings);
  warnSkipped(ctx, skipped);
  return strictExit(EXIT_OK, skipped, options.strict);
}
