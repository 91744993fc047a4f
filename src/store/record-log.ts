// One record's history from git in two processes, however many commits it has:
// `git log --follow` for the commits and the file's path at each, then one
// `git cat-file --batch` for the text of every version and of the version before it.
import path from 'node:path';
import { HypoError } from '../model/hypo-error.js';
import { decodeRecordBytes } from './decode-text.js';
import type { GitRunnerWithInput } from './git.js';
import type { CommitInfo } from './git-history.js';
import { LOG_FORMAT, parseLogOutput } from './git-log-output.js';
import { readBlobs } from './read-blobs.js';

export interface RecordVersion extends CommitInfo {
  /** The file's path at this commit, relative to the hypo repository root, with forward slashes. */
  file: string;
  /** The text at this commit; null when git holds no readable UTF-8 text there. */
  text: string | null;
  /**
   * The text just before this commit (in its first parent, at the path the file had there);
   * undefined for the commit that added the file, null when that text is not readable.
   */
  before: string | null | undefined;
}

export interface RecordLogScope {
  /** The hypo repository root (absolute); git runs here. */
  root: string;
  /** The git top level (absolute). */
  gitRoot: string;
}

interface LoggedCommit {
  commit: CommitInfo;
  /** Path relative to the git top level at this commit, and before it (undefined: the commit added the file). */
  gitPath: string;
  parentPath: string | undefined;
}

/** The versions of `file` (relative to the root), newest first; empty when it was never committed. */
export async function readRecordLog(git: GitRunnerWithInput, scope: RecordLogScope, file: string): Promise<RecordVersion[]> {
  const gitPath = path.relative(scope.gitRoot, path.join(scope.root, file)).split(path.sep).join('/');
  const commits = walkFollowLog(await readLog(git, file), gitPath);
  if (commits.length === 0) return [];

  const names = commits.flatMap(({ commit, gitPath: at, parentPath }) => [
    `${commit.sha}:${at}`,
    ...(parentPath === undefined ? [] : [`${commit.sha}^:${parentPath}`]),
  ]);
  const byName = await readBlobs(git, names);
  const textOf = (name: string, at: string): string | null => {
    const bytes = byName.get(name);
    return bytes ? (decodeRecordBytes(bytes, at).text ?? null) : null;
  };
  const toRootPath = (at: string) => path.relative(scope.root, path.join(scope.gitRoot, at)).split(path.sep).join('/');

  return commits.map(({ commit, gitPath: at, parentPath }) => ({
    ...commit,
    file: toRootPath(at),
    text: textOf(`${commit.sha}:${at}`, at),
    before: parentPath === undefined ? undefined : textOf(`${commit.sha}^:${parentPath}`, parentPath),
  }));
}

async function readLog(git: GitRunnerWithInput, file: string): Promise<string> {
  try {
    // `literal`: a path is a path, even with `*` or `:` in a folder name. A user's log.showSignature
    // or color.ui=always would mix other text into the output this parses.
    return await git.raw(['log', '--follow', '-z', '--no-show-signature', '--no-color', LOG_FORMAT, '--name-status', '--', `:(literal)${file}`]);
  } catch (error) {
    // A repository without commits has no history yet.
    if (error instanceof HypoError && /does not have any commits|bad default revision|unknown revision/i.test(error.message)) return '';
    throw error;
  }
}

/**
 * Newest commit first, tracking the path back through renames. The add that created the
 * file ends the line: an older file at the same path, deleted in between, was another record.
 */
function walkFollowLog(output: string, currentPath: string): LoggedCommit[] {
  const commits: LoggedCommit[] = [];
  let at = currentPath;
  for (const { commit, changes } of parseLogOutput(output)) {
    const entry = changes.find((change) => change.path === at);
    // No entry for the path (a merge listed without a diff): the file kept its path.
    if (!entry) {
      commits.push({ commit, gitPath: at, parentPath: at });
      continue;
    }
    // The commit deleted the file: no version there (the record was restored later).
    if (entry.status === 'D') continue;
    const parentPath = entry.status === 'A' ? undefined : (entry.from ?? at);
    commits.push({ commit, gitPath: at, parentPath });
    if (parentPath === undefined) break;
    at = parentPath;
  }
  return commits;
}
