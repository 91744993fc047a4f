// A `git log` walk's output kept between runs, keyed by the commit it started from
// (docs/decisions/0009): the records' walk (git-history.ts) and the code's
// (code-history.ts) print history, and history below a commit never changes. So with
// HEAD where it was, the kept output is the answer; with HEAD moved forward by plain
// commits, git prints only the new ones (`OLD..HEAD`) and they go in front of the
// kept output, byte for byte what the whole walk prints; anything else (a rebase, a
// reset, an amend, a merge, an entry that does not validate) walks again from the
// start. A shallow clone is never kept: fetching more of it changes its history
// without moving HEAD.
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { replaceFileAtomic } from './atomic-write.js';
import { buildStamp } from './cache-folder.js';
import type { GitRunner } from './git.js';

/** Raised when the stored form changes: an entry of another version is a miss. */
const FORMAT_VERSION = 1;

export interface HeadKeyedLogRequest {
  /** hypo's cache folder (cacheFolder(env)). */
  folder: string;
  /** What the walk is, for the entry's file name: `records`, `code`. */
  name: string;
  /**
   * Everything else the output depends on: the git top level, the arguments without the
   * revision. An entry made with other values is a miss.
   */
  key: readonly string[];
  /** The `git log` arguments for a revision or a range (the revision goes before `--`). */
  args(revisions: string): readonly string[];
}

export interface HeadKeyedLog {
  /** What `git log` over HEAD prints. */
  output: string;
  shallow: boolean;
  /** How it was read: for tests and measurements. */
  source: 'kept' | 'extended' | 'walked' | 'shallow';
}

/** The header line of an entry; the log's output follows it, after one line break. */
interface EntryHeader {
  version: number;
  stamp: string;
  key: string;
  head: string;
  /** sha256 of the output: an entry cut short or edited is a miss. */
  digest: string;
}

const COMMIT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/**
 * The log over HEAD through the cache; undefined when HEAD names no commit yet (a
 * repository without commits): the caller reads as it would without a cache.
 */
export async function readHeadKeyedLog(git: GitRunner, request: HeadKeyedLogRequest): Promise<HeadKeyedLog | undefined> {
  // The arguments are part of the key: a build that asks git for something else never reads an older build's answer.
  const key = JSON.stringify([request.name, ...request.key, ...request.args('<revision>')]);
  const file = entryFile(request.folder, request.name, key);
  const [state, stored, stamp] = await Promise.all([
    headState(git),
    readFile(file, 'utf8').catch(() => undefined),
    buildStamp(import.meta.url).catch(() => undefined),
  ]);
  if (!state) return undefined;
  const { head, shallow } = state;
  if (shallow) return { output: await git.raw(request.args(head)), shallow, source: 'shallow' };
  const kept = stored === undefined || stamp === undefined ? undefined : parseEntry(stored, key, stamp);
  if (kept?.head === head) return { output: kept.output, shallow, source: 'kept' };
  let output: string;
  let source: HeadKeyedLog['source'];
  if (kept && (await extendsLinearly(git, kept.head, head))) {
    output = (await git.raw(request.args(`${kept.head}..${head}`))) + kept.output;
    source = 'extended';
  } else {
    output = await git.raw(request.args(head));
    source = 'walked';
  }
  if (stamp !== undefined) await writeEntry(request.folder, file, { version: FORMAT_VERSION, stamp, key, head, digest: digestOf(output) }, output);
  return { output, shallow, source };
}

/** The commit checked out and whether the clone is shallow, in one process; undefined before the first commit. */
async function headState(git: GitRunner): Promise<{ head: string; shallow: boolean } | undefined> {
  let printed: string;
  try {
    printed = await git.raw(['rev-parse', '--is-shallow-repository', '--verify', 'HEAD^{commit}']);
  } catch {
    return undefined;
  }
  const [shallow, head] = printed.trim().split('\n');
  if (head === undefined || !COMMIT_ID.test(head) || (shallow !== 'true' && shallow !== 'false')) return undefined;
  return { head, shallow: shallow === 'true' };
}

/**
 * Whether `head` is `old` plus commits of one parent each: then the walk over `head` prints
 * those commits, newest first, and then exactly what the walk over `old` printed. A merge
 * among them could interleave its branch's commits with older ones (git orders by date)
 * or leave older ones out (history simplification), so it walks again.
 */
async function extendsLinearly(git: GitRunner, old: string, head: string): Promise<boolean> {
  let printed: string;
  try {
    printed = await git.raw(['rev-list', '--parents', `${old}..${head}`, '--']);
  } catch {
    // `old` is gone (garbage-collected after a rebase): not an ancestor.
    return false;
  }
  let expected = head;
  for (const line of printed.split('\n')) {
    if (!line) continue;
    const [commit, ...parents] = line.split(' ');
    if (commit !== expected || parents.length !== 1) return false;
    expected = parents[0]!;
  }
  return expected === old && expected !== head;
}

function entryFile(folder: string, name: string, key: string): string {
  const id = createHash('sha256').update(key).digest('hex').slice(0, 24);
  return path.join(folder, `log-${name}-${id}.txt`);
}

function digestOf(output: string): string {
  return createHash('sha256').update(output).digest('hex');
}

/** The entry's head and output when it is exactly what writeEntry wrote for this key and build; else undefined. */
function parseEntry(stored: string, key: string, stamp: string): { head: string; output: string } | undefined {
  const end = stored.indexOf('\n');
  if (end === -1) return undefined;
  let header: unknown;
  try {
    header = JSON.parse(stored.slice(0, end));
  } catch {
    return undefined;
  }
  if (!isEntryHeader(header) || header.version !== FORMAT_VERSION || header.stamp !== stamp || header.key !== key) return undefined;
  const output = stored.slice(end + 1);
  return digestOf(output) === header.digest ? { head: header.head, output } : undefined;
}

function isEntryHeader(value: unknown): value is EntryHeader {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.version === 'number' &&
    typeof entry.stamp === 'string' &&
    typeof entry.key === 'string' &&
    typeof entry.head === 'string' &&
    COMMIT_ID.test(entry.head) &&
    typeof entry.digest === 'string' &&
    /^[0-9a-f]{64}$/.test(entry.digest)
  );
}

async function writeEntry(folder: string, file: string, header: EntryHeader, output: string): Promise<void> {
  try {
    await mkdir(folder, { recursive: true });
    await replaceFileAtomic(file, `${JSON.stringify(header)}\n${output}`);
  } catch {
    // A cache that cannot be written is only a slower next run.
  }
}
