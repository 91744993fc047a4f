// hypo stale: assumptions left untested, reviews and experiments past their dates.
// Exit 1 when anything is stale (0 with --warn), so CI can fail or annotate.
import type { Lang } from '../model/lang.js';
import { resolveDay } from '../model/parse-day.js';
import { staleInFolder } from '../operations/folder-results.js';
import { githubPathFor } from '../render/github-annotations.js';
import { toJson } from '../render/json-text.js';
import { loadPainter } from '../render/load-painter.js';
import { renderStaleGithub } from '../render/stale-github.js';
import { renderStaleText } from '../render/stale-text.js';
import { staleReportData } from '../report/stale-report.js';
import { type Context, EXIT_FINDINGS, EXIT_OK } from './context.js';
import { parsePositiveInteger } from './option-values.js';
import { outputMessages } from './output-language.js';
import { printWarnings } from './print-warnings.js';
import { strictExit, warnSkipped } from './skipped-warning.js';

export interface StaleOptions {
  days?: string;
  asOf?: string;
  format: 'text' | 'json' | 'github';
  warn?: boolean;
  /** Exit 1 when a record was left out for errors. */
  strict?: boolean;
  /** The language of the text and the annotations' messages; default: the config's `lang`, else English. JSON never changes. */
  lang?: Lang;
}

export async function runStale(options: StaleOptions, ctx: Context): Promise<number> {
  const asOf = resolveDay(options.asOf, ctx.now(), '--as-of');
  const days = options.days === undefined ? undefined : parsePositiveInteger('--days', options.days);
  // The findings as computed last time when nothing they depend on changed since; rendered anew in every format and language.
  const found = await staleInFolder(ctx.cwd, { asOf, ...(days === undefined ? {} : { days }), today: ctx.now(), env: ctx.env });
  const report = found.result;
  const t = outputMessages(options.lang, found.lang);

  if (options.format === 'json') {
    ctx.stdout.write(toJson(staleReportData(report)));
  } else if (options.format === 'github') {
    ctx.stdout.write(renderStaleGithub(report, githubPathFor(found), options.warn ? 'warning' : 'error', t));
  } else {
    printWarnings(ctx, report.warnings, t);
    ctx.stdout.write(renderStaleText(report, await loadPainter(ctx.color), t));
  }
  warnSkipped(ctx, report.skipped, 'leftOut', t);
  return strictExit(report.stale.length > 0 && !options.warn ? EXIT_FINDINGS : EXIT_OK, report.skipped, options.strict);
}
