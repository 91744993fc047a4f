// `hypo acted`: every decision with whether the code followed it, as of a day: from the
// records as they were that day, ONE `git log` over the whole tree for the commits and
// their `Hypo:` trailers, and ONE `git ls-files` for the code still there.
import { formatDay } from '../model/dates.js';
import { notInGitError } from '../model/hypo-error.js';
import { resolveDay } from '../model/parse-day.js';
import { actedDecisions } from '../report/acted.js';
import type { ActedReport } from '../report/acted-model.js';
import { readCodeHistory } from '../store/code-history.js';
import { createGitRunner } from '../store/git.js';
import type { Repository } from '../store/load-repository.js';
import { trackedFiles } from '../store/tracked-files.js';
import { actedCommit } from './code-commits.js';
import { type HistoryOptions, type RepositoryWithHistory, readHistory } from './history.js';
import { historyDates } from './history-dates.js';
import { dayOf } from './report-period.js';
import { skippedOf } from './repository.js';
import { snapshotAt } from './snapshot.js';

export interface ActedOptions extends HistoryOptions {
  /** Only decisions on or after this day: `YYYY-MM-DD`, or a git ref whose commit day it is. */
  since?: string;
  /** As if today were this day. Default: `today`. */
  asOf?: string | Date;
  today: Date;
  history?: RepositoryWithHistory;
}

const PURPOSE = {
  why: 'to find the commits about each decision and the code still tracked',
  instead: 'hypo acted needs git: there is nothing to compare decisions with without it',
};

export async function actedReport(current: Repository, options: ActedOptions): Promise<ActedReport> {
  if (!current.gitRoot) {
    throw notInGitError(current.root, 'hypo acted has no commits to compare the decisions with', 'run it in the git work tree the records live in');
  }
  const asOf = resolveDay(options.asOf, options.today, 'asOf');
  const git = createGitRunner(current.root, options.env, PURPOSE);
  const since = options.since === undefined ? undefined : await dayOf('--since', options.since, () => git);
  const loaded = options.history ?? (await readHistory(current, options));
  const [snapshot, commits, tracked] = await Promise.all([
    snapshotAt(loaded, asOf, formatDay(options.today), options.env),
    readCodeHistory(git),
    trackedFiles(git),
  ]);
  const { repository, history } = snapshot;
  const dates = historyDates(history, asOf);
  const sourceMaps = new Map(repository.files.map((file) => [file.file, file.sourceMap]));
  const decisions = actedDecisions({
    graph: repository.graph,
    sourceMapOf: (file) => sourceMaps.get(file),
    dates,
    commits: commits.map((commit) => actedCommit(commit, current)),
    trackedFiles: tracked,
    asOf,
    actWithinDays: repository.config.act_within_days,
    since,
  });
  return {
    asOf,
    actWithinDays: repository.config.act_within_days,
    decisions,
    warnings: [...history.warnings, ...snapshot.warnings],
    skipped: skippedOf(repository),
  };
}
