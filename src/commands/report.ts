// hypo report: the learning loop of a period, for the sprint review.

import type { Lang } from '../model/lang.js';
import { CLI_PERIOD_NAMES } from '../model/option-names.js';
import { resolveDay } from '../model/parse-day.js';
import { reportForFolder } from '../operations/folder-report.js';
import { toJson } from '../render/json-text.js';
import { loadPainter } from '../render/load-painter.js';
import type { Translator } from '../render/messages/index.js';
import { reportJson } from '../render/next-reasons.js';
import type { Painter } from '../render/painter.js';
import type { LearningLoopReport } from '../report/loop-model.js';
import type { Context } from './context.js';
import { deliverDocument } from './deliver-document.js';
import { outputFormat } from './output-format.js';
import { outputMessages } from './output-language.js';

export type ReportFormat = 'text' | 'markdown' | 'json' | 'html';

export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'markdown', 'json', 'html'];

export interface ReportOptions {
  since?: string;
  until?: string;
  sprint?: string;
  asOf?: string;
  /** Default: what --out's extension names (.html, .md, .json), else text. */
  format?: ReportFormat;
  out?: string;
  /** Exit 1 when a record was left out for errors. */
  strict?: boolean;
  /** The language of the text, markdown and HTML; default: the config's `lang`, else English. JSON never changes. */
  lang?: Lang;
}

export async function runReport(options: ReportOptions, ctx: Context): Promise<number> {
  // A bad day is a usage error before anything is read; no day means the period's end.
  const asOf = options.asOf === undefined ? undefined : resolveDay(options.asOf, ctx.now(), '--as-of');
  // The report as computed last time when nothing it depends on changed since; rendered anew in every format and language.
  const { report, lang } = await reportForFolder(ctx.cwd, {
    since: options.since,
    until: options.until,
    sprint: options.sprint,
    optionNames: CLI_PERIOD_NAMES,
    asOf,
    today: ctx.now(),
    env: ctx.env,
  });
  // Files get no colour; the terminal gets it only when it wants it.
  const format = outputFormat(options.format, options.out, REPORT_FORMATS, 'text');
  const t = outputMessages(options.lang, lang);
  const output = await render(report, format, await loadPainter(ctx.color && options.out === undefined), t);
  // The report's warnings, in its language: git's, the past's, and a period that has not started yet.
  return deliverDocument(ctx, { output, out: options.out, warnings: report.warnings, skipped: report.skipped, strict: options.strict, t });
}

async function render(report: LearningLoopReport, format: ReportFormat, paint: Painter, t: Translator): Promise<string> {
  switch (format) {
    case 'json':
      // Test next's reasons are message keys in the model: the JSON has them as English sentences.
      return toJson(reportJson(report));
    case 'markdown':
      return (await import('../render/report-markdown.js')).renderReportMarkdown(report, t);
    case 'html':
      return (await import('../render/report-html.js')).renderReportHtmlIn(report, t);
    default:
      return (await import('../render/report-text.js')).renderReportText(report, paint, t);
  }
}
