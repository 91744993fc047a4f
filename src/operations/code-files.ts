// The files git tracks, for counting the code that rests on each hypothesis, and the code a
// stopped or pivoted decision left behind: asked of git (ONE `git ls-files`) only when some
// record of the kinds asked about names code and the repository is in git.
import type { Env } from '../model/env.js';
import type { Kind } from '../model/vocabulary.js';
import { createGitRunner, type GitPurpose } from '../store/git.js';
import type { Repository } from '../store/load-repository.js';
import { trackedFiles } from '../store/tracked-files.js';

/** The kinds whose `code:` globs a report with commits matches against the tracked files: a decision's code is its insight's and its hypotheses'. */
export const CODE_KINDS = ['hypothesis', 'insight'] as const;

/**
 * Null when no record of those kinds has `code:` globs (hypotheses, unless told otherwise),
 * or there is no git: the code then counts for nothing.
 */
export async function trackedCodeFiles(repository: Repository, env: Env, kinds: readonly Kind[] = ['hypothesis']): Promise<string[] | null> {
  const namesCode = [...repository.graph.records.values()].some((node) => kinds.includes(node.record.kind) && node.record.code?.length);
  if (!namesCode || !repository.gitRoot) return null;
  return readTrackedFiles(repository.root, env);
}

const CODE_COUNT_PURPOSE: GitPurpose = { why: 'to count the tracked files that rest on each hypothesis (its code: globs)' };

/** The files git tracks below `root`: ONE `git ls-files`. */
export function readTrackedFiles(root: string, env: Env, purpose: GitPurpose = CODE_COUNT_PURPOSE): Promise<string[]> {
  return trackedFiles(createGitRunner(root, env, purpose));
}
