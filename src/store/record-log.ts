// One record's history from git in two processes, however many commits it has:
// `git log --follow` for the commits, the file's path and its blobs at each, then one
// `git cat-file --batch` streaming every version once. A version is handed to the
// caller as it arrives and let go after its last use: memory holds a few versions,
// never the history.
import path from 'node:path';
import { HypoError } from '../model/hypo-error.js';
import type { CatFileObject } from './cat-file-stream.js';
import { MAX_RECORD_BYTES } from './decode-text.js';
import type { GitRunnerWithInput } from './git.js';
import type { CommitInfo } from './git-history.js';
import { LOG_FORMAT, parseLogOutput } from './git-log-output.js';
import { streamBlobs } from './read-blobs.js';
import { keysInOrder, pairVersionsInOrder, type VersionPair } from './versions-in-order.js';

export interface RecordCommit extends CommitInfo {
  /** The file's path at this commit, relative to the hypo repository root, with forward slashes. */
  file: string;
}

export interface RecordLogScope {
  /** The hypo repository root (absolute); git runs here. */
  root: string;
  /** The git top level (absolute). */
  gitRoot: string;
}

/** What the caller keeps of each version, and what it does with each commit. */
export interface RecordLogVisitor<T> {
  /**
   * One version as cat-file gave it (a blob over MAX_RECORD_BYTES as `too-large`, never
   * read) → what is kept of it; called once per distinct version. `at` is a path it had
   * (relative to the git top level), `newest` whether it is the newest commit's version.
   */
  read(object: CatFileObject, at: string, newest: boolean): T;
  /**
   * Each commit, newest first, as soon as its version and the one before it (in its first
   * parent, at the path the file had there) are read; `before` is undefined for the commit
   * that added the file.
   */
  visit(commit: RecordCommit, version: T, before: T | undefined): void;
}

interface LoggedCommit {
  commit: CommitInfo;
  /** Path relative to the git top level at this commit. */
  gitPath: string;
  /** cat-file names of the version and of the one before it, with the path each had. */
  pair: VersionPair;
  paths: { version: string; before: string | undefined };
}

/** Walks the versions of `file` (relative to the root), newest first; none when it was never committed. */
export async function readRecordLog<T>(git: GitRunnerWithInput, scope: RecordLogScope, file: string, visitor: RecordLogVisitor<T>): Promise<void> {
  const gitPath = path.relative(scope.gitRoot, path.join(scope.root, file)).split(path.sep).join('/');
  const commits = walkFollowLog(await readLog(git, file), gitPath);
  if (commits.length === 0) return;

  const toRootPath = (at: string) => path.relative(scope.root, path.join(scope.gitRoot, at)).split(path.sep).join('/');
  const pairs = commits.map((each) => each.pair);
  // A version's path, for messages: the first one it is met at.
  const pathOf = new Map<string, string>();
  for (const { pair, paths } of commits) {
    if (!pathOf.has(pair.version)) pathOf.set(pair.version, paths.version);
    if (pair.before !== undefined && !pathOf.has(pair.before)) pathOf.set(pair.before, paths.before!);
  }
  const newest = pairs[0]!.version;
  const arrive = pairVersionsInOrder<T>(pairs, (index, version, before) => {
    const { commit, gitPath: at } = commits[index]!;
    visitor.visit({ ...commit, file: toRootPath(at) }, version, before);
  });
  await streamBlobs(git, keysInOrder(pairs), MAX_RECORD_BYTES, (key, object) => arrive(key, visitor.read(object, pathOf.get(key)!, key === newest)));
}

async function readLog(git: GitRunnerWithInput, file: string): Promise<string> {
  try {
    // `literal`: a path is a path, even with `*` or `:` in a folder name. A user's log.showSignature
    // or color.ui=always would mix other text into the output this parses. `--raw --no-abbrev`
    // names the blobs before and after each change: a version is then read once, by its id.
    return await git.raw(['log', '--follow', '-z', '--no-show-signature', '--no-color', LOG_FORMAT, '--raw', '--no-abbrev', '--', `:(literal)${file}`]);
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
    // No entry for the path (a merge listed without a diff): the file kept its path, and git finds both versions by name.
    if (!entry) {
      commits.push({ commit, gitPath: at, pair: { version: `${commit.sha}:${at}`, before: `${commit.sha}^:${at}` }, paths: { version: at, before: at } });
      continue;
    }
    // The commit deleted the file: no version there (the record was restored later).
    if (entry.status === 'D') continue;
    const parentPath = entry.status === 'A' ? undefined : (entry.from ?? at);
    const before = parentPath === undefined ? undefined : (entry.previousBlob ?? `${commit.sha}^:${parentPath}`);
    commits.push({ commit, gitPath: at, pair: { version: entry.blob ?? `${commit.sha}:${at}`, before }, paths: { version: at, before: parentPath } });
    if (parentPath === undefined) break;
    at = parentPath;
  }
  return commits;
}
