// A repository's git history, read in ONE `git log` walk for the whole records folder,
// and each record's age from it: its `created` field, else the commit that added it.
import { isCalendarDate } from '../model/dates.js';
import type { Env } from '../model/env.js';
import { type RecordAge, recordAge } from '../model/record-age.js';
import { valueAt } from '../model/references.js';
import { cacheFolder } from '../store/cache-folder.js';
import type { Looked } from '../store/file-identity.js';
import { createGitRunner, HISTORY_GIT_PURPOSE } from '../store/git.js';
import { type RepositoryHistory, readRepositoryHistory } from '../store/git-history.js';
import { type OpenedRepository, openRepository, type Repository, readRepository } from '../store/load-repository.js';

export interface HistoryOptions {
  /**
   * Read when each record was added from git (default: true). With false, ages count
   * from each record's `created` field alone, and no git process is started.
   */
  git?: boolean;
  /** The environment git runs with. */
  env: Env;
}

export interface RepositoryWithHistory {
  repository: Repository;
  history: RepositoryHistory;
  /** The age of a record file as of `asOf` (YYYY-MM-DD). */
  ageOf(file: string, asOf: string): RecordAge;
}

/** Git not asked (`git: false`, or `git_history: false` in the config): no dates, no past states, and no warning, since that was chosen. */
const noHistory = (): RepositoryHistory => ({ available: false, shallow: false, files: new Map(), deleted: [], warnings: [] });

/** The history of a repository already loaded. */
export async function readHistory(repository: Repository, options: HistoryOptions): Promise<RepositoryWithHistory> {
  const history =
    options.git === false || !repository.config.git_history
      ? noHistory()
      : await readRepositoryHistory(
          repository,
          createGitRunner(repository.root, options.env, HISTORY_GIT_PURPOSE),
          repository.files.map((file) => file.file),
          { folder: cacheFolder(options.env) },
        );
  return { repository, history, ageOf: agesFrom(repository, history) };
}

/** Loads the repository and reads its history at once: the git walk runs while the files are parsed (in workers, on a large repository). */
export async function loadRepositoryWithHistory(cwd: string, env: Env): Promise<RepositoryWithHistory> {
  return readOpenedWithHistory(await openRepository(cwd, { env }), env);
}

/** The same, for a repository opened already; `looked`: record files stat'ed already in this run, before any was read. */
export async function readOpenedWithHistory(opened: OpenedRepository, env: Env, looked?: ReadonlyMap<string, Looked>): Promise<RepositoryWithHistory> {
  const [history, repository] = await Promise.all([
    opened.config.git_history
      ? readRepositoryHistory(opened, createGitRunner(opened.root, env, HISTORY_GIT_PURPOSE), opened.paths, { folder: cacheFolder(env) })
      : noHistory(),
    readRepository(opened, { env, reservedCores: 1, ...(looked ? { looked } : {}) }),
  ]);
  return { repository, history, ageOf: agesFrom(repository, history) };
}

/** A record's age: its `created` field, else the commit that added it, else the day asked about. */
export function agesFrom(repository: Pick<Repository, 'files'>, history: RepositoryHistory): RepositoryWithHistory['ageOf'] {
  // A `created` that is no real day (a record left out for errors) counts for nothing: git knows better. Judged once per file, not per question.
  const created = new Map(
    repository.files.map((file) => {
      const value = valueAt(file.data, ['created']);
      return [file.file, typeof value === 'string' && isCalendarDate(value) ? value : undefined];
    }),
  );
  return (file, asOf) => recordAge(created.get(file), history.files.get(file)?.added?.date, asOf);
}
