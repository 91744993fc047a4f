// Dates from git for every record file, from ONE `git log` walk over the records
// folder: every commit that changed each file (following renames), with the path it
// had there, so that the file's content as of any day is one blob name away; and the
// records deleted since, for the repository as it was. Never one process per file.
import path from 'node:path';
import { HypoError } from '../model/hypo-error.js';
import { noticeText } from '../model/notice.js';
import type { GitRunner } from './git.js';
import { type CommitInfo, LOG_FORMAT, parseLogOutput } from './git-log-output.js';
import { type HeadKeyedLogRequest, readHeadKeyedLog } from './head-keyed-log.js';

export { type CommitInfo, commitDay } from './git-log-output.js';

/** One commit that changed a file, and the file's path there. */
export interface FileVersion {
  commit: CommitInfo;
  /** Relative to the git top level, with forward slashes. */
  gitPath: string;
  /** The blob the commit left there: its content, readable without walking the commit's tree. */
  blob: string;
}

export interface FileHistory {
  /** The oldest commit in the file's line of history: the one that added it. */
  added?: CommitInfo;
  /** The newest commit that changed it. */
  changed?: CommitInfo;
  /** Every commit that changed it, newest first. */
  versions: FileVersion[];
}

/** A record file deleted since: it was part of the repository before `deleted`. */
export interface DeletedFileHistory {
  /** The commit that deleted it. */
  deleted: CommitInfo;
  /** The commits that changed it before, newest first. */
  versions: FileVersion[];
}

export interface RepositoryHistory {
  /** False outside a git work tree. */
  available: boolean;
  shallow: boolean;
  /** By record file path relative to the hypo repository root. */
  files: Map<string, FileHistory>;
  /** Record files deleted since they were committed, newest deletion first. */
  deleted: DeletedFileHistory[];
  warnings: string[];
}

export const NO_GIT_WARNING = noticeText({ key: 'warning.noGit', params: {} });
export const SHALLOW_WARNING = noticeText({ key: 'warning.shallow', params: {} });

export interface HistoryScope {
  /** The hypo repository root (absolute). */
  root: string;
  /** The git top level (absolute), when inside a work tree. */
  gitRoot?: string;
  /** The records folder relative to `root`. */
  recordRoot: string;
}

export interface HistoryCache {
  /** hypo's cache folder (cacheFolder(env)): the walk's output is kept there, keyed by HEAD. None: git walks every time. */
  folder?: string;
}

export async function readRepositoryHistory(
  scope: HistoryScope,
  git: GitRunner,
  currentFiles: readonly string[],
  cache: HistoryCache = {},
): Promise<RepositoryHistory> {
  if (!scope.gitRoot) return { available: false, shallow: false, files: new Map(), deleted: [], warnings: [NO_GIT_WARNING] };
  const { shallow, logOutput } = await readWalk(git, { ...scope, gitRoot: scope.gitRoot }, cache.folder);
  // Record paths are plain relative paths below the root: the root's own place below the git top level, once, in front of each.
  const rootInGit = path.relative(scope.gitRoot, scope.root).split(path.sep).join('/');
  const gitPaths = currentFiles.map((file) => (rootInGit === '' ? file : `${rootInGit}/${file}`));
  const walked = walkLog(logOutput, gitPaths);
  const files = new Map<string, FileHistory>();
  currentFiles.forEach((file, index) => {
    const history = walked.current.get(gitPaths[index]!);
    if (history) files.set(file, history);
  });
  return { available: true, shallow, files, deleted: walked.deleted, warnings: shallow ? [SHALLOW_WARNING] : [] };
}

/** A shallow clone holds only the newest commits: dates and first commits from it are wrong. */
export async function isShallow(git: GitRunner): Promise<boolean> {
  return (await git.raw(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}

/** How the records' walk is kept (head-keyed-log.ts). */
function recordsLogRequest(folder: string, scope: Required<HistoryScope>): HeadKeyedLogRequest {
  // The pathspec is relative to the hypo root, where git runs: both roots are part of the key.
  return {
    folder,
    name: 'records',
    key: [scope.gitRoot, scope.root],
    args: (revisions) => logArgs(scope.recordRoot, [revisions]),
    pathspecFolder: scope.recordRoot,
  };
}

/** The walk's output: from the cache and the commits since when there is a cache folder, else from git alone. */
async function readWalk(git: GitRunner, scope: Required<HistoryScope>, folder: string | undefined): Promise<{ shallow: boolean; logOutput: string }> {
  const kept = folder === undefined ? undefined : await readHeadKeyedLog(git, recordsLogRequest(folder, scope));
  if (kept) return { shallow: kept.shallow, logOutput: kept.output };
  const [shallow, logOutput] = await Promise.all([isShallow(git), readLog(git, scope.recordRoot)]);
  return { shallow, logOutput };
}

/** `--raw --no-abbrev` names each version's blob, so its text is one cat-file lookup away. */
function logArgs(pathspec: string, revisions: readonly string[]): string[] {
  // `literal`: the records folder is a folder, even with `*` or `:` in its name.
  return ['log', '-z', LOG_FORMAT, '--raw', '--no-abbrev', '-M', '--diff-filter=AMRCD', ...revisions, '--', `:(literal)${pathspec}`];
}

async function readLog(git: GitRunner, pathspec: string): Promise<string> {
  try {
    return await git.raw(logArgs(pathspec, []));
  } catch (error) {
    // A repository without commits has no history yet: every record is new.
    if (error instanceof HypoError && /does not have any commits|bad default revision|unknown revision/i.test(error.message)) return '';
    throw error;
  }
}

export interface WalkedLog {
  /** By current path (relative to the git top level): files with at least one commit. */
  current: Map<string, FileHistory>;
  deleted: DeletedFileHistory[];
}

/** Record files only: the walk covers the records folder, where other files may live too. */
const RECORD_FILE = /\.ya?ml$/i;

/**
 * Newest commit first: each current path is followed back through renames; an add
 * ends its line (an older file at the same path was another file). A deletion starts
 * the line of a file that is gone now: an older file at that path, whose history is
 * followed back the same way.
 */
export function walkLog(output: string, currentPaths: readonly string[]): WalkedLog {
  const histories = new Map<string, FileHistory>(currentPaths.map((file) => [file, { versions: [] }]));
  const deleted: DeletedFileHistory[] = [];
  /** Path at this point of history → the line of history it belongs to. */
  const followed = new Map<string, { versions: FileVersion[] }>(histories);
  for (const { commit, changes } of parseLogOutput(output)) {
    for (const change of changes) {
      if (change.status === 'D') {
        // Gone after this commit: whatever is at this path now (if anything) is another file, never committed.
        if (!RECORD_FILE.test(change.path)) continue;
        const gone: DeletedFileHistory = { deleted: commit, versions: [] };
        deleted.push(gone);
        followed.set(change.path, gone);
        continue;
      }
      const line = followed.get(change.path);
      if (line === undefined) continue;
      line.versions.push({ commit, gitPath: change.path, blob: change.blob ?? `${commit.sha}:${change.path}` });
      followed.delete(change.path);
      // A rename continues the line at the old path; an add or a copy starts it; a change keeps it.
      if (change.status === 'R') followed.set(change.from!, line);
      else if (change.status === 'M' || change.status === 'T') followed.set(change.path, line);
    }
  }
  for (const [file, history] of histories) {
    if (history.versions.length === 0) {
      histories.delete(file);
      continue;
    }
    history.changed = history.versions[0]!.commit;
    history.added = history.versions.at(-1)!.commit;
  }
  return { current: histories, deleted: deleted.filter((gone) => gone.versions.length > 0) };
}
