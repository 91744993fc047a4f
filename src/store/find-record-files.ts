// The record files under the root: every *.yaml / *.yml, skipping node_modules and
// dot-folders. Symbolic links are followed only while they stay inside the repository.
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../model/problem.js';

export interface FoundFiles {
  /** Paths relative to the repository root, forward slashes, sorted. */
  files: string[];
  /** Links that point outside the repository or in a loop, and folders that cannot be read. */
  problems: Problem[];
  /** Every folder the walk read, relative to the repository root: what a cache of the result must watch. */
  folders: string[];
}

const RECORD_FILE = /\.ya?ml$/i;

export async function findRecordFiles(repoRoot: string, recordRoot: string, exclude: ReadonlySet<string> = new Set()): Promise<FoundFiles> {
  const realRepoRoot = await realpath(repoRoot);
  const files: string[] = [];
  const problems: Problem[] = [];
  const visitedDirs = new Set<string>();
  const folders: string[] = [];
  const relative = (absolute: string) => path.relative(repoRoot, absolute).split(path.sep).join('/');
  const linkProblem = (absolute: string, message: string) =>
    problems.push({ file: relative(absolute), line: 1, column: 1, severity: 'error', rule: 'bad-link', message });
  const isInside = (real: string) => real === realRepoRoot || real.startsWith(realRepoRoot + path.sep);

  const unreadableFolder = (dir: string, error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    problems.push({
      file: relative(dir),
      line: 1,
      column: 1,
      severity: 'error',
      rule: 'unreadable-file',
      message: `the folder cannot be read (${code}): check its permissions`,
    });
  };

  const visit = async (dir: string): Promise<void> => {
    let entries: Dirent[];
    try {
      const real = await realpath(dir);
      if (visitedDirs.has(real)) return;
      visitedDirs.add(real);
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      unreadableFolder(dir, error);
      return;
    }
    const subfolders: string[] = [];
    // The folder's own path once; each entry's path is it and the entry's name.
    const dirPrefix = dir.endsWith(path.sep) ? dir : `${dir}${path.sep}`;
    const relativeDir = relative(dir);
    for (const entry of entries) {
      const absolute = `${dirPrefix}${entry.name}`;
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = await realpath(absolute);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (RECORD_FILE.test(entry.name) || code === 'ELOOP')
            linkProblem(absolute, code === 'ELOOP' ? 'the link points to itself in a loop: remove it' : 'the link points nowhere: remove it or fix its target');
          continue;
        }
        if (!isInside(target)) {
          linkProblem(absolute, 'the link points outside the repository; hypo does not follow it: copy the file in instead');
          continue;
        }
        const info = await stat(target).catch(() => undefined);
        if (!info) continue; // gone since realpath: nothing to read
        isDirectory = info.isDirectory();
        isFile = info.isFile();
      }
      if (isDirectory) {
        if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
        subfolders.push(absolute);
      } else if (isFile && RECORD_FILE.test(entry.name)) {
        const file = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
        if (!exclude.has(file)) files.push(file);
      }
    }
    folders.push(relativeDir);
    for (const folder of subfolders) await visit(folder);
  };

  // The records folder itself may be a link (or sit below one): it too must lead to a folder inside the repository.
  const realRecordRoot = await realpath(recordRoot).catch(() => recordRoot);
  if (!isInside(realRecordRoot)) {
    linkProblem(recordRoot, 'the records folder is a link to a folder outside the repository; hypo does not follow it: move the records into the repository');
    return { files, problems, folders };
  }
  await visit(recordRoot);
  files.sort();
  folders.sort();
  return { files, problems, folders };
}
