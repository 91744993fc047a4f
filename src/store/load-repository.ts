// Folder → repository, in two steps so callers can overlap other work (a git log)
// with the expensive one: openRepository finds the root, reads the config and lists
// the record files; readRepository parses them (in worker threads when there are
// many, and only those changed since the last run: the parse cache) and builds the
// graph. One file's problems never stop the others.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE_NAME } from '../model/config-defaults.js';
import type { HypoConfig } from '../model/config-schema.js';
import type { Env } from '../model/env.js';
import { buildGraph, type RecordGraph } from '../model/graph.js';
import { HypoError } from '../model/hypo-error.js';
import type { Problem } from '../model/problem.js';
import { parseRecordFilesCached } from './cached-parse.js';
import { cacheFolder } from './check-cache.js';
import { configCacheFile, loadValidConfigCached } from './config-cache.js';
import type { Looked } from './file-identity.js';
import { findRecordFiles } from './find-record-files.js';
import { findRepoRoot } from './find-repo-root.js';
import { configHash, parseCacheBuild, parseCacheFile } from './parse-cache.js';
import type { LoadedFile } from './read-record-file.js';
import { workerCount } from './worker-count.js';

export interface OpenedRepository {
  /** Absolute path of the repository root. */
  root: string;
  /** Absolute path of the git top level, when inside a git work tree. */
  gitRoot?: string;
  config: HypoConfig;
  /** The config file relative to the root, when there is one. */
  configFile?: string;
  /** The records folder relative to the root, e.g. `learning`. */
  recordRoot: string;
  /** Every record file, relative to the root, sorted. */
  paths: string[];
  /** Problems found while walking the folders (bad links, unreadable folders). */
  problems: Problem[];
  /** The folders the walk read, relative to the root. */
  folders: string[];
}

export interface Repository extends OpenedRepository {
  files: LoadedFile[];
  graph: RecordGraph;
}

export interface ReadOptions {
  /** The environment hypo runs in, for HYPO_WORKERS: given by the caller, never read from the process here. */
  env: Env;
  /** Cores busy with other work meanwhile (a git walk): fewer parser workers. */
  reservedCores?: number;
  /** Record files looked at (stat) already in this run, before any was read: the parse cache does not look again. */
  looked?: ReadonlyMap<string, Looked>;
}

export interface OpenOptions {
  /** The environment hypo runs in, for the cache folder: the config is taken from the cache when its text was loaded before. */
  env?: Env;
}

export async function openRepository(cwd: string, options: OpenOptions = {}): Promise<OpenedRepository> {
  const found = findRepoRoot(cwd);
  const folder = options.env ? cacheFolder(options.env) : undefined;
  const loadedConfig = folder
    ? await loadValidConfigCached(found.root, found.configFile, configCacheFile(folder, found.root))
    : await (await import('./load-config.js')).loadValidConfig(found.root, found.configFile);
  const { config } = loadedConfig;
  const recordRootAbsolute = path.resolve(found.root, config.root);
  const isFolder = await stat(recordRootAbsolute).then(
    (info) => info.isDirectory(),
    () => false,
  );
  if (!isFolder) {
    throw new HypoError('no-record-root', `there is no ${config.root}/ folder in ${found.root}`, {
      hint: found.configFile
        ? `create ${config.root}/ or set root in ${CONFIG_FILE_NAME} to the folder that holds the records`
        : `run hypo init, or point hypo at another repository with -C <dir>`,
    });
  }
  const configRelative = loadedConfig.file;
  const exclude = new Set(configRelative ? [configRelative] : []);
  const { files: paths, problems, folders } = await findRecordFiles(found.root, recordRootAbsolute, exclude);
  const opened: OpenedRepository = {
    root: found.root,
    config,
    recordRoot: path.relative(found.root, recordRootAbsolute).split(path.sep).join('/') || '.',
    paths,
    problems,
    folders,
  };
  if (found.gitRoot) opened.gitRoot = found.gitRoot;
  if (configRelative) opened.configFile = configRelative;
  return opened;
}

export async function readRepository(opened: OpenedRepository, options: ReadOptions): Promise<Repository> {
  const folder = cacheFolder(options.env);
  if (!folder) {
    const workers = workerCount(opened.paths.length, options.env, options.reservedCores);
    // The parser loads only when there is something to parse: a run with every file in the cache never needs it.
    const { parseRecordFilesInParallel } = await import('./parse-in-parallel.js');
    return assembleRepository(opened, await parseRecordFilesInParallel(opened.root, opened.paths, workers));
  }
  const { files } = await parseRecordFilesCached(opened.root, opened.paths, {
    cacheFile: parseCacheFile(folder, opened.root),
    scope: { build: await parseCacheBuild(), config: configHash(opened.config) },
    workers: (count) => workerCount(count, options.env, options.reservedCores),
    ...(options.looked ? { looked: options.looked } : {}),
  });
  return assembleRepository(opened, files);
}

/** The repository from files parsed so far; the others are known by name only, their ids counting for duplicates and references. */
export function assembleRepository(opened: OpenedRepository, files: LoadedFile[]): Repository {
  const parsed = new Set(files.map((file) => file.file));
  const known = opened.paths.filter((file) => !parsed.has(file)).map((file) => ({ id: idOf(file), file }));
  return { ...opened, files, graph: buildGraph([...files, ...known]) };
}

function idOf(file: string): string {
  return path.posix.basename(file).replace(/\.ya?ml$/i, '');
}
