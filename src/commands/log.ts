// hypo log: a record's history from git, each commit with the fields it changed
// and the status path first.
import { recordHistory } from '../operations/record-history.js';
import { loadRepository } from '../operations/repository.js';
import { loadPainter } from '../render/load-painter.js';
import { renderLogJson } from '../render/log-json.js';
import { renderLogText } from '../render/log-text.js';
import { type Context, EXIT_OK } from './context.js';

export interface LogOptions {
  id: string;
  format: 'text' | 'json';
}

export async function runLog(options: LogOptions, ctx: Context): Promise<number> {
  const repository = await loadRepository(ctx.cwd, ctx.env);
  const view = await recordHistory(repository, options.id, ctx.env);
  ctx.stdout.write(options.format === 'json' ? renderLogJson(view) : renderLogText(view, await loadPainter(ctx.color)));
  return EXIT_OK;
}
