// The commits as the decision rules take them (report/acted.ts): from the ONE `git log`
// over the whole tree that store/code-history.ts runs, paths made relative to the hypo
// root and `Hypo:` trailer values split into ids.
import type { Env } from '../model/env.js';
import type { ActedCommit } from '../report/acted.js';
import { cacheFolder } from '../store/cache-folder.js';
import { relativeToRoot } from '../store/changed-files.js';
import { type CodeCommit, readCodeHistory } from '../store/code-history.js';
import { createGitRunner, type GitRunner } from '../store/git.js';
import { commitDay } from '../store/git-history.js';
import type { Repository } from '../store/load-repository.js';

const PURPOSE = { why: 'to find the commits about each decision (its code: globs, its Hypo: trailers)' };

/**
 * Every commit, newest first; null outside git or when git is not to be asked (`git: false`).
 * `git_history: false` does not stop it: that setting is about the records' own history,
 * and the code's commits are what `hypo acted` has to judge by.
 */
export async function readActedCommits(repository: Pick<Repository, 'root' | 'gitRoot'>, read: boolean, env: Env): Promise<ActedCommit[] | null> {
  if (!read || !repository.gitRoot) return null;
  return actedCommitsFrom(createGitRunner(repository.root, env, PURPOSE), repository, env);
}

/** The commits through a git runner the caller has already. */
export async function actedCommitsFrom(git: GitRunner, repository: Pick<Repository, 'root' | 'gitRoot'>, env: Env): Promise<ActedCommit[]> {
  return (await readCodeCommits(git, repository, env)).map((commit) => actedCommit(commit, repository));
}

/** Every commit as git printed it, through the cache when there is a cache folder. */
export function readCodeCommits(git: GitRunner, repository: Pick<Repository, 'gitRoot'>, env: Env): Promise<CodeCommit[]> {
  return readCodeHistory(git, repository.gitRoot === undefined ? undefined : { folder: cacheFolder(env), gitRoot: repository.gitRoot });
}

/** Paths relative to the hypo root (those outside it dropped), trailer values split into ids. */
export function actedCommit(commit: CodeCommit, repository: Pick<Repository, 'root' | 'gitRoot'>): ActedCommit {
  return {
    sha: commit.sha,
    day: commitDay(commit),
    subject: commit.subject,
    files: relativeToRoot(commit.files, repository.gitRoot!, repository.root),
    ids: trailerIds(commit.trailers),
  };
}

/** `Hypo: a, b` and `Hypo: a b` name two ids each. */
function trailerIds(trailers: readonly string[]): string[] {
  return trailers.flatMap((value) => value.split(/[\s,]+/).filter(Boolean));
}
