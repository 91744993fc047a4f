// A `git log` walk's output kept between runs, keyed by the commit it started from
// (docs/decisions/0009): the records' walk (git-history.ts) and the code's
// (code-history.ts) print history, and history below a commit never changes. So with
// HEAD where it was, the kept output is the answer; with HEAD moved forward, git prints
// only the new commits (`OLD..HEAD`) and they are put where the whole walk prints them:
// in front of the kept output for plain commits, and among the kept commits, in git's
// own order (log-walk-order.ts), when merges came in. Anything else (a rebase, a reset,
// an amend, an entry that does not validate, a shape the order cannot be worked out for)
// walks again from the start. A shallow clone is never kept: fetching more of it changes
// its history without moving HEAD.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { buildStamp, cacheFileIn, writeCacheFile } from './cache-folder.js';
import type { GitRunner, GitRunnerWithInput } from './git.js';
import { FIELD_SEPARATOR, RECORD_SEPARATOR } from './git-log-output.js';
import { simplifiedParents, type WalkCommit, walkOrder } from './log-walk-order.js';

/** Raised when the stored form changes: an entry of another version is a miss. */
const FORMAT_VERSION = 2;

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
  /**
   * The `git log` arguments for a revision or a range (the revision goes before `--`). Its
   * format must print each commit as `\x1e<full commit id>\x1f…`, as both walks' do: the
   * output is cut into commits there.
   */
  args(revisions: string): readonly string[];
  /**
   * The folder the arguments' pathspec names (relative to where git runs), when they have
   * one: git then simplifies history by it, and placing merged commits needs to know what
   * each merge holds there. None: the walk has no pathspec and follows every parent.
   */
  pathspecFolder?: string;
}

export interface HeadKeyedLog {
  /** What `git log` over HEAD prints. */
  output: string;
  shallow: boolean;
}

/** The header line of an entry; the walk's graph (when kept) and then the log's output follow it, after one line break. */
interface EntryHeader {
  version: number;
  stamp: string;
  key: string;
  head: string;
  /** How many characters of what follows are the graph (graphText); 0: none kept. */
  graph: number;
  /** sha256 of what follows the header: an entry cut short or edited is a miss. */
  digest: string;
}

/** A kept walk: the commit it started from, what git printed, and the commits it visited when known. */
interface KeptWalk {
  head: string;
  output: string;
  /** `<commit> <committer time> <parents followed>…` per visited commit, a line each; absent until a merge needed it. */
  graph?: string;
}

/** One commit as `git rev-list --timestamp --parents` lists it. */
interface ListedCommit {
  sha: string;
  time: number;
  parents: string[];
}

const COMMIT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/**
 * The log over HEAD through the cache; undefined when HEAD names no commit yet (a
 * repository without commits): the caller reads as it would without a cache.
 */
export async function readHeadKeyedLog(git: GitRunner, request: HeadKeyedLogRequest): Promise<HeadKeyedLog | undefined> {
  const key = entryKey(request);
  const file = entryFile(request.folder, request.name, key);
  const [state, stored, stamp] = await Promise.all([
    headState(git),
    readFile(file, 'utf8').catch(() => undefined),
    buildStamp(import.meta.url).catch(() => undefined),
  ]);
  if (!state) return undefined;
  const { head, shallow } = state;
  if (shallow) return { output: await git.raw(request.args(head)), shallow };
  const kept = stored === undefined || stamp === undefined ? undefined : parseEntry(stored, key, stamp);
  if (kept?.head === head) return { output: kept.output, shallow };
  const walk = (kept && (await extendWalk(git, request, kept, head))) || { head, output: await git.raw(request.args(head)) };
  if (stamp !== undefined) await writeEntry(file, { version: FORMAT_VERSION, stamp, key }, walk);
  return { output: walk.output, shallow };
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

/** The walk over `head` from the kept one and the commits since, when `head` descends from it; else undefined. */
async function extendWalk(git: GitRunner, request: HeadKeyedLogRequest, kept: KeptWalk, head: string): Promise<KeptWalk | undefined> {
  const listed = await listCommits(git, `${kept.head}..${head}`);
  // The kept commit is an ancestor of HEAD exactly when some commit since has it as a parent.
  if (!listed?.some((commit) => commit.parents.includes(kept.head))) return undefined;
  if (isChain(listed, kept.head, head)) {
    // Commits of one parent each: the walk visits them, newest first, and then exactly what the walk over the kept commit did.
    const output = (await git.raw(request.args(`${kept.head}..${head}`))) + kept.output;
    return { head, output, ...(kept.graph === undefined ? {} : { graph: graphText(listed.map((commit) => [commit.sha, commit])) + kept.graph }) };
  }
  return extendAcrossMerges(git, request, kept, head, listed);
}

/**
 * Whether `listed` (`OLD..HEAD`, newest first) is HEAD, its parent, its parent's parent…
 * down to `old`, each of one parent: a merge among them places its branch among the older
 * commits (git orders by date) or leaves some out (history simplification), which
 * extendAcrossMerges works out.
 */
function isChain(listed: readonly ListedCommit[], old: string, head: string): boolean {
  let expected = head;
  for (const commit of listed) {
    if (commit.sha !== expected || commit.parents.length !== 1) return false;
    expected = commit.parents[0]!;
  }
  return expected === old && expected !== head;
}

/**
 * With merges among the new commits: the walk over HEAD visits the new commits and the
 * kept ones in one order by committer time, following only the parents history
 * simplification keeps. That order is worked out (log-walk-order.ts) from each commit's
 * time and followed parents: the new ones' from git, the kept ones' from the entry's graph
 * (made once from git when the entry has none, and checked against the kept output). Each
 * commit prints the same text in any walk that prints it, so the output is the printed
 * commits' texts in that order. Undefined (walk from HEAD) when a commit the walk reaches
 * is described nowhere, or anything does not add up.
 */
async function extendAcrossMerges(
  git: GitRunner,
  request: HeadKeyedLogRequest,
  kept: KeptWalk,
  head: string,
  listed: readonly ListedCommit[],
): Promise<KeptWalk | undefined> {
  const keptTexts = commitTexts(kept.output);
  if (!keptTexts) return undefined;
  const [keptGraph, followed] = await Promise.all([
    kept.graph === undefined ? rebuildGraph(git, request, kept.head, keptTexts) : Promise.resolve(parseGraph(kept.graph)),
    followedParents(git, request, listed),
  ]);
  if (!keptGraph || !followed) return undefined;
  const commits = new Map(keptGraph);
  for (const [sha, commit] of followed) commits.set(sha, commit);
  // Before git prints anything: a merge that reaches kept history the kept walk never visited walks again.
  const order = walkOrder(head, commits);
  if (!order) return undefined;
  const freshTexts = commitTexts(await git.raw(request.args(`${kept.head}..${head}`)));
  if (!freshTexts) return undefined;
  // Only new commits print in `OLD..HEAD`; anything else means git saw history otherwise than listed.
  for (const sha of freshTexts.keys()) if (!followed.has(sha)) return undefined;
  // A new commit the walk visits is visited by `OLD..HEAD` too, which prints it if the whole walk does; a kept one printed in the kept walk.
  const output = order.map((sha) => (followed.has(sha) ? freshTexts.get(sha) : keptTexts.get(sha)) ?? '').join('');
  return { head, output, graph: graphText(order.map((sha) => [sha, commits.get(sha)!])) };
}

/**
 * The kept walk's graph, for an entry that has none: every commit of the kept commit's
 * history with its time and the parents the walk follows, walked in git's order; only when
 * the commits that order prints are exactly the kept output's, in its order, is it the
 * graph of that walk.
 */
async function rebuildGraph(
  git: GitRunner,
  request: HeadKeyedLogRequest,
  old: string,
  keptTexts: ReadonlyMap<string, string>,
): Promise<Map<string, WalkCommit> | undefined> {
  const listed = await listCommits(git, old);
  if (!listed) return undefined;
  const followed = await followedParents(git, request, listed);
  if (!followed) return undefined;
  const order = walkOrder(old, followed);
  if (!order) return undefined;
  const printed = order.filter((sha) => keptTexts.has(sha));
  const keptOrder = [...keptTexts.keys()];
  if (printed.length !== keptOrder.length || printed.some((sha, at) => sha !== keptOrder[at])) return undefined;
  return new Map(order.map((sha) => [sha, followed.get(sha)!]));
}

/** `git rev-list --timestamp --parents <revisions>`: every commit with its committer time and parents; undefined when git cannot list them. */
async function listCommits(git: GitRunner, revisions: string): Promise<ListedCommit[] | undefined> {
  let printed: string;
  try {
    printed = await git.raw(['rev-list', '--timestamp', '--parents', revisions, '--']);
  } catch {
    // The kept commit is gone (garbage-collected after a rebase): no ancestor.
    return undefined;
  }
  const listed: ListedCommit[] = [];
  for (const line of printed.split('\n')) {
    if (!line) continue;
    const [time, sha, ...parents] = line.split(' ');
    if (!/^\d+$/.test(time!) || !COMMIT_ID.test(sha!) || !parents.every((parent) => COMMIT_ID.test(parent))) return undefined;
    listed.push({ sha: sha!, time: Number(time), parents });
  }
  return listed;
}

/**
 * Each commit with the parents the walk follows: all of them without a pathspec; with
 * one, what history simplification keeps, from what each merge and its parents hold in
 * the pathspec's folder (one `git cat-file --batch-check` for them all).
 */
async function followedParents(git: GitRunner, request: HeadKeyedLogRequest, listed: readonly ListedCommit[]): Promise<Map<string, WalkCommit> | undefined> {
  const followed = new Map<string, WalkCommit>();
  if (request.pathspecFolder === undefined) {
    for (const commit of listed) followed.set(commit.sha, { time: commit.time, parents: commit.parents });
    return followed;
  }
  const merges = listed.filter((commit) => commit.parents.length > 1);
  const content = await folderContents(
    git,
    request.pathspecFolder,
    merges.flatMap((merge) => [merge.sha, ...merge.parents]),
  );
  if (!content) return undefined;
  for (const commit of listed) {
    const parents = simplifiedParents(commit.sha, commit.parents, content);
    if (!parents) return undefined;
    followed.set(commit.sha, { time: commit.time, parents });
  }
  return followed;
}

/**
 * What each commit holds in `folder` (relative to where git runs): its tree id, or '' for
 * nothing there. Undefined when git cannot be asked through its input, or the folder is
 * something other than a folder in some commit (a file, a link, a submodule): its mode,
 * which --batch-check does not print, could then tell two of them apart.
 */
async function folderContents(git: GitRunner, folder: string, commits: readonly string[]): Promise<Map<string, string> | undefined> {
  const content = new Map<string, string>();
  const unique = [...new Set(commits)];
  if (unique.length === 0) return content;
  if (!hasInput(git) || /[\n\r]/.test(folder)) return undefined;
  const normal = path.posix.normalize(folder).replace(/\/+$/, '');
  // `./`: relative to where git runs, as the pathspec is.
  const spec = normal === '.' || normal === '' ? './' : `./${normal}`;
  const chunks: Uint8Array[] = [];
  try {
    await git.streamWithInput(['cat-file', '--batch-check'], unique.map((sha) => `${sha}:${spec}\n`).join(''), (chunk) => chunks.push(chunk));
  } catch {
    return undefined;
  }
  const lines = Buffer.concat(chunks).toString('utf8').split('\n');
  for (const [at, sha] of unique.entries()) {
    const line = lines[at];
    if (line === `${sha}:${spec} missing`) {
      content.set(sha, '');
      continue;
    }
    const [id, type] = (line ?? '').split(' ');
    if (type !== 'tree' || !COMMIT_ID.test(id!)) return undefined;
    content.set(sha, id!);
  }
  return content;
}

function hasInput(git: GitRunner): git is GitRunnerWithInput {
  return typeof (git as Partial<GitRunnerWithInput>).streamWithInput === 'function';
}

/** Each printed commit's text (from its `\x1e` to the next), by commit, in the output's order; undefined when the output does not cut cleanly. */
function commitTexts(output: string): Map<string, string> | undefined {
  const texts = new Map<string, string>();
  const parts = output.split(RECORD_SEPARATOR);
  if (parts[0] !== '') return undefined;
  for (const part of parts.slice(1)) {
    const sha = part.slice(0, part.indexOf(FIELD_SEPARATOR));
    // A separator inside a commit's text (a subject, a path) would cut it wrongly: such output is never reordered.
    if (!COMMIT_ID.test(sha) || texts.has(sha)) return undefined;
    texts.set(sha, `${RECORD_SEPARATOR}${part}`);
  }
  return texts;
}

function graphText(commits: readonly (readonly [string, WalkCommit])[]): string {
  return commits.map(([sha, commit]) => `${[sha, String(commit.time), ...commit.parents].join(' ')}\n`).join('');
}

function parseGraph(text: string): Map<string, WalkCommit> | undefined {
  const commits = new Map<string, WalkCommit>();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const [sha, time, ...parents] = line.split(' ');
    if (!COMMIT_ID.test(sha!) || !/^\d+$/.test(time!) || !parents.every((parent) => COMMIT_ID.test(parent))) return undefined;
    commits.set(sha!, { time: Number(time), parents });
  }
  return commits;
}

// The arguments are part of the key: a build that asks git for something else never reads an older build's answer.
function entryKey(request: HeadKeyedLogRequest): string {
  return JSON.stringify([request.name, ...request.key, ...request.args('<revision>')]);
}

function entryFile(folder: string, name: string, key: string): string {
  return cacheFileIn(folder, `log-${name}`, key, '.txt');
}

function digestOf(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}

/** The entry's walk when it is exactly what writeEntry wrote for this key and build; else undefined. */
function parseEntry(stored: string, key: string, stamp: string): KeptWalk | undefined {
  const end = stored.indexOf('\n');
  if (end === -1) return undefined;
  let header: unknown;
  try {
    header = JSON.parse(stored.slice(0, end));
  } catch {
    return undefined;
  }
  if (!isEntryHeader(header) || header.version !== FORMAT_VERSION || header.stamp !== stamp || header.key !== key) return undefined;
  const body = stored.slice(end + 1);
  if (digestOf(body) !== header.digest || header.graph > body.length) return undefined;
  return { head: header.head, output: body.slice(header.graph), ...(header.graph > 0 ? { graph: body.slice(0, header.graph) } : {}) };
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
    Number.isSafeInteger(entry.graph) &&
    (entry.graph as number) >= 0 &&
    typeof entry.digest === 'string' &&
    /^[0-9a-f]{64}$/.test(entry.digest)
  );
}

async function writeEntry(file: string, header: Pick<EntryHeader, 'version' | 'stamp' | 'key'>, walk: KeptWalk): Promise<void> {
  const graph = walk.graph ?? '';
  const body = graph + walk.output;
  await writeCacheFile(file, () => `${JSON.stringify({ ...header, head: walk.head, graph: graph.length, digest: digestOf(body) })}\n${body}`);
}
