// What the library functions share: the day to evaluate as, and record ages from git,
// read with one `git log` for the whole repository (or not at all, when asked).
import { formatDay, isCalendarDate } from '../model/dates.js';
import { HypoError } from '../model/hypo-error.js';
import { recordAge, type RecordAge } from '../model/record-age.js';
import { valueAt } from '../model/references.js';
import { createGitRunner } from '../store/git.js';
import { readRepositoryHistory, type RepositoryHistory } from '../store/git-history.js';
import type { Repository } from '../store/load-repository.js';

export interface HistoryOptions {
  /**
   * Read when each record was added from git (default: true). With false, ages count
   * from each record's `created` field alone, and no git process is started.
   */
  git?: boolean;
  /** The environment git runs with (default: this process's). */
  env?: Readonly<Record<string, string | undefined>>;
}

export interface AsOfOption {
  /** Evaluate as if today were this day: `YYYY-MM-DD` or a Date (its local calendar day). Default: today. */
  asOf?: string | Date;
}

export function resolveDay(asOf: string | Date | undefined): string {
  if (asOf === undefined) return formatDay(new Date());
  if (asOf instanceof Date) return formatDay(asOf);
  if (!isCalendarDate(asOf)) throw new HypoError('bad-date', `asOf ${asOf}: not a date written YYYY-MM-DD`, { hint: 'for example asOf: "2026-11-30"' });
  return asOf;
}

export interface HistoryWithAges {
  history: RepositoryHistory;
  ageOf(file: string, asOf: string): RecordAge;
}

export async function readHistoryWithAges(repository: Repository, options: HistoryOptions): Promise<HistoryWithAges> {
  const history: RepositoryHistory =
    options.git === false
      ? { available: false, shallow: false, files: new Map(), warnings: [] }
      : await readRepositoryHistory(repository, createGitRunner(repository.root, options.env ?? process.env), repository.files.map((file) => file.file));
  return { history, ageOf: agesFrom(repository, history) };
}

/** A record's age: its `created` field, else the commit that added it, else the day asked about. */
export function agesFrom(repository: Pick<Repository, 'files'>, history: RepositoryHistory): HistoryWithAges['ageOf'] {
  const created = new Map(repository.files.map((file) => [file.file, valueAt(file.data, ['created'])]));
  return (file, asOf) => {
    const value = created.get(file);
    return recordAge(typeof value === 'string' ? value : undefined, history.files.get(file)?.added?.date, asOf);
  };
}
