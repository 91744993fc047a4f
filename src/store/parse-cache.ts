// Each record file's parse, kept between runs in one file per repository in the user's
// cache folder, so that every command parses only the files that changed since (see
// docs/decisions/0010). An entry is the loaded file as parsing gave it, its source map
// packed as a parser worker sends it (model/source-map.ts), its data as JSON text and its
// record as a mark when it is that data again (StoredFile below), under the file's
// identity when it was looked at: device, inode, size, and both timestamps in
// nanoseconds. The whole cache holds for one build of hypo and one config. It is
// written with v8's serializer, the structured clone the workers already send their
// results in: the texts and packed source maps read back several times faster than as
// JSON, the data's many small objects faster from JSON text. A file that is not exactly
// what hypo writes (another format or build, cut short, a wrong checksum, an entry of
// the wrong shape) is a miss, never an error.
//
// A run that parsed a few files anew does not write the whole cache again (at 10,000
// records ~20 MB to encode, hash and sync, for one edited file): it writes what changed
// since the whole file was written into a small changes file beside it, bound to the
// whole file by its checksum, and a read applies those changes to it. Once the changes
// are more than a sixteenth of the whole, the whole file is written again and the
// changes file removed. A changes file of another whole file (one written since) is
// ignored: its entries are misses, never wrong answers.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { HypoConfig } from '../model/config-schema.js';
import { KINDS } from '../model/vocabulary.js';

import { buildStamp, cacheFileIn, writeCacheFile } from './cache-folder.js';
import { isProblem } from './check-cache.js';
import { frameCacheFile, unframeCacheFile } from './framed-cache-file.js';
import type { LoadedFile } from './read-record-file.js';

/** The first line of every cache file; a new layout gets a new number. */
const FORMAT = 'hypo-parse-cache 3';
/** The first line of a changes file. */
const CHANGES_FORMAT = 'hypo-parse-cache-changes 1';

/** The changes are written on their own while they are at most this share of the whole cache's entries. */
const CHANGES_SHARE = 1 / 16;

/** What the whole cache holds for: a build of hypo and a config. */
export interface ParseCacheScope {
  build: string;
  config: string;
}

/** One file's cached parse and the identity of the file it was read from. */
export interface CachedParse {
  identity: string;
  loaded: LoadedFile;
}

export function parseCacheFile(folder: string, root: string): string {
  return cacheFileIn(folder, 'parse', root, '.bin');
}

/** The changes file beside a cache file: the entries parsed, changed or dropped since the whole file was written. */
export function parseChangesFile(cacheFile: string): string {
  return path.join(path.dirname(cacheFile), `reparsed-${path.basename(cacheFile)}`);
}

/** What one read of the cache found: the entries, and the whole file they rest on, which a small change is written against. */
export interface ParseCacheState {
  entries: Map<string, CachedParse>;
  /** The whole file's entries before its changes, and its payload's checksum, which names it. */
  base?: { sha256: string; entries: ReadonlyMap<string, CachedParse> };
}

let version: string | undefined;

/** The build of hypo: its version and the check cache's build stamp (a rebuild changes it). */
export async function parseCacheBuild(): Promise<string> {
  version ??= readVersion();
  return `${version} ${await buildStamp(import.meta.url)}`;
}

function readVersion(): string {
  try {
    const { version: found } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof found === 'string' ? found : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The config as loaded, as one hash: any setting that could judge a record differently starts the cache afresh. */
export function configHash(config: HypoConfig): string {
  return createHash('sha256').update(JSON.stringify(config)).digest('hex');
}

/** The cached parses of a repository by file, or an empty map when there is no usable cache. */
export async function readParseCache(file: string, scope: ParseCacheScope): Promise<Map<string, CachedParse>> {
  return (await readParseCacheState(file, scope)).entries;
}

/** The whole cache file with its changes file applied, when that is one of this whole file; no entries when there is no usable cache. */
export async function readParseCacheState(file: string, scope: ParseCacheScope): Promise<ParseCacheState> {
  const [whole, changes] = await Promise.all([readFile(file).catch(() => undefined), readFile(parseChangesFile(file)).catch(() => undefined)]);
  const base = whole === undefined ? undefined : decodeFramedEntries(whole, FORMAT, scope);
  if (!base) return { entries: new Map() };
  const state: ParseCacheState = { entries: new Map(base.entries), base: { sha256: base.header.sha256 as string, entries: base.entries } };
  const changed = changes === undefined ? undefined : decodeFramedEntries(changes, CHANGES_FORMAT, scope);
  if (changed && changed.header.base === state.base!.sha256 && isNameList(changed.header.dropped)) {
    for (const name of changed.header.dropped) state.entries.delete(name);
    for (const [name, entry] of changed.entries) state.entries.set(name, entry);
  }
  return state;
}

/** Cache file bytes → entries; anything unexpected yields none. */
export function decodeParseCache(bytes: Uint8Array, scope: ParseCacheScope): Map<string, CachedParse> {
  return decodeFramedEntries(bytes, FORMAT, scope)?.entries ?? new Map();
}

/** The header and entries of a cache or changes file, or undefined for anything unexpected. */
function decodeFramedEntries(
  bytes: Uint8Array,
  format: string,
  scope: ParseCacheScope,
): { header: Readonly<Record<string, unknown>>; entries: Map<string, CachedParse> } | undefined {
  const entries = new Map<string, CachedParse>();
  try {
    const framed = unframeCacheFile(bytes, format);
    if (!framed) return undefined;
    const { header, payload } = framed;
    if (header.build !== scope.build || header.config !== scope.config) return undefined;
    if (typeof header.main !== 'number' || !Number.isInteger(header.main) || header.main < 0 || header.main > payload.length) return undefined;
    const rows: unknown = deserialize(payload.subarray(0, header.main));
    const sides = payload.subarray(header.main);
    if (!Array.isArray(rows)) return undefined;
    for (const row of rows) {
      if (!Array.isArray(row) || row.length !== 5) return undefined;
      const [name, identity, stored, start, end] = row as unknown[];
      if (typeof name !== 'string' || typeof identity !== 'string' || !isObject(stored) || !isSideRange(start, end, sides.length)) return undefined;
      const loaded = unpacked(stored, start, end as number, sides);
      // The text and source map were checked when the entry was written (encodeParseCache), and the checksum holds them since.
      if (!isLoadedFile(loaded, name, false)) return undefined;
      storedForms.set(loaded, { stored: stored as unknown as StoredFile, side: start < 0 ? undefined : sides.subarray(start, end as number) });
      entries.set(name, { identity, loaded });
    }
    return { header, entries };
  } catch {
    return undefined;
  }
}

/**
 * Entries → cache file bytes: the format line, a header that binds them to the scope, the
 * payload: the entries, then their texts and source maps, each on its own (see SideOf).
 * An entry not read from a cache is checked as one read back would be: a set of entries
 * with one of the wrong shape is written as a cache that holds none.
 */
export function encodeParseCache(scope: ParseCacheScope, entries: ReadonlyMap<string, CachedParse>): Buffer {
  return encodeFramedEntries(FORMAT, { build: scope.build, config: scope.config }, entries) ?? encodeParseCache(scope, new Map());
}

/** The bytes of a changes file: the entries changed or added since the whole file `base` names, and the names it had that are gone. */
export function encodeParseCacheChanges(scope: ParseCacheScope, base: string, changed: ReadonlyMap<string, CachedParse>, dropped: readonly string[]): Buffer {
  const header = { build: scope.build, config: scope.config, base, dropped };
  return encodeFramedEntries(CHANGES_FORMAT, header, changed) ?? encodeFramedEntries(CHANGES_FORMAT, { ...header, base: 'none' }, new Map())!;
}

/** The framed bytes of entries under a header, or undefined when an entry has the wrong shape. */
function encodeFramedEntries(format: string, header: Readonly<Record<string, unknown>>, entries: ReadonlyMap<string, CachedParse>): Buffer | undefined {
  const rows: unknown[] = [];
  const sides: Buffer[] = [];
  let sidesLength = 0;
  for (const [name, entry] of entries) {
    let form = storedForms.get(entry.loaded);
    if (!form) {
      if (!isLoadedFile(entry.loaded, name)) return undefined;
      form = packed(entry.loaded);
    }
    if (form.side) {
      rows.push([name, entry.identity, form.stored, sidesLength, sidesLength + form.side.length]);
      sides.push(form.side);
      sidesLength += form.side.length;
    } else rows.push([name, entry.identity, form.stored, -1, -1]);
  }
  const main = serialize(rows);
  // Hashed piece by piece and joined once: the payload of 10,000 records is ~20 MB, and a copy more is memory at the run's peak.
  return frameCacheFile(format, { ...header, main: main.length }, [main, ...sides]);
}

/**
 * Writes what the cache should hold now. When it was read from a whole file and differs
 * from it in few entries, only those go into the changes file; else the whole file is
 * written again and the changes file, which no longer applies, removed.
 */
export async function writeParseCache(file: string, scope: ParseCacheScope, entries: ReadonlyMap<string, CachedParse>, read?: ParseCacheState): Promise<void> {
  const base = read?.base;
  if (base) {
    const changed = new Map([...entries].filter(([name, entry]) => base.entries.get(name) !== entry));
    const dropped = [...base.entries.keys()].filter((name) => !entries.has(name));
    if (changed.size + dropped.length <= base.entries.size * CHANGES_SHARE) {
      await writeCacheFile(parseChangesFile(file), () => encodeParseCacheChanges(scope, base.sha256, changed, dropped));
      return;
    }
  }
  await writeCacheFile(file, () => encodeParseCache(scope, entries));
  await rm(parseChangesFile(file), { force: true }).catch(() => undefined);
}

function isNameList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((name) => typeof name === 'string');
}

/**
 * A loaded file as stored: its data as JSON text when JSON gives back exactly the same
 * values (`JSON.parse` builds objects several times faster than v8's deserializer, and
 * reading the records back is most of a run with nothing changed), and its record only as
 * a mark when it is the same data again (it is for every record without `x-` keys). Data
 * JSON would change (a number like `.inf` or -0, a value that is not plain data) is kept
 * as it was, as is a record that differs from its data. Its text and source map are apart
 * (SideOf), `side` says which of the two it has.
 */
interface StoredFile extends Omit<LoadedFile, 'data' | 'record' | 'text' | 'sourceMap'> {
  data?: Record<string, unknown>;
  dataJson?: string;
  record?: LoadedFile['record'];
  recordIsData?: true;
  side?: number;
}

/**
 * A file's text and packed source map, serialized on their own after all the entries:
 * read back only when a command asks for them (a code frame, a problem's line, a past
 * version compared with the file now). Most runs ask for a few, and building ten
 * thousand texts and source maps was a fifth of a run with nothing changed.
 */
type SideOf = Pick<LoadedFile, 'text' | 'sourceMap'>;
const TEXT = 1;
const SOURCE_MAP = 2;

/** An entry as it was stored, with its side's bytes: a file read back from the cache is written again as it was read. */
interface StoredForm {
  stored: StoredFile;
  side: Buffer | undefined;
}

const storedForms = new WeakMap<LoadedFile, StoredForm>();

function packed(loaded: LoadedFile): StoredForm {
  const { data, record, text, sourceMap, ...rest } = loaded;
  const stored: StoredFile = rest;
  const json = data !== undefined && isPlainJson(data) ? JSON.stringify(data) : undefined;
  if (json !== undefined) stored.dataJson = json;
  else if (data !== undefined) stored.data = data;
  if (record !== undefined) {
    if (json !== undefined && isPlainJson(record) && JSON.stringify(record) === json) stored.recordIsData = true;
    else stored.record = record;
  }
  const side: SideOf = {};
  if (text !== undefined) side.text = text;
  if (sourceMap !== undefined) side.sourceMap = sourceMap;
  const keys = (text === undefined ? 0 : TEXT) | (sourceMap === undefined ? 0 : SOURCE_MAP);
  if (keys === 0) return { stored, side: undefined };
  stored.side = keys;
  return { stored, side: serialize(side) };
}

function isSideRange(start: unknown, end: unknown, length: number): start is number {
  if (start === -1 && end === -1) return true;
  return Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (start as number) < (end as number) && (end as number) <= length;
}

/**
 * The loaded file again, its properties in the order parsing gives them; anything malformed
 * is left for isLoadedFile to refuse. A record stored as a mark is the data object itself:
 * records and data are only ever read, never changed, and a second copy would cost as much
 * again as the first. The text and the source map are read from their bytes when first asked for.
 */
function unpacked(stored: Record<string, unknown>, start: number, end: number, sides: Buffer): Record<string, unknown> {
  const { file, id, dataJson, recordIsData, side, data, sourceMap: _sourceMap, text: _text, problems, kind, record, ...other } = stored;
  if (Object.keys(other).length > 0 || _sourceMap !== undefined || _text !== undefined) return { malformed: true };
  if ((side === undefined) !== start < 0 || (side !== undefined && side !== TEXT && side !== SOURCE_MAP && side !== (TEXT | SOURCE_MAP)))
    return { malformed: true };
  let parsedData = data;
  if (dataJson !== undefined) parsedData = typeof dataJson === 'string' && data === undefined ? JSON.parse(dataJson) : 'malformed';
  let parsedRecord = record;
  if (recordIsData !== undefined) parsedRecord = recordIsData === true && dataJson !== undefined && record === undefined ? parsedData : 'malformed';

  const loaded: Record<string, unknown> = { file, id };
  let sideValues: SideOf | undefined;
  const lazy = (key: keyof SideOf) =>
    Object.defineProperty(loaded, key, {
      configurable: true,
      enumerable: true,
      get() {
        sideValues ??= deserialize(sides.subarray(start, end)) as SideOf;
        const value = sideValues[key];
        Object.defineProperty(loaded, key, { value, configurable: true, enumerable: true, writable: true });
        return value;
      },
      set(value: unknown) {
        Object.defineProperty(loaded, key, { value, configurable: true, enumerable: true, writable: true });
      },
    });
  if (typeof side === 'number' && side & TEXT) lazy('text');
  if (parsedData !== undefined) loaded.data = parsedData;
  if (typeof side === 'number' && side & SOURCE_MAP) lazy('sourceMap');
  loaded.problems = problems;
  if (kind !== undefined) loaded.kind = kind;
  if (parsedRecord !== undefined) loaded.record = parsedRecord;
  return loaded;
}

/** Whether JSON text gives back exactly this value: plain objects and arrays of strings, booleans, null and finite numbers other than -0. */
export function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return false;
    for (let index = 0; index < value.length; index++) if (!(index in value) || !isPlainJson(value[index])) return false;
    return Object.keys(value).length === value.length;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype || Object.getOwnPropertySymbols(value).length > 0) return false;
  for (const key of Object.getOwnPropertyNames(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key)!;
    if (key === '__proto__' || !descriptor.enumerable || !('value' in descriptor) || !isPlainJson(descriptor.value)) return false;
  }
  return true;
}

/** Exactly the shape parsing gives, source map packed, for the file it is stored under; without its text and source map, not read yet. By hand: loading zod would cost what the cache saves. */
function isLoadedFile(value: unknown, name: string, withSide = true): value is LoadedFile {
  if (!isObject(value) || value.file !== name || typeof value.id !== 'string') return false;
  if (withSide && value.text !== undefined && typeof value.text !== 'string') return false;
  if (value.kind !== undefined && !(KINDS as readonly unknown[]).includes(value.kind)) return false;
  if (value.data !== undefined && !isObject(value.data)) return false;
  // A record is there only when the data passed its kind's schema.
  if (value.record !== undefined && !(isObject(value.record) && value.data !== undefined && value.record.kind === value.kind)) return false;
  const map = withSide ? value.sourceMap : undefined;
  if (map !== undefined && !(isObject(map) && typeof map.paths === 'string' && map.spans instanceof Int32Array)) return false;
  return Array.isArray(value.problems) && value.problems.every(isProblem);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
