// hypo report: the learning loop of a period, for the sprint review.
import path from 'node:path';
import { reportFromHistory } from '../api/build-report.js';
import type { Context } from '../cli/context.js';
import type { Painter } from '../render/painter.js';
import { loadPainter } from '../render/painter.js';
import type { LearningLoopReport } from '../report/loop-model.js';
import { replaceFileAtomic } from '../store/atomic-write.js';
import { resolveAsOf } from './support/dates.js';
import { loadRepositoryWithHistory } from './support/load-history.js';

export type ReportFormat = 'text' | 'markdown' | 'json' | 'html';

export interface ReportOptions {
  since?: string;
  until?: string;
  sprint?: string;
  asOf?: string;
  format: ReportFormat;
  out?: string;
}

export async function runReport(options: ReportOptions, ctx: Context): Promise<number> {
  const asOf = resolveAsOf(options.asOf, ctx.now());
  const { repository, history, ageOf } = await loadRepositoryWithHistory(ctx);
  const report = await reportFromHistory(repository, history, ageOf, options, asOf, ctx.env);
  // Files get no colour; the terminal gets it only when it wants it.
  const output = await render(report, options.format, await loadPainter(ctx.color && options.out === undefined));
  if (options.out !== undefined) {
    const target = path.resolve(ctx.cwd, options.out);
    await replaceFileAtomic(target, output);
    ctx.stdout.write(`wrote ${path.relative(ctx.cwd, target) || target}\n`);
  } else {
    ctx.stdout.write(output);
  }
  for (const warning of history.warnings) ctx.stderr.write(`hypo: warning: ${warning}\n`);
  return 0;
}

async function render(report: LearningLoopReport, format: ReportFormat, paint: Painter): Promise<string> {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'markdown':
      return (await import('../render/report-markdown.js')).renderReportMarkdown(report);
    case 'html':
      return (await import('../render/report-html.js')).renderReportHtml(report);
    default:
      return (await import('../render/report-text.js')).renderReportText(report, paint);
  }
}
