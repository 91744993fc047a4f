// Where hypo keeps what it computed once and may reuse (the check result, the history
// walks), and the stamp of the build that computed it: a new build may compute
// differently, so every cache entry carries the stamp of the build that wrote it.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Env } from '../model/env.js';

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
