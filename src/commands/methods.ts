// hypo methods: the method catalogue, what each method observes, costs and can prove.
import { listMethods } from '../operations/list-methods.js';
import { loadPainter } from '../render/load-painter.js';
import { renderMethodsJson } from '../render/methods-json.js';
import { renderMethodsText } from '../render/methods-text.js';
import { type Context, EXIT_OK } from './context.js';

export interface MethodsOptions {
  format: 'text' | 'json';
}

export async function runMethods(options: MethodsOptions, ctx: Context): Promise<number> {
  const list = await listMethods(ctx.cwd);
  ctx.stdout.write(options.format === 'json' ? renderMethodsJson(list) : renderMethodsText(list, await loadPainter(ctx.color)));
  return EXIT_OK;
}
