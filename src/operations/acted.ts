// `hypo acted`: every decision with whether the code followed it, as of a day. ONE `git log`
// over the whole tree gives the commits and their `Hypo:` trailers (run while the records
// are parsed), ONE `git ls-files` the code still there. As of today that walk also dates
// the decisions that state no day; the records' own walk (git-history.ts) is read only for
// a day in the past, whose records are taken from git.
import { formatDay } from '../model/dates.js';
import type { Env } from '../model/env.js';
import { notInGitError } from '../model/hypo-error.js';
import { resolveDay } from '../model/parse-day.js';
import { type ActedCommit, actedDecisions } from '../report/acted.js';
import type { ActedReport } from '../report/acted-model.js';
import { recordDates } from '../report/record-dates.js';
import type { Looked } from '../store/file-identity.js';
import { createGitRunner, type GitRunner } from '../store/git.js';
import { type OpenedRepository, type Repository, readRepository } from '../store/load-repository.js';
import { trackedFiles } from '../store/tracked-files.js';
import { actedCommitsFrom } from './code-commits.js';
import { type HistoryOptions, readHistory } from './history.js';
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
}

const PURPOSE = {
  why: 'to find the commits about each decision and the code still tracked',
  instead: 'hypo acted needs git: there is nothing to compare decisions with without it',
};

/** The repository opened, read while git walks the commits: what `hypo acted` runs; `tracked`, the files git tracks, is what the result depends on besides HEAD. */
export async function actedOnOpened(
  opened: OpenedRepository,
  options: ActedOptions,
  looked?: ReadonlyMap<string, Looked>,
): Promise<{ repository: Repository; report: ActedReport; tracked: readonly string[] }> {
  const git = gitOf(opened, options.env);
  const [repository, code] = await Promise.all([
    readRepository(opened, { env: options.env, reservedCores: 1, ...(looked ? { looked } : {}) }),
    readCode(git, opened, options.env),
  ]);
  return { repository, report: await judge(repository, git, code, options), tracked: code.tracked };
}

/** The same for a repository already read. */
export async function actedReport(current: Repository, options: ActedOptions): Promise<ActedReport> {
  const git = gitOf(current, options.env);
  return judge(current, git, await readCode(git, current, options.env), options);
}

function gitOf(repository: Pick<Repository, 'root' | 'gitRoot'>, env: Env): GitRunner {
  if (!repository.gitRoot) {
    throw notInGitError(repository.root, 'hypo acted has no commits to compare the decisions with', 'run it in the git work tree the records live in');
  }
  return createGitRunner(repository.root, env, PURPOSE);
}

interface Code {
  commits: ActedCommit[];
  tracked: string[];
}

async function readCode(git: GitRunner, repository: Pick<Repository, 'root' | 'gitRoot'>, env: Env): Promise<Code> {
  const [commits, tracked] = await Promise.all([actedCommitsFrom(git, repository, env), trackedFiles(git)]);
  return { commits, tracked };
}

async function judge(current: Repository, git: GitRunner, code: Code, options: ActedOptions): Promise<ActedReport> {
  const today = formatDay(options.today);
  const asOf = resolveDay(options.asOf, options.today, 'asOf');
  const since = options.since === undefined ? undefined : await dayOf('--since', options.since, () => git);
  let repository = current;
  let dates = commitDates(code.commits, asOf);
  let warnings: string[] = [];
  if (asOf < today) {
    // A day in the past: the records as they were then, from their own history.
    const snapshot = await snapshotAt(await readHistory(current, options), asOf, today, options.env);
    repository = snapshot.repository;
    dates = historyDates(snapshot.history, asOf);
    warnings = [...snapshot.history.warnings, ...snapshot.warnings];
  }
  // By file, each source map asked for only when a decision's line is: a file's source map may be read from the parse cache on first use.
  const byFile = new Map(repository.files.map((file) => [file.file, file]));
  const decisions = actedDecisions({
    graph: repository.graph,
    sourceMapOf: (file) => byFile.get(file)?.sourceMap,
    dates,
    commits: code.commits,
    trackedFiles: code.tracked,
    asOf,
    actWithinDays: repository.config.act_within_days,
    since,
  });
  return { asOf, actWithinDays: repository.config.act_within_days, decisions, warnings, skipped: skippedOf(repository) };
}

/** When each file was added and last changed, from the walk over every commit (newest first); renames are not followed, which the decisions' days never need. */
function commitDates(commits: readonly ActedCommit[], today: string) {
  const added = new Map<string, string>();
  const changed = new Map<string, string>();
  for (const commit of commits) {
    for (const file of commit.files) {
      if (!changed.has(file)) changed.set(file, commit.day);
      added.set(file, commit.day);
    }
  }
  return recordDates(
    (file) => ({ ...(added.has(file) ? { added: added.get(file)! } : {}), ...(changed.has(file) ? { changed: changed.get(file)! } : {}) }),
    today,
  );
}
