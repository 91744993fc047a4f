// The repository together with its git history, and each record's age.
import type { Context } from '../../cli/context.js';
import { recordAge, type RecordAge } from '../../model/record-age.js';
import { valueAt } from '../../model/references.js';
import { createGitRunner } from '../../store/git.js';
import { readRepositoryHistory, type RepositoryHistory } from '../../store/git-history.js';
import { loadRepository, type Repository } from '../../store/load-repository.js';

export interface RepositoryWithHistory {
  repository: Repository;
  history: RepositoryHistory;
  /** The age of a record file as of `asOf`. */
  ageOf(file: string, asOf: string): RecordAge;
}

export async function loadRepositoryWithHistory(ctx: Context): Promise<RepositoryWithHistory> {
  const repository = await loadRepository(ctx.cwd);
  const git = createGitRunner(repository.root, ctx.env);
  const history = await readRepositoryHistory(repository, git, repository.files.map((file) => file.file));
  const created = new Map(repository.files.map((file) => [file.file, valueAt(file.data, ['created'])]));
  return {
    repository,
    history,
    ageOf: (file, asOf) => {
      const value = created.get(file);
      return recordAge(typeof value === 'string' ? value : undefined, history.files.get(file)?.added?.date, asOf);
    },
  };
}
