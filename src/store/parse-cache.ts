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
import { createHash } from 'node:crypto';
import { type BigIntStats, readFileSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { HypoConfig } from '../model/config-schema.js';
import { KINDS } from '../model/vocabulary.js';
import { replaceFileAtomic } from './atomic-write.js';
import { buildStamp } from './cache-folder.js';
import { isProblem } from './check-cache.js';
import type { LoadedFile } from './read-record-file.js';

/** The first line of every cache file; a new layout gets a new number. */
const FORMAT = 'hypo-parse-cache 2';

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
  return path.join(folder, `parse-${createHash('sha256').update(root).digest('hex').slice(0, 24)}.bin`);
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

/** What identifies a file's content: any write changes the inode's ctime, which no user can set. */
export function fileIdentity(info: BigIntStats): string {
  return `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
}

/** The cached parses of a repository by file, or an empty map when there is no usable cache. */
export function readParseCache(file: string, scope: ParseCacheScope): Promise<Map<string, CachedParse>> {
  return readFile(file).then(
    (bytes) => decodeParseCache(bytes, scope),
    () => new Map(),
  );
}

/** Cache file bytes → entries; anything unexpected yields none. */
export function decodeParseCache(bytes: Uint8Array, scope: ParseCacheScope): Map<string, CachedParse> {
  const entries = new Map<string, CachedParse>();
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const formatEnd = buffer.indexOf(10);
    const headerEnd = formatEnd < 0 ? -1 : buffer.indexOf(10, formatEnd + 1);
    if (headerEnd < 0 || buffer.toString('utf8', 0, formatEnd) !== FORMAT) return entries;
    const header = JSON.parse(buffer.toString('utf8', formatEnd + 1, headerEnd)) as Record<string, unknown>;
    const payload = buffer.subarray(headerEnd + 1);
    if (header.build !== scope.build || header.config !== scope.config || header.bytes !== payload.length) return entries;
    if (header.sha256 !== createHash('sha256').update(payload).digest('hex')) return entries;
    const rows: unknown = deserialize(payload);
    if (!Array.isArray(rows)) return entries;
    for (const row of rows) {
      if (!Array.isArray(row) || row.length !== 3) return new Map();
      const [name, identity, stored] = row as unknown[];
      const loaded = isObject(stored) ? unpacked(stored) : undefined;
      if (typeof name !== 'string' || typeof identity !== 'string' || !isLoadedFile(loaded, name)) return new Map();
      storedForms.set(loaded, stored as StoredFile);
      entries.set(name, { identity, loaded });
    }
    return entries;
  } catch {
    return new Map();
  }
}

/** Entries → cache file bytes: the format line, a header that binds them to the scope, the payload. */
export function encodeParseCache(scope: ParseCacheScope, entries: ReadonlyMap<string, CachedParse>): Buffer {
  const payload = serialize([...entries].map(([name, entry]) => [name, entry.identity, storedForms.get(entry.loaded) ?? packed(entry.loaded)]));
  const header = JSON.stringify({
    build: scope.build,
    config: scope.config,
    bytes: payload.length,
    sha256: createHash('sha256').update(payload).digest('hex'),
  });
  return Buffer.concat([Buffer.from(`${FORMAT}\n${header}\n`), payload]);
}

export async function writeParseCache(file: string, scope: ParseCacheScope, entries: ReadonlyMap<string, CachedParse>): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await replaceFileAtomic(file, encodeParseCache(scope, entries));
  } catch {
    // A cache that cannot be written is only a slower next run.
  }
}

/**
 * A loaded file as stored: its data as JSON text when JSON gives back exactly the same
 * values (`JSON.parse` builds objects several times faster than v8's deserializer, and
 * reading the records back is most of a run with nothing changed), and its record only as
 * a mark when it is the same data again (it is for every record without `x-` keys). Data
 * JSON would change (a number like `.inf` or -0, a value that is not plain data) is kept
 * as it was, as is a record that differs from its data.
 */
interface StoredFile extends Omit<LoadedFile, 'data' | 'record'> {
  data?: Record<string, unknown>;
  dataJson?: string;
  record?: LoadedFile['record'];
  recordIsData?: true;
}

/** The stored form each loaded file was read back from: writing the cache again after one file changed stores the others as they were. */
const storedForms = new WeakMap<LoadedFile, StoredFile>();

function packed(loaded: LoadedFile): StoredFile {
  const { data, record, ...rest } = loaded;
  const stored: StoredFile = rest;
  const json = data !== undefined && isPlainJson(data) ? JSON.stringify(data) : undefined;
  if (json !== undefined) stored.dataJson = json;
  else if (data !== undefined) stored.data = data;
  if (record === undefined) return stored;
  if (json !== undefined && isPlainJson(record) && JSON.stringify(record) === json) stored.recordIsData = true;
  else stored.record = record;
  return stored;
}

/**
 * The loaded file again; anything malformed is left for isLoadedFile to refuse. A record
 * stored as a mark is the data object itself: records and data are only ever read, never
 * changed, and a second copy would cost as much again as the first.
 */
function unpacked(stored: Record<string, unknown>): Record<string, unknown> {
  const { dataJson, recordIsData, ...loaded } = stored;
  if (dataJson === undefined) return recordIsData === undefined ? loaded : { ...loaded, record: 'malformed' };
  if (typeof dataJson !== 'string' || loaded.data !== undefined) return { ...loaded, data: 'malformed' };
  loaded.data = JSON.parse(dataJson) as unknown;
  if (recordIsData === true) loaded.record = loaded.record === undefined ? loaded.data : 'malformed';
  else if (recordIsData !== undefined) loaded.record = 'malformed';
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

/** Exactly the shape parsing gives, source map packed, for the file it is stored under. By hand: loading zod would cost what the cache saves. */
function isLoadedFile(value: unknown, name: string): value is LoadedFile {
  if (!isObject(value) || value.file !== name || typeof value.id !== 'string') return false;
  if (value.text !== undefined && typeof value.text !== 'string') return false;
  if (value.kind !== undefined && !(KINDS as readonly unknown[]).includes(value.kind)) return false;
  if (value.data !== undefined && !isObject(value.data)) return false;
  // A record is there only when the data passed its kind's schema.
  if (value.record !== undefined && !(isObject(value.record) && value.data !== undefined && value.record.kind === value.kind)) return false;
  const map = value.sourceMap;
  if (map !== undefined && !(isObject(map) && typeof map.paths === 'string' && map.spans instanceof Int32Array)) return false;
  return Array.isArray(value.problems) && value.problems.every(isProblem);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
