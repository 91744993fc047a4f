// Dates from git for every record file, from ONE `git log` walk over the records
// folder: the commit that first added each file (following renames) and the last
// commit that changed it. Never one process per file.
import path from 'node:path';
import { HypoError } from '../model/hypo-error.js';
import type { GitRunner } from './git.js';
import { type CommitInfo, LOG_FORMAT, parseLogOutput } from './git-log-output.js';

export type { CommitInfo } from './git-log-output.js';

export interface FileHistory {
  /** The oldest commit in the file's line of history: the one that added it. */
  added?: CommitInfo;
  /** The newest commit that changed it. */
  changed?: CommitInfo;
}

export interface RepositoryHistory {
  /** False outside a git work tree. */
  available: boolean;
  shallow: boolean;
  /** By record file path relative to the hypo repository root. */
  files: Map<string, FileHistory>;
  warnings: string[];
}

export const NO_GIT_WARNING = 'not a git repository: ages count from each record’s `created` field alone';
export const SHALLOW_WARNING =
  'this is a shallow clone: records may look younger than they are. Fetch the whole history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)';

export interface HistoryScope {
  /** The hypo repository root (absolute). */
  root: string;
  /** The git top level (absolute), when inside a work tree. */
  gitRoot?: string;
  /** The records folder relative to `root`. */
  recordRoot: string;
}

export async function readRepositoryHistory(scope: HistoryScope, git: GitRunner, currentFiles: readonly string[]): Promise<RepositoryHistory> {
  if (!scope.gitRoot) return { available: false, shallow: false, files: new Map(), warnings: [NO_GIT_WARNING] };
  const [shallowOutput, logOutput] = await Promise.all([git.raw(['rev-parse', '--is-shallow-repository']), readLog(git, scope.recordRoot)]);
  const shallow = shallowOutput.trim() === 'true';
  const toGitPath = (file: string) => path.relative(scope.gitRoot!, path.join(scope.root, file)).split(path.sep).join('/');
  const byGitPath = walkLog(logOutput, currentFiles.map(toGitPath));
  const files = new Map<string, FileHistory>();
  currentFiles.forEach((file) => {
    const history = byGitPath.get(toGitPath(file));
    if (history) files.set(file, history);
  });
  return { available: true, shallow, files, warnings: shallow ? [SHALLOW_WARNING] : [] };
}

async function readLog(git: GitRunner, pathspec: string): Promise<string> {
  try {
    return await git.raw(['log', '-z', LOG_FORMAT, '--name-status', '-M', '--diff-filter=AMRCD', '--', pathspec]);
  } catch (error) {
    // A repository without commits has no history yet: every record is new.
    if (error instanceof HypoError && /does not have any commits|bad default revision|unknown revision/i.test(error.message)) return '';
    throw error;
  }
}

/**
 * Newest commit first: each current path is followed back through renames; an add
 * ends its line (an older file at the same path was another file), and so does a
 * deletion met before any change (the file there now was never committed).
 */
export function walkLog(output: string, currentPaths: readonly string[]): Map<string, FileHistory> {
  const histories = new Map<string, FileHistory>(currentPaths.map((file) => [file, {}]));
  /** Path at this point of history → the current path it became. */
  const followed = new Map<string, string>(currentPaths.map((file) => [file, file]));
  const touch = (current: string, commit: CommitInfo) => {
    const history = histories.get(current)!;
    history.changed ??= commit;
    history.added = commit;
  };
  for (const { commit, changes } of parseLogOutput(output)) {
    for (const change of changes) {
      if (change.status === 'R' || change.status === 'C') {
        const current = followed.get(change.path);
        if (current === undefined) continue;
        touch(current, commit);
        followed.delete(change.path);
        if (change.status === 'R') followed.set(change.from!, current);
        continue;
      }
      const current = followed.get(change.path);
      if (current === undefined) continue;
      if (change.status === 'D') {
        // Deleted here and never added again since: the file there now was never committed.
        followed.delete(change.path);
        continue;
      }
      touch(current, commit);
      if (change.status === 'A') followed.delete(change.path);
    }
  }
  for (const [file, history] of histories) if (!history.added) histories.delete(file);
  return histories;
}
