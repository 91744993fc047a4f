// hypo list: the records, filtered by kind, status, tag or owner, as a table or JSON.
// Exit 0 even when nothing matches: an empty list is an answer, not a failure.
import { loadRepository } from '../operations/repository.js';
import { renderListJson } from '../render/list-json.js';
import { renderListText } from '../render/list-text.js';
import { loadPainter } from '../render/load-painter.js';
import { listRecords, parseListFilters } from '../report/record-list.js';
import { type Context, EXIT_OK } from './context.js';

export interface ListOptions {
  kind?: string;
  status?: string;
  tag?: string;
  owner?: string;
  format: 'text' | 'json';
}

export async function runList(options: ListOptions, ctx: Context): Promise<number> {
  // Check the filters first, so a typo is reported even outside a repository.
  const filters = parseListFilters(options);
  const repository = await loadRepository(ctx.cwd, ctx.env);
  const rows = listRecords(repository.files, filters);
  ctx.stdout.write(options.format === 'json' ? renderListJson(rows) : renderListText(rows, await loadPainter(ctx.color)));
  return EXIT_OK;
}
