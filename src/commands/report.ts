// hypo report: the learning loop of a period, for the sprint review.
import path from 'node:path';
import type { Context } from '../cli/context.js';
import type { Painter } from '../render/painter.js';
import { createPainter } from '../render/painter.js';
import { buildLearningLoopReport } from '../report/learning-loop.js';
import type { LearningLoopReport } from '../report/loop-model.js';
import { recordDates } from '../report/record-dates.js';
import { findStaleRecords } from '../rules/stale.js';
import { replaceFileAtomic } from '../store/atomic-write.js';
import { createGitRunner } from '../store/git.js';
import { resolveAsOf } from './support/dates.js';
import { loadRepositoryWithHistory } from './support/load-history.js';
import { resolveReportPeriod } from './support/report-period.js';

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
  const period = await resolveReportPeriod(options, repository.config, asOf, () => createGitRunner(repository.root, ctx.env));
  const staleAsOf = period.until < asOf ? period.until : asOf;
  const stale = findStaleRecords(repository.files, repository.graph, {
    asOf: staleAsOf,
    days: repository.config.stale_after_days,
    ageOf: (file) => ageOf(file, staleAsOf).days,
  });
  const dayOf = (iso: string | undefined) => iso?.slice(0, 10);
  const dates = recordDates((file) => {
    const fileHistory = history.files.get(file);
    const added = dayOf(fileHistory?.added?.date);
    const changed = dayOf(fileHistory?.changed?.date);
    return { ...(added ? { added } : {}), ...(changed ? { changed } : {}) };
  }, asOf);
  const report = buildLearningLoopReport({
    graph: repository.graph,
    config: repository.config,
    period,
    asOf,
    dates,
    stale: [...new Set(stale.map((finding) => finding.id))],
    warnings: history.warnings,
  });
  // Files get no colour; the terminal gets it only when it wants it.
  const output = await render(report, options.format, createPainter(ctx.color && options.out === undefined));
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
