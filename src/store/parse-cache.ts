// Each record file's parse, kept between runs in one file per repository in the user's
// cache folder, so that every command parses only the files that changed since (see
// docs/decisions/0010). An entry is the loaded file as parsing gave it, its source map
// packed as a parser worker sends it (model/source-map.ts), and its record kept rather
// than rebuilt from the data (rebuilding cost more than reading it back), under the
// file's identity when it was looked at: device, inode, size, and both timestamps in
// nanoseconds. The whole cache holds for one build of hypo and one config. It is
// written with v8's serializer, the structured clone the workers already send their
// results in: at 10,000 records it reads back several times faster than the same data
// as JSON. A file that is not exactly what hypo writes (another format or build, cut
// short, a wrong checksum, an entry of the wrong shape) is a miss, never an error.
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
const FORMAT = 'hypo-parse-cache 1';

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
      const [name, identity, loaded] = row as unknown[];
      if (typeof name !== 'string' || typeof identity !== 'string' || !isLoadedFile(loaded, name)) return new Map();
      entries.set(name, { identity, loaded });
    }
    return entries;
  } catch {
    return new Map();
  }
}

/** Entries → cache file bytes: the format line, a header that binds them to the scope, the payload. */
export function encodeParseCache(scope: ParseCacheScope, entries: ReadonlyMap<string, CachedParse>): Buffer {
  const payload = serialize([...entries].map(([name, entry]) => [name, entry.identity, entry.loaded]));
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
