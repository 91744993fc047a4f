// The learning-loop report of a period: what `hypo report --format json` prints and the
// library's `buildReport` returns, for a dashboard to render its own way.
import { earlierDay } from '../model/dates.js';
import { resolveDay } from '../model/parse-day.js';
import { buildLearningLoopReport } from '../report/learning-loop.js';
import type { LearningLoopReport } from '../report/loop-model.js';
import { recordDates } from '../report/record-dates.js';
import { findStaleRecords } from '../rules/stale.js';
import { createGitRunner } from '../store/git.js';
import type { Repository } from '../store/load-repository.js';
import { type HistoryOptions, type RepositoryWithHistory, readHistory } from './history.js';
import { type PeriodOptions, resolveReportPeriod } from './report-period.js';
import { skippedOf } from './repository.js';

export interface BuildReportOptions extends HistoryOptions, PeriodOptions {
  /** Make the report as if today were this day: `YYYY-MM-DD` or a Date (its local calendar day). Default: `today`. */
  asOf?: string | Date;
  /** What day it is. */
  today: Date;
  /** The history, when the caller read it already (`hypo report` reads it while parsing). */
  history?: RepositoryWithHistory;
}

/**
 * Without since, until or sprint the period is the current sprint when sprints are
 * configured, else the 14 days up to asOf.
 */
export async function buildReport(repository: Repository, options: BuildReportOptions): Promise<LearningLoopReport> {
  const asOf = resolveDay(options.asOf, options.today, 'asOf');
  const { history, ageOf } = options.history ?? (await readHistory(repository, options));
  const period = await resolveReportPeriod(options, repository.config, asOf, () => createGitRunner(repository.root, options.env));
  // Stale as the period ended, so that last sprint's report shows last sprint's state.
  const staleAsOf = earlierDay(period.until, asOf);
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
  return buildLearningLoopReport({
    graph: repository.graph,
    config: repository.config,
    period,
    asOf,
    dates,
    stale: [...new Set(stale.map((finding) => finding.id))],
    warnings: history.warnings,
    skipped: skippedOf(repository),
    statusHistory: new Map(),
  });
}
