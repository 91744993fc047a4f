// hypo list: the records, filtered by kind, status, tag or owner, as a table or JSON.
// Exit 0 even when nothing matches: an empty list is an answer, not a failure.
import type { Lang } from '../model/lang.js';
import { loadRepository, skippedOf } from '../operations/repository.js';
import { renderListJson } from '../render/list-json.js';
import { renderListText } from '../render/list-text.js';
import { loadPainter } from '../render/load-painter.js';
import { listRecords, parseListFilters } from '../report/record-list.js';
import { type Context, EXIT_OK } from './context.js';
import { outputMessages } from './output-language.js';
import { strictExit, warnSkipped } from './skipped-warning.js';
import { terminalWidth } from './terminal-width.js';

export interface ListOptions {
  kind?: string;
  status?: string;
  tag?: string;
  owner?: string;
  format: 'text' | 'json';
  /** Never cut titles, even to fit a terminal. */
  wide?: boolean;
  /** Exit 1 when a record was left out for errors. */
  strict?: boolean;
  /** The language of the header row and the count; default: the config's `lang`, else English. JSON never changes. */
  lang?: Lang;
}

export async function runList(options: ListOptions, ctx: Context): Promise<number> {
  // Check the filters first, so a typo is reported even outside a repository.
  const filters = parseListFilters(options);
  const repository = await loadRepository(ctx.cwd, ctx.env);
  const rows = listRecords(repository.files, filters);
  const t = outputMessages(options.lang, repository.config.lang);
  ctx.stdout.write(
    options.format === 'json' ? renderListJson(rows) : renderListText(rows, await loadPainter(ctx.color), { width: terminalWidth(ctx, options.wide) }, t),
  );
  // A record with errors is still listed with what it says; one of no known kind cannot be.
  // The JSON stays an array of rows: both are named on stderr only.
  const listed = new Set(rows.map((row) => row.file));
  const kinds = new Map(repository.files.map((file) => [file.file, file.kind]));
  const skipped = skippedOf(repository);
  const listedWithErrors = skipped.filter((entry) => listed.has(entry.file));
  const leftOut = skipped.filter((entry) => kinds.get(entry.file) === undefined);
  warnSkipped(ctx, leftOut, 'leftOut', t);
  warnSkipped(ctx, listedWithErrors, 'listedWithErrors', t);
  return strictExit(EXIT_OK, [...leftOut, ...listedWithErrors], options.strict);
}
