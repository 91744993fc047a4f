// Folder → repository: find the root, read the config, read and validate every
// record file, and build the graph. One file's problems never stop the others.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE_NAME, type HypoConfig } from '../model/config-schema.js';
import { buildGraph, type RecordGraph } from '../model/graph.js';
import { HypoError } from '../model/hypo-error.js';
import type { Problem } from '../model/problem.js';
import { findRecordFiles } from './find-record-files.js';
import { findRepoRoot } from './find-repo-root.js';
import { loadConfig } from './load-config.js';
import { type LoadedFile, readRecordFile } from './read-record-file.js';

export interface Repository {
  /** Absolute path of the repository root. */
  root: string;
  /** Absolute path of the git top level, when inside a git work tree. */
  gitRoot?: string;
  config: HypoConfig;
  /** The config file relative to the root, when there is one. */
  configFile?: string;
  /** The records folder relative to the root, e.g. `learning`. */
  recordRoot: string;
  files: LoadedFile[];
  /** Problems found while walking the folders (bad links, unreadable folders). */
  problems: Problem[];
  graph: RecordGraph;
}

/** Files read at once: enough to keep the disk busy, few enough to stay clear of file-descriptor limits. */
const READ_CONCURRENCY = 64;

export async function loadRepository(cwd: string): Promise<Repository> {
  const found = findRepoRoot(cwd);
  const loadedConfig = await loadConfig(found.root, found.configFile);
  if (loadedConfig.problems.length > 0) {
    const details = loadedConfig.problems.map((p) => `  ${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n');
    throw new HypoError('config-invalid', `the config file is not valid:\n${details}`, {
      hint: `fix ${CONFIG_FILE_NAME}; every key is optional, an empty file means the defaults`,
    });
  }
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
        : `create ${config.root}/ with hypotheses/, experiments/ and insights/ in it, or point hypo at another repository with -C <dir>`,
    });
  }

  const configRelative = loadedConfig.file;
  const exclude = new Set(configRelative ? [configRelative] : []);
  const { files: paths, problems } = await findRecordFiles(found.root, recordRootAbsolute, exclude);
  const files = await mapLimited(paths, READ_CONCURRENCY, (file) => readRecordFile(path.join(found.root, file), file));
  const repository: Repository = {
    root: found.root,
    config,
    recordRoot: path.relative(found.root, recordRootAbsolute).split(path.sep).join('/') || '.',
    files,
    problems,
    graph: buildGraph(files),
  };
  if (found.gitRoot) repository.gitRoot = found.gitRoot;
  if (configRelative) repository.configFile = configRelative;
  return repository;
}

async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
