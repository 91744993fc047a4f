// `hypo trend`: the last N sprints (or windows of 14 days), each reported as of its own
// end. All the days' snapshots come from the one history walk and one cat-file, the
// status histories from one more, and the commits about decisions from one more.
import { dayWindows, earlierDay, formatDay } from '../model/dates.js';
import { resolveDay } from '../model/parse-day.js';
import { recentSprints } from '../model/sprints.js';
import type { ReportPeriod } from '../report/loop-model.js';
import { type Trend, trendPeriod } from '../report/trend.js';
import type { Repository } from '../store/load-repository.js';
import { reportOn } from './build-report.js';
import { readActedCommits } from './code-commits.js';
import { CODE_KINDS, trackedCodeFiles } from './code-files.js';
import { type HistoryOptions, type RepositoryWithHistory, readHistory } from './history.js';
import { skippedOf } from './repository.js';
import { snapshotsAt } from './snapshot.js';
import { readStatusHistories } from './status-history.js';

export const DEFAULT_TREND_PERIODS = 6;
/** Without sprints in the config, the trend compares windows of this many days. */
export const TREND_WINDOW_DAYS = 14;

export interface BuildTrendOptions extends HistoryOptions {
  /** How many periods, the current one included (default 6). */
  periods?: number;
  /** Make the trend as if today were this day (`YYYY-MM-DD` or a Date): its periods end by then. Default: `today`. */
  asOf?: string | Date;
  /** What day it is. */
  today: Date;
  /** The history, when the caller read it already. */
  history?: RepositoryWithHistory;
}

export async function buildTrend(current: Repository, options: BuildTrendOptions): Promise<Trend> {
  return (await buildTrendReading(current, options)).trend;
}

/** The trend and the files git tracks that it matched `code:` globs against (null when it matched none): what a kept trend depends on. */
export async function buildTrendReading(current: Repository, options: BuildTrendOptions): Promise<{ trend: Trend; tracked: readonly string[] | null }> {
  const today = formatDay(options.today);
  const asOf = resolveDay(options.asOf, options.today, 'asOf');
  const loaded = options.history ?? (await readHistory(current, options));
  const periods = trendPeriods(current, asOf, options.periods ?? DEFAULT_TREND_PERIODS);
  const days = periods.map((period) => earlierDay(period.until, asOf));
  const snapshots = await snapshotsAt(loaded, days, today, options.env);
  const states = days.map((day) => snapshots.get(day)!);
  const codeRead = options.git !== false && current.gitRoot !== undefined;
  // ONE `git log` over the whole tree and ONE `git ls-files` for every period: each period
  // judges the commits up to its own end. The tracked files are today's, for every period
  // (git keeps no list of what was tracked on a day): a stopped decision whose code went
  // later counts as code gone in the periods before too.
  const [statusHistories, commits, tracked] = await Promise.all([
    readStatusHistories(states, options.env),
    readActedCommits(current, codeRead, options.env),
    codeRead ? trackedCodeFiles(current, options.env, CODE_KINDS) : null,
  ]);
  const trend: Trend = {
    asOf,
    periods: periods.map((period, index) => trendPeriod(reportOn(states[index]!, period, statusHistories[index]!, tracked, commits))),
    skipped: skippedOf(current),
    warnings: [...new Set([...loaded.history.warnings, ...states.flatMap((state) => state.warnings)])],
  };
  return { trend, tracked };
}

/** The configured sprints up to the one running on `day`, else windows of 14 days ending that day; oldest first. */
function trendPeriods(repository: Repository, day: string, count: number): ReportPeriod[] {
  const { sprints } = repository.config;
  if (sprints) return recentSprints(sprints, day, count).map((sprint) => ({ since: sprint.since, until: sprint.until, label: sprint.name }));
  return dayWindows(day, TREND_WINDOW_DAYS, count).map((window) => ({ ...window, label: null }));
}
