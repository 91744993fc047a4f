// Assumptions left untested, reviews and running experiments past their dates, as of a
// day: what `hypo stale` prints and the library's `staleFindings` returns.
import { formatDay } from '../model/dates.js';
import { resolveDay } from '../model/parse-day.js';
import type { StaleReportWithFacts } from '../report/stale-report.js';
import { findStaleRecords } from '../rules/stale.js';
import type { Repository } from '../store/load-repository.js';
import { type HistoryOptions, type RepositoryWithHistory, readHistory } from './history.js';
import { skippedOf } from './repository.js';
import { snapshotAt } from './snapshot.js';

export interface StaleFindingsOptions extends HistoryOptions {
  /** Evaluate as if today were this day: `YYYY-MM-DD` or a Date (its local calendar day). Default: `today`. */
  asOf?: string | Date;
  /** What day it is. */
  today: Date;
  /** An open hypothesis older than this many days is stale (default: the config's stale_after_days). */
  days?: number;
  /** The history, when the caller read it already. */
  history?: RepositoryWithHistory;
}

/**
 * A day before today is evaluated on the repository as it was at its end (from git).
 * `warnings` says when ages or that state may be off (no git, a shallow clone). Each finding
 * carries its facts for the renderers; `staleReportData` leaves them out.
 */
export async function staleFindings(current: Repository, options: StaleFindingsOptions): Promise<StaleReportWithFacts> {
  const asOf = resolveDay(options.asOf, options.today, 'asOf');
  const today = formatDay(options.today);
  const days = options.days ?? current.config.stale_after_days;
  const snapshot = await snapshotAt(options.history ?? (await readHistory(current, options)), asOf, today, options.env);
  const { repository, history, ageOf } = snapshot;
  const stale = findStaleRecords(repository.files, repository.graph, { asOf, days, ageOf: (file) => ageOf(file, asOf).days });
  return { asOf, stale, warnings: [...history.warnings, ...snapshot.warnings], skipped: skippedOf(repository) };
}
