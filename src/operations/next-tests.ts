// `hypo next`: the hypotheses to test next, ranked with their reasons and a suggested
// method, as of a day: what the command prints and the library's `nextTests` returns.
import { formatDay } from '../model/dates.js';
import { resolveDay } from '../model/parse-day.js';
import type { NextItem, NextReport } from '../report/next-model.js';
import { rankNextTests } from '../report/test-next.js';
import type { Repository } from '../store/load-repository.js';
import { trackedCodeFiles } from './code-files.js';
import { type HistoryOptions, type RepositoryWithHistory, readHistory } from './history.js';
import { skippedOf } from './repository.js';
import { type Snapshot, snapshotAt } from './snapshot.js';

export interface NextTestsOptions extends HistoryOptions {
  /** Rank as if today were this day: `YYYY-MM-DD` or a Date (its local calendar day). Default: `today`. */
  asOf?: string | Date;
  /** What day it is. */
  today: Date;
  /** At most this many (default: all). */
  limit?: number;
  /** The history, when the caller read it already. */
  history?: RepositoryWithHistory;
}

export async function nextTests(current: Repository, options: NextTestsOptions): Promise<NextReport> {
  return (await nextTestsReading(current, options)).report;
}

/** The ranking and the files git tracks that it matched `code:` globs against (null when it matched none): what a kept ranking depends on. */
export async function nextTestsReading(current: Repository, options: NextTestsOptions): Promise<{ report: NextReport; tracked: readonly string[] | null }> {
  const asOf = resolveDay(options.asOf, options.today, 'asOf');
  const snapshot = await snapshotAt(options.history ?? (await readHistory(current, options)), asOf, formatDay(options.today), options.env);
  const { next, tracked } = await rankSnapshot(snapshot, options);
  const report: NextReport = {
    asOf,
    next: options.limit === undefined ? next : next.slice(0, options.limit),
    warnings: [...snapshot.history.warnings, ...snapshot.warnings],
    skipped: skippedOf(snapshot.repository),
  };
  return { report, tracked };
}

/** The ranking on the repository as of the snapshot's day; code counts as git tracks it now. */
async function rankSnapshot(snapshot: Snapshot, options: Pick<HistoryOptions, 'env' | 'git'>): Promise<{ next: NextItem[]; tracked: string[] | null }> {
  const { repository, ageOf, day } = snapshot;
  // `git: false` promises no git process: no code is counted then.
  const tracked = options.git === false ? null : await trackedCodeFiles(repository, options.env);
  const next = rankNextTests({
    graph: repository.graph,
    config: repository.config,
    asOf: day,
    ageOf: (file) => ageOf(file, day).days,
    trackedFiles: tracked,
  });
  return { next, tracked };
}
