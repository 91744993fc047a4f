// The result of a full `hypo check`, kept between runs (like eslint's --cache): when nothing
// the walk saw changed since, the next check prints it again without loading the YAML
// parser or the schemas: a pre-commit hook stays instant. "Changed" is judged by size,
// inode and both timestamps in nanoseconds of the config, every record file and every
// folder the walk read (a folder's timestamps change when an entry is added, removed or
// renamed: a new link, a link loop), plus the walk's own problems (an unreadable folder).
// So any write, rename, checkout or new link invalidates it. A result that read git holds
// only while what it read stays the same: the commit checked out and the day
// (`success-after-test`), the list of tracked files (`code-matches-nothing`, as a hash of
// `git ls-files`: a file added to or removed from the index checks again); only such a
// result asks git again. An entry that is not exactly what hypo writes is a miss, never an
// answer and never an error. The cache lives in the user's cache folder.
import { createHash } from 'node:crypto';
import { type BigIntStats, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE_NAME } from '../model/config-defaults.js';
import { LANGS, type Lang } from '../model/lang.js';
import type { Problem } from '../model/problem.js';

import { buildStamp, cacheFileIn, writeCacheFile } from './cache-folder.js';
import { findRecordFiles } from './find-record-files.js';

export { cacheFolder } from './cache-folder.js';

export interface CachedCheck {
  /** What the cached result was computed from. */
  fingerprint: string;
  recordRoot: string;
  result: { ok: boolean; files: number; records: number; errors: number; warnings: number; problems: Problem[] };
  /** The text of files with problems, for code frames. */
  sources: Record<string, string>;
  strict: boolean;
  /** Set when the result read git (`success-after-test`): the commit checked out and the day it holds for. */
  head?: string;
  /** Set when the result matched `code:` globs against the files git tracks: their trackedStamp. */
  tracked?: string;
  /**
   * The config's `lang`, when it names one: the summary line's language. The config is in the
   * fingerprint, so a kept entry's lang is the config's of now, read without its schema.
   */
  lang?: Lang;
}

/** What a cached result that read git is compared with, asked only of results that did. */
export interface GitStamps {
  /** The commit checked out and the day. */
  head(): Promise<string>;
  /** The trackedStamp of the files git tracks now. */
  tracked(): Promise<string>;
}

/** The files git tracks, as one hash: any file added, removed or renamed changes it. */
export function trackedStamp(files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0');
  return hash.digest('hex');
}

/** A new build of hypo may judge records differently: its own file's stamp is part of every key. */
const ownBuildStamp = () => buildStamp(import.meta.url);

function cacheFile(folder: string, root: string): string {
  return cacheFileIn(folder, 'check', root, '.json');
}

/** What the walk of the records folder saw. */
export interface WalkSeen {
  /** Record files, relative to the root. */
  paths: readonly string[];
  folders: readonly string[];
  problems: readonly Problem[];
}

/** Each record file's stat as the fingerprint took it, by path relative to the root: for a caller that would otherwise stat it again. */
export type StatSeen = (file: string, info: BigIntStats) => void;

/** Everything the result depends on, as one hash: the build, the config file and all the walk saw. */
export async function fingerprintRepository(root: string, recordRoot: string, onStat?: StatSeen): Promise<string> {
  const { files, folders, problems } = await findRecordFiles(root, path.resolve(root, recordRoot), new Set([CONFIG_FILE_NAME]));
  return fingerprintFiles(root, { paths: files, folders, problems }, onStat);
}

/** The same, for a walk already made (a full check makes it anyway). */
export async function fingerprintFiles(root: string, seen: WalkSeen, onStat?: StatSeen): Promise<string> {
  const hash = createHash('sha256')
    .update(await ownBuildStamp())
    .update('\0');
  hash.update(await configIdentity(root)).update('\0');
  // One blocking stat after another: for thousands of small files cheaper than a promise each. The paths are plain relative ones below the root.
  const prefix = root.endsWith(path.sep) ? root : `${root}${path.sep}`;
  const add = (tag: string, file: string, found?: (info: BigIntStats) => void) =>
    hash.update(`${tag}${file}\0${identitySync(file === '' ? root : `${prefix}${file}`, found)}\n`);
  for (const file of seen.paths) add('f:', file, onStat && ((info) => onStat(file, info)));
  for (const folder of seen.folders) add('d:', folder);
  for (const problem of seen.problems) hash.update(`p:${problem.file}\0${problem.rule}\0${problem.message}\n`);
  return hash.digest('hex');
}

/** The config file's identity: taken before it is read, and compared after the check, a config edited meanwhile is never cached. */
export function configIdentity(root: string): Promise<string> {
  return identity(path.join(root, CONFIG_FILE_NAME));
}

function identitySync(file: string, found?: (info: BigIntStats) => void): string {
  try {
    const info = statSync(file, { bigint: true, throwIfNoEntry: false });
    if (info) found?.(info);
    return info ? `${info.size}:${info.ino}:${info.mtimeNs}:${info.ctimeNs}` : 'absent';
  } catch {
    return 'absent';
  }
}

async function identity(file: string): Promise<string> {
  try {
    const info = await stat(file, { bigint: true });
    return `${info.size}:${info.ino}:${info.mtimeNs}:${info.ctimeNs}`;
  } catch {
    return 'absent';
  }
}

/** The fingerprint a missed lookup took, and of which records folder: a check that follows may key its result by it. */
export interface TakenFingerprint {
  recordRoot: string;
  fingerprint: string;
}

/**
 * The cached result for this repository, when nothing it depends on changed. On a miss,
 * `taken` gets the fingerprint the lookup took: taken before any record is read, it may key
 * the result of the check that follows (a change made since leaves that result unused),
 * sparing it a second stat of every file.
 */
export async function readCachedCheck(
  folder: string,
  root: string,
  strict: boolean,
  now: GitStamps,
  taken?: (fingerprint: TakenFingerprint) => void,
  onStat?: StatSeen,
): Promise<CachedCheck | undefined> {
  let text: string;
  try {
    text = await readFile(cacheFile(folder, root), 'utf8');
  } catch {
    return undefined;
  }
  // The stamps alone first: the result is megabytes of JSON at 10,000 records, parsed only once they say it still holds.
  const stamps = stampsFirst(text);
  let entry = stamps ? undefined : parsedEntry(text);
  const kept = stamps ?? entry;
  if (!kept || kept.strict !== strict) return undefined;
  const fingerprint = await fingerprintRepository(root, kept.recordRoot, onStat).catch(() => undefined);
  if (fingerprint !== undefined) taken?.({ recordRoot: kept.recordRoot, fingerprint });
  if (fingerprint === undefined || fingerprint !== kept.fingerprint) return undefined;
  entry ??= parsedEntry(text);
  if (!entry || entry.fingerprint !== fingerprint || entry.recordRoot !== kept.recordRoot || entry.strict !== strict) return undefined;
  // Only a result that read git asks git again; the others stay free of any process.
  const [head, tracked] = await Promise.all([
    entry.head === undefined ? undefined : now.head().catch(() => undefined),
    entry.tracked === undefined ? undefined : now.tracked().catch(() => undefined),
  ]);
  if (head !== entry.head || tracked !== entry.tracked) return undefined;
  return entry;
}

export async function writeCachedCheck(folder: string, root: string, entry: CachedCheck): Promise<void> {
  // The stamps a lookup compares come first, in this order (stampsFirst).
  const { fingerprint, recordRoot, strict, ...rest } = entry;
  await writeCacheFile(cacheFile(folder, root), () => JSON.stringify({ fingerprint, recordRoot, strict, ...rest }));
}

/** What a lookup compares before anything else. */
type Stamps = Pick<CachedCheck, 'fingerprint' | 'recordRoot' | 'strict'>;

const STAMPS_FIRST = /^\{"fingerprint":"([0-9a-f]{64})","recordRoot":("(?:[^"\\]|\\.)*"),"strict":(true|false)[,}]/;

/** The stamps at the start of an entry as writeCachedCheck writes it, read without parsing the rest; undefined for any other start. */
function stampsFirst(text: string): Stamps | undefined {
  const match = STAMPS_FIRST.exec(text);
  if (!match) return undefined;
  try {
    return { fingerprint: match[1]!, recordRoot: JSON.parse(match[2]!) as string, strict: match[3] === 'true' };
  } catch {
    return undefined;
  }
}

function parsedEntry(text: string): CachedCheck | undefined {
  try {
    const entry: unknown = JSON.parse(text);
    return isCachedCheck(entry) ? entry : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Exactly the shape writeCachedCheck writes, checked member by member. By hand rather than
 * with the zod schemas: loading zod would cost a cached check what the cache saves it.
 */
function isCachedCheck(value: unknown): value is CachedCheck {
  if (!isObject(value) || !isObject(value.result) || !isObject(value.sources)) return false;
  const { result } = value;
  return (
    typeof value.fingerprint === 'string' &&
    /^[0-9a-f]{64}$/.test(value.fingerprint) &&
    typeof value.recordRoot === 'string' &&
    typeof value.strict === 'boolean' &&
    (value.head === undefined || typeof value.head === 'string') &&
    (value.tracked === undefined || typeof value.tracked === 'string') &&
    (value.lang === undefined || (LANGS as readonly unknown[]).includes(value.lang)) &&
    typeof result.ok === 'boolean' &&
    ['files', 'records', 'errors', 'warnings'].every((key) => Number.isInteger(result[key])) &&
    Array.isArray(result.problems) &&
    result.problems.every(isProblem) &&
    Object.values(value.sources).every((text) => typeof text === 'string')
  );
}

/** A problem exactly as hypo makes one; shared with the parse cache. */
export function isProblem(value: unknown): value is Problem {
  return (
    isObject(value) &&
    typeof value.file === 'string' &&
    Number.isInteger(value.line) &&
    Number.isInteger(value.column) &&
    (value.endLine === undefined || Number.isInteger(value.endLine)) &&
    (value.endColumn === undefined || Number.isInteger(value.endColumn)) &&
    (value.severity === 'error' || value.severity === 'warning') &&
    typeof value.rule === 'string' &&
    typeof value.message === 'string'
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
