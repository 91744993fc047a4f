// The library's `buildReport`: the learning-loop report of a period, the same data
// `hypo report --format json` prints, for a dashboard to render its own way.
import { type PeriodOptions, resolveReportPeriod } from './report-period.js';
import { buildLearningLoopReport } from '../report/learning-loop.js';
import type { LearningLoopReport } from '../report/loop-model.js';
import { recordDates } from '../report/record-dates.js';
import { findStaleRecords } from '../rules/stale.js';
import { createGitRunner } from '../store/git.js';
import type { Repository } from '../store/load-repository.js';
import type { RepositoryHistory } from '../store/git-history.js';
import { type AsOfOption, type HistoryOptions, type HistoryWithAges, readHistoryWithAges, resolveDay } from './history.js';

export interface BuildReportOptions extends HistoryOptions, AsOfOption {
  /** First day of the period, YYYY-MM-DD, or a git ref whose commit date starts it. */
  since?: string;
  /** Last day of the period, or a git ref (default: asOf). */
  until?: string;
  /** A sprint from the config: its name or number, `current` or `previous`. Not with since/until. */
  sprint?: string;
}

/**
 * Without since, until or sprint the period is the current sprint when sprints are
 * configured, else the 14 days up to asOf: the same defaults as `hypo report`.
 */
export async function buildReport(repository: Repository, options: BuildReportOptions = {}): Promise<LearningLoopReport> {
  const asOf = resolveDay(options.asOf);
  const { history, ageOf } = await readHistoryWithAges(repository, options);
  return reportFromHistory(repository, history, ageOf, options, asOf, options.env ?? process.env);
}

/** The report, once the repository and its history are read: shared with `hypo report`. */
export async function reportFromHistory(
  repository: Repository,
  history: RepositoryHistory,
  ageOf: HistoryWithAges['ageOf'],
  periodOptions: PeriodOptions,
  asOf: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<LearningLoopReport> {
  const period = await resolveReportPeriod(periodOptions, repository.config, asOf, () => createGitRunner(repository.root, env));
  // Stale as the period ended, so that last sprint's report shows last sprint's state.
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
  return buildLearningLoopReport({
    graph: repository.graph,
    config: repository.config,
    period,
    asOf,
    dates,
    stale: [...new Set(stale.map((finding) => finding.id))],
    warnings: history.warnings,
  });
}
