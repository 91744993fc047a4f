// `hypo affected`: which assumptions the changed code rests on, for the paths given or
// the files git says changed since a ref (plus uncommitted changes).
import path from 'node:path';
import type { Env } from '../model/env.js';
import { notAGitRefError, notInGitError } from '../model/hypo-error.js';
import type { AffectedReport } from '../report/affected-report.js';
import { findAffectedRecords } from '../rules/affected.js';
import { changedFilesSince, relativeToRoot } from '../store/changed-files.js';
import { createGitRunner } from '../store/git.js';
import { resolveCommit } from '../store/resolve-commit.js';
import type { RepositoryWithHistory } from './history.js';
import { skippedOf } from './repository.js';

export interface AffectedOptions {
  /** Changed paths, relative to `cwd`, instead of asking git. */
  paths: readonly string[];
  /** Compare with this ref (REF...HEAD), plus uncommitted changes. */
  since?: string | undefined;
  /** Statuses that fail the run. */
  failOn: string[];
  /** Ages as of this day, YYYY-MM-DD. */
  asOf: string;
  cwd: string;
  env: Env;
}

export async function findAffected({ repository, ageOf }: RepositoryWithHistory, options: AffectedOptions): Promise<AffectedReport> {
  let changed: string[];
  if (options.paths.length > 0) {
    changed = options.paths.map((file) => path.relative(repository.root, path.resolve(options.cwd, file)).split(path.sep).join('/'));
  } else {
    if (!repository.gitRoot) {
      throw notInGitError(
        repository.root,
        'hypo affected cannot ask git which files changed',
        'give the changed paths as arguments: hypo affected src/checkout/cart.ts',
      );
    }
    const git = createGitRunner(repository.root, options.env, {
      why: 'to find the files changed since a ref',
      instead: 'or name the changed files: hypo affected <paths…>',
    });
    const since = options.since === undefined ? undefined : await resolveCommit(git, options.since);
    if (options.since !== undefined && since === undefined) {
      throw notAGitRefError('--since', options.since, 'give a branch, tag or commit this clone has, for example --since main');
    }
    changed = relativeToRoot(await changedFilesSince(git, since), repository.gitRoot, repository.root);
  }
  const affected = findAffectedRecords(repository.files, repository.graph, changed, (file) => ageOf(file, options.asOf).days);
  const skipped = skippedOf(repository);
  const parsed = new Set(repository.files.flatMap((file) => (file.data ? [file.file] : [])));
  const unread = skipped.filter((entry) => !parsed.has(entry.file)).map((entry) => entry.file);
  return { since: options.paths.length > 0 ? null : (options.since ?? null), changed, affected, failOn: options.failOn, skipped, unread };
}
