// The result of a full `hypo check`, kept between runs (like eslint's --cache): when no
// record file and not the config changed since, the next check prints it again without
// loading the YAML parser or the schemas: a pre-commit hook stays instant. "Changed" is
// judged by size, inode and both timestamps in nanoseconds of every file, so any write,
// rename or checkout invalidates it. The cache lives in the user's cache folder.
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_FILE_NAME } from '../model/config-defaults.js';
import type { Env } from '../model/env.js';
import type { Problem } from '../model/problem.js';
import { replaceFileAtomic } from './atomic-write.js';
import { findRecordFiles } from './find-record-files.js';

export interface CachedCheck {
  /** What the cached result was computed from. */
  fingerprint: string;
  recordRoot: string;
  result: { ok: boolean; files: number; records: number; errors: number; warnings: number; problems: Problem[] };
  /** The text of files with problems, for code frames. */
  sources: Record<string, string>;
  strict: boolean;
}

/** The folder for hypo's caches, or undefined when there is none or caching is off (HYPO_CACHE=0). */
export function cacheFolder(env: Env): string | undefined {
  if (env.HYPO_CACHE === '0') return undefined;
  if (env.HYPO_CACHE_DIR) return env.HYPO_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return path.join(env.XDG_CACHE_HOME, 'hypo');
  const home = env.HOME ?? env.USERPROFILE;
  return home ? path.join(home, '.cache', 'hypo') : undefined;
}

/** A new build of hypo may judge records differently: its own file's stamp is part of every key. */
async function buildStamp(): Promise<string> {
  const info = await stat(fileURLToPath(import.meta.url), { bigint: true });
  return `${info.mtimeNs}:${info.size}`;
}

function cacheFile(folder: string, root: string): string {
  return path.join(folder, `check-${createHash('sha256').update(root).digest('hex').slice(0, 24)}.json`);
}

/** Everything the result depends on, as one hash: the build, the config file and every record file's identity. */
export async function fingerprintRepository(root: string, recordRoot: string): Promise<string> {
  const { files } = await findRecordFiles(root, path.resolve(root, recordRoot), new Set([CONFIG_FILE_NAME]));
  return fingerprintFiles(root, files);
}

/** The same, for record files already listed (a full check lists them anyway). */
export async function fingerprintFiles(root: string, files: readonly string[]): Promise<string> {
  const hash = createHash('sha256')
    .update(await buildStamp())
    .update('\0');
  hash.update(await identity(path.join(root, CONFIG_FILE_NAME))).update('\0');
  const identities = await Promise.all(files.map((file) => identity(path.join(root, file))));
  for (const [index, file] of files.entries()) hash.update(file).update('\0').update(identities[index]!).update('\n');
  return hash.digest('hex');
}

async function identity(file: string): Promise<string> {
  try {
    const info = await stat(file, { bigint: true });
    return `${info.size}:${info.ino}:${info.mtimeNs}:${info.ctimeNs}`;
  } catch {
    return 'absent';
  }
}

/** The cached result for this repository, when nothing it depends on changed. */
export async function readCachedCheck(folder: string, root: string, strict: boolean): Promise<CachedCheck | undefined> {
  let entry: CachedCheck;
  try {
    entry = JSON.parse(await readFile(cacheFile(folder, root), 'utf8')) as CachedCheck;
  } catch {
    return undefined;
  }
  if (entry.strict !== strict) return undefined;
  const fingerprint = await fingerprintRepository(root, entry.recordRoot).catch(() => undefined);
  return fingerprint === entry.fingerprint ? entry : undefined;
}

export async function writeCachedCheck(folder: string, root: string, entry: CachedCheck): Promise<void> {
  try {
    await mkdir(folder, { recursive: true });
    await replaceFileAtomic(cacheFile(folder, root), JSON.stringify(entry));
  } catch {
    // A cache that cannot be written is only a slower next run.
  }
}
