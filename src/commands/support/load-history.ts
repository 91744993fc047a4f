// The repository together with its git history, and each record's age.
import type { Context } from '../../cli/context.js';
import { agesFrom } from '../../api/history.js';
import type { RecordAge } from '../../model/record-age.js';
import { createGitRunner } from '../../store/git.js';
import { readRepositoryHistory, type RepositoryHistory } from '../../store/git-history.js';
import { openRepository, readRepository, type Repository } from '../../store/load-repository.js';

export interface RepositoryWithHistory {
  repository: Repository;
  history: RepositoryHistory;
  /** The age of a record file as of `asOf`. */
  ageOf(file: string, asOf: string): RecordAge;
}

export async function loadRepositoryWithHistory(ctx: Context): Promise<RepositoryWithHistory> {
  const opened = await openRepository(ctx.cwd);
  // The one git walk runs while the files are parsed (in workers, on a large repository).
  const [history, repository] = await Promise.all([
    readRepositoryHistory(opened, createGitRunner(opened.root, ctx.env), opened.paths),
    readRepository(opened, { env: ctx.env, reservedCores: 1 }),
  ]);
  return { repository, history, ageOf: agesFrom(repository, history) };
}
