// hypo stale: assumptions left untested, reviews and experiments past their dates.
// Exit 1 when anything is stale (0 with --warn), so CI can fail or annotate.
import type { Context } from '../cli/context.js';
import { loadPainter } from '../render/painter.js';
import { renderStaleGithub } from '../render/stale-github.js';
import { renderStaleText } from '../render/stale-text.js';
import { type StaleReport, staleReportJson } from '../report/stale-report.js';
import { findStaleRecords } from '../rules/stale.js';
import { parsePositiveInteger, resolveAsOf } from './support/dates.js';
import { githubPathFor } from './support/github-paths.js';
import { loadRepositoryWithHistory } from './support/load-history.js';

export interface StaleOptions {
  days?: string;
  asOf?: string;
  format: 'text' | 'json' | 'github';
  warn?: boolean;
}

export async function runStale(options: StaleOptions, ctx: Context): Promise<number> {
  const asOf = resolveAsOf(options.asOf, ctx.now());
  const explicitDays = options.days === undefined ? undefined : parsePositiveInteger('--days', options.days);
  const { repository, history, ageOf } = await loadRepositoryWithHistory(ctx);
  const days = explicitDays ?? repository.config.stale_after_days;
  const stale = findStaleRecords(repository.files, repository.graph, { asOf, days, ageOf: (file) => ageOf(file, asOf).days });
  const report: StaleReport = { asOf, stale, warnings: history.warnings };

  if (options.format === 'json') {
    ctx.stdout.write(`${JSON.stringify(staleReportJson(report), null, 2)}\n`);
  } else if (options.format === 'github') {
    ctx.stdout.write(renderStaleGithub(report, githubPathFor(repository), options.warn ? 'warning' : 'error'));
  } else {
    for (const warning of report.warnings) ctx.stderr.write(`hypo: warning: ${warning}\n`);
    ctx.stdout.write(renderStaleText(report, await loadPainter(ctx.color)));
  }
  return stale.length > 0 && !options.warn ? 1 : 0;
}
