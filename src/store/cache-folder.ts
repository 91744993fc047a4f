// Where hypo keeps what it computed once and may reuse (the check result, the parse, the
// history walks, the report), how a cache file is named and written, and the stamp of the
// build that computed it: a new build may compute differently, so every cache entry
// carries the stamp of the build that wrote it.
import { createHash } from 'node:crypto';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Env } from '../model/env.js';
import { replaceFileAtomic } from './atomic-write.js';

/** The folder for hypo's caches, or undefined when there is none or caching is off (HYPO_CACHE=0). */
export function cacheFolder(env: Env): string | undefined {
  if (env.HYPO_CACHE === '0') return undefined;
  if (env.HYPO_CACHE_DIR) return env.HYPO_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return path.join(env.XDG_CACHE_HOME, 'hypo');
  const home = env.HOME ?? env.USERPROFILE;
  return home ? path.join(home, '.cache', 'hypo') : undefined;
}

/** The stamp of the build a module belongs to: its compiled file's mtime and size (every build writes every file). */
export async function buildStamp(moduleUrl: string): Promise<string> {
  const info = await stat(fileURLToPath(moduleUrl), { bigint: true });
  return `${info.mtimeNs}:${info.size}`;
}

/** A cache file in `folder`: `<prefix>-<24 hex digits of the key's sha256><ext>`, one per repository (or per key). */
export function cacheFileIn(folder: string, prefix: string, key: string, ext: string): string {
  return path.join(folder, `${prefix}-${createHash('sha256').update(key).digest('hex').slice(0, 24)}${ext}`);
}

/** Writes a cache file whole or not at all, its folder made first; a cache that cannot be written (or encoded) is only a slower next run. */
export async function writeCacheFile(file: string, contents: () => string | Uint8Array | Promise<string | Uint8Array>): Promise<void> {
  try {
    const bytes = await contents();
    await mkdir(path.dirname(file), { recursive: true });
    await replaceFileAtomic(file, bytes);
  } catch {
    // A cache that cannot be written is only a slower next run.
  }
}
