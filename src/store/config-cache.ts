// The config as loaded, kept between runs by the text it was loaded from: a run that finds
// the same text (and no config file, the same absence) takes the config from the cache,
// without loading the YAML parser or the schemas. Loading a config is a function of its
// text, its file's name and the build of hypo alone, so the key is a hash of the three:
// unlike a record file's identity, a text cannot be "racy". Only a valid config is kept
// (an invalid one is an error, printed by parsing it again). One file per repository in the
// user's cache folder, replaced when the key changes; a file that is not exactly what hypo
// writes (cut short, a wrong checksum, the wrong shape) is a miss, never an error.

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { deserialize, serialize } from 'node:v8';
import type { HypoConfig } from '../model/config-schema.js';
import { cacheFileIn, writeCacheFile } from './cache-folder.js';

import { frameCacheFile, unframeCacheFile } from './framed-cache-file.js';
import type { LoadedConfig } from './load-config.js';
import { parseCacheBuild } from './parse-cache.js';
import { type ConfigText, readConfigText, throwIfInvalid } from './read-config-text.js';

const FORMAT = 'hypo-config-cache 1';

export function configCacheFile(folder: string, root: string): string {
  return cacheFileIn(folder, 'config', root, '.bin');
}

/** The valid config of the repository at `root` (a `config-invalid` error otherwise), from the cache file when its text was loaded before. */
export async function loadValidConfigCached(root: string, configFile: string | undefined, cacheFile: string): Promise<LoadedConfig> {
  const read = configFile === undefined ? undefined : await readConfigText(root, configFile);
  if (read && !('text' in read)) return parsed(read);
  const key = createHash('sha256')
    .update(`${await parseCacheBuild()}\0${read ? `${read.file}\0${read.text}` : 'no config file'}`)
    .digest('hex');
  const cached = await readFile(cacheFile).then(
    (bytes) => decodeConfigCache(bytes, key, read?.file),
    () => undefined,
  );
  if (cached) return cached;
  const loaded = await parsed(read);
  await writeCacheFile(cacheFile, () => encodeConfigCache(key, loaded));
  return loaded;
}

/** The text parsed and checked against the schema: the parser loads only here. */
async function parsed(read: ConfigText | undefined): Promise<LoadedConfig> {
  const { configFromText, loadConfig } = await import('./load-config.js');
  const loaded = read ? configFromText(read) : await loadConfig('', undefined);
  throwIfInvalid(loaded.problems);
  return loaded;
}

function encodeConfigCache(key: string, loaded: LoadedConfig): Buffer {
  return frameCacheFile(FORMAT, { key }, [serialize(loaded.file === undefined ? { config: loaded.config } : { config: loaded.config, file: loaded.file })]);
}

/** The config kept under `key` for the config file `file` (undefined: none), else undefined. */
export function decodeConfigCache(bytes: Uint8Array, key: string, file: string | undefined): LoadedConfig | undefined {
  try {
    const framed = unframeCacheFile(bytes, FORMAT);
    if (!framed || framed.header.key !== key) return undefined;
    const entry: unknown = deserialize(framed.payload);
    if (!isObject(entry) || entry.file !== file || !isObject(entry.config) || typeof entry.config.root !== 'string') return undefined;
    const config = entry.config as HypoConfig;
    return file === undefined ? { config, problems: [] } : { config, file, problems: [] };
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
