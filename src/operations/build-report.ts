// The learning-loop report of a period: what `hypo report --format json` prints and the
// library's `buildReport` returns, for a dashboard to render its own way.
import { earlierDay, formatDay } from '../model/dates.js';
import { resolveDay } from '../model/parse-day.js';
import type { ActedCommit } from '../report/acted.js';
import { buildLearningLoopReport } from '../report/learning-loop.js';
import type { LearningLoopReport, ReportPeriod } from '../report/loop-model.js';
import type { StatusHistory } from '../report/report-input.js';
import { findStaleRecords } from '../rules/stale.js';
import { createGitRunner } from '../store/git.js';
import type { Repository } from '../store/load-repository.js';
import { readActedCommits } from './code-commits.js';
import { CODE_KINDS, trackedCodeFiles } from './code-files.js';
import { type HistoryOptions, type RepositoryWithHistory, readHistory } from './history.js';
import { historyDates } from './history-dates.js';
import { type PeriodOptions, resolveReportPeriod } from './report-period.js';
import { skippedOf } from './repository.js';
import { type Snapshot, snapshotAt } from './snapshot.js';
import { readStatusHistories } from './status-history.js';

export interface BuildReportOptions extends HistoryOptions, PeriodOptions {
  /**
   * Show the repository as it was at the end of this day (`YYYY-MM-DD` or a Date, its local
   * calendar day), which also picks the current sprint. Default: the period's end, or today
   * when the period has not ended.
   */
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
export async function buildReport(current: Repository, options: BuildReportOptions): Promise<LearningLoopReport> {
  return (await buildReportReading(current, options)).report;
}

/** The report and the files git tracks that it matched `code:` globs against (null when it matched none): what a kept report depends on. */
export async function buildReportReading(
  current: Repository,
  options: BuildReportOptions,
): Promise<{ report: LearningLoopReport; tracked: readonly string[] | null }> {
  const today = formatDay(options.today);
  const asked = options.asOf === undefined ? undefined : resolveDay(options.asOf, options.today, 'asOf');
  const loaded = options.history ?? (await readHistory(current, options));
  const period = await resolveReportPeriod(options, current.config, asked ?? today, () =>
    createGitRunner(current.root, options.env, { why: 'to find the day of the git ref that starts or ends the period', instead: 'or give a date' }),
  );
  // Last sprint's report shows last sprint's state: everything is computed on the repository as of that day.
  const asOf = asked ?? earlierDay(period.until, today);
  const snapshot = await snapshotAt(loaded, asOf, today, options.env);
  // The code's commits in a git work tree, even with `git_history: false` (that is about the records' history):
  // one more git process, over the whole tree. `git: false` starts none.
  const codeRead = options.git !== false && current.gitRoot !== undefined;
  const [[statusHistory], commits, tracked] = await Promise.all([
    readStatusHistories([snapshot], options.env),
    readActedCommits(current, codeRead, options.env),
    // A decision's code is its insight's globs and its hypotheses'. `git: false` promises no git process: no code is counted then.
    codeRead ? trackedCodeFiles(snapshot.repository, options.env, CODE_KINDS) : null,
  ]);
  return { report: reportOn(snapshot, period, statusHistory!, tracked, commits), tracked };
}

/**
 * The report of `period` on the repository as of the snapshot's day. `trackedFiles`: what the
 * hypotheses' code globs match in the Test next list, and a stopped decision's code still there
 * (the files tracked now), null to leave code out. `commits`: every commit of the repository,
 * for "acted on"; null when not read.
 */
export function reportOn(
  snapshot: Snapshot,
  period: ReportPeriod,
  statusHistory: ReadonlyMap<string, StatusHistory>,
  trackedFiles: readonly string[] | null,
  commits: readonly ActedCommit[] | null,
): LearningLoopReport {
  const { repository, history, ageOf, day: asOf } = snapshot;
  const stale = findStaleRecords(repository.files, repository.graph, {
    asOf,
    days: repository.config.stale_after_days,
    ageOf: (file) => ageOf(file, asOf).days,
  });
  const dates = historyDates(history, asOf);
  return buildLearningLoopReport({
    graph: repository.graph,
    config: repository.config,
    period,
    asOf,
    dates,
    stale: [...new Set(stale.map((finding) => finding.id))],
    warnings: [...history.warnings, ...snapshot.warnings],
    skipped: skippedOf(repository),
    statusHistory,
    ageOf: (file) => ageOf(file, asOf).days,
    trackedFiles,
    commits,
  });
}
