// hypo trend: the last sprints side by side, each as of its own end, for the review
// that asks whether the loop is getting faster.

import type { Lang } from '../model/lang.js';
import { resolveDay } from '../model/parse-day.js';
import { trendInFolder } from '../operations/folder-results.js';
import { toJson } from '../render/json-text.js';
import { loadPainter } from '../render/load-painter.js';
import type { Translator } from '../render/messages/index.js';
import type { Painter } from '../render/painter.js';
import { type Trend, trendJson } from '../report/trend.js';
import type { Context } from './context.js';
import { deliverDocument } from './deliver-document.js';
import { parsePositiveInteger } from './option-values.js';
import { outputFormat } from './output-format.js';
import { outputMessages } from './output-language.js';

export type TrendFormat = 'text' | 'markdown' | 'json' | 'html';

export const TREND_FORMATS: readonly TrendFormat[] = ['text', 'markdown', 'json', 'html'];

export interface TrendOptions {
  /** How many sprints (or windows of 14 days), the current one included. */
  sprints?: string;
  /** As if today were this day, YYYY-MM-DD. */
  asOf?: string;
  /** Default: what --out's extension names (.html, .md, .json), else text. */
  format?: TrendFormat;
  out?: string;
  /** Exit 1 when a record was left out for errors. */
  strict?: boolean;
  /** The language of the text, markdown and HTML; default: the config's `lang`, else English. JSON never changes. */
  lang?: Lang;
}

export async function runTrend(options: TrendOptions, ctx: Context): Promise<number> {
  const periods = options.sprints === undefined ? undefined : parsePositiveInteger('--sprints', options.sprints);
  const asOf = resolveDay(options.asOf, ctx.now(), '--as-of');
  // The trend as computed last time when nothing it depends on changed since; rendered anew in every format and language.
  const { result: trend, lang } = await trendInFolder(ctx.cwd, { ...(periods === undefined ? {} : { periods }), asOf, today: ctx.now(), env: ctx.env });
  const format = outputFormat(options.format, options.out, TREND_FORMATS, 'text');
  const t = outputMessages(options.lang, lang);
  const output = await render(trend, format, await loadPainter(ctx.color && options.out === undefined), t);
  return deliverDocument(ctx, { output, out: options.out, warnings: trend.warnings, skipped: trend.skipped, strict: options.strict, t });
}

async function render(trend: Trend, format: TrendFormat, paint: Painter, t: Translator): Promise<string> {
  switch (format) {
    case 'json':
      return toJson(trendJson(trend));
    case 'markdown':
      return (await import('../render/trend-markdown.js')).renderTrendMarkdown(trend, t);
    case 'html':
      return (await import('../render/trend-html.js')).renderTrendHtmlIn(trend, t);
    default:
      return (await import('../render/trend-text.js')).renderTrendText(trend, paint, t);
  }
}
