// The record files of a repository, each taken from the parse cache when the file is
// still the one that was parsed, else parsed again (in workers when there are many).
// Each file is looked at (stat) before it is read, so an entry's identity is never newer
// than its content. A file whose timestamps are not clearly older than the moment the
// files were looked at is parsed but not kept: it could still change within the same
// tick of the file system's clock and keep its identity (docs/decisions/0010). The cache
// is written only when what it should hold changed.
import { statSync } from 'node:fs';
import path from 'node:path';
import { packSourceMap, type SourceMap } from '../model/source-map.js';
import { type Looked, lookedFrom, lookingAt } from './file-identity.js';
import { type CachedParse, type ParseCacheScope, readParseCacheState, writeParseCache } from './parse-cache.js';
import type { LoadedFile } from './read-record-file.js';

export interface CachedParseOptions {
  /** The cache file of this repository. */
  cacheFile: string;
  scope: ParseCacheScope;
  /** How many parser workers for this many files to parse. */
  workers: (files: number) => number;
  /** The wall clock in milliseconds (the real one, never a test's fixed day): when the files were looked at. */
  now?: () => number;
  /**
   * Files looked at already in this run, before any of them was read (the check cache's
   * fingerprint takes a stat of each), by path: not looked at again. A path not in it is.
   */
  looked?: ReadonlyMap<string, Looked>;
}

export interface CachedParseResult {
  /** In the order of the paths given, as parsing them all would give them. */
  files: LoadedFile[];
  /** How many files were parsed rather than taken from the cache. */
  parsed: number;
  /** Whether the cache file was written. */
  written: boolean;
}

export async function parseRecordFilesCached(root: string, paths: readonly string[], options: CachedParseOptions): Promise<CachedParseResult> {
  const reading = readParseCacheState(options.cacheFile, options.scope);
  const lookedAtNs = lookingAt((options.now ?? Date.now)());
  // Joined by hand: the paths are plain relative ones, and path.join for each of thousands of files is a cost of its own.
  const prefix = root.endsWith(path.sep) ? root : `${root}${path.sep}`;
  const looked = paths.map((file): Looked | undefined => {
    const known = options.looked?.get(file);
    if (known) return known;
    const info = statSync(`${prefix}${file}`, { bigint: true, throwIfNoEntry: false });
    return info ? lookedFrom(info, lookedAtNs) : undefined;
  });
  const read = await reading;
  const cached = read.entries;

  const files: LoadedFile[] = new Array(paths.length);
  const misses: number[] = [];
  paths.forEach((file, index) => {
    const entry = cached.get(file);
    if (entry && entry.identity === looked[index]?.identity) files[index] = entry.loaded;
    else misses.push(index);
  });
  const parsed =
    misses.length === 0
      ? []
      : await parseMisses(
          root,
          misses.map((index) => paths[index]!),
          options.workers(misses.length),
        );

  // What the cache should hold now, in path order: the entries that hit, and the new parses of settled files.
  const fresh = new Map(misses.map((index, at) => [index, parsed[at]!]));
  const keep = new Map<string, CachedParse>();
  let added = 0;
  paths.forEach((file, index) => {
    const loaded = fresh.get(index);
    if (!loaded) {
      keep.set(file, cached.get(file)!);
      return;
    }
    files[index] = loaded;
    const now = looked[index];
    if (now?.settled) {
      keep.set(file, { identity: now.identity, loaded: packed(loaded) });
      added++;
    }
  });
  // New entries, or entries dropped (a file deleted, renamed or changed): the cache no longer says what it should.
  const written = added > 0 || paths.length - misses.length !== cached.size;
  if (written) await writeParseCache(options.cacheFile, options.scope, keep, read);
  return { files, parsed: misses.length, written };
}

/** The parser and the schemas load only when there is something to parse. */
async function parseMisses(root: string, files: readonly string[], workers: number): Promise<LoadedFile[]> {
  const { parseRecordFilesInParallel } = await import('./parse-in-parallel.js');
  return parseRecordFilesInParallel(root, files, workers);
}

/** The source map packed, as a worker sends it: two objects to store instead of hundreds. */
function packed(loaded: LoadedFile): LoadedFile {
  const map = loaded.sourceMap;
  return map && !('paths' in map) ? { ...loaded, sourceMap: packSourceMap(map as SourceMap) } : loaded;
}
