// The record files as git's index holds them: what the next commit will contain. Read with
// ONE `git ls-files` and ONE `git cat-file --batch`, however many files there are.
import path from 'node:path';
import { idFromFileName } from '../model/ids.js';
import type { GitRunnerWithInput } from './git.js';
import { readBlobs } from './read-blobs.js';
import { type LoadedFile, parseRecordBytes, readRecordFileSync } from './read-record-file.js';

/** What the walk of the working tree skips, skipped in the index too: node_modules and dot-folders. */
const SKIPPED_FOLDER = /(^|\/)(node_modules|\.[^/]*)\//;
const RECORD_FILE = /\.ya?ml$/i;
/** A symbolic link's mode in the index: its blob is the link's target, not the record. */
const SYMLINK_MODE = '120000';

export interface StagedFilesOptions {
  /** Absolute path of the hypo repository root; git runs here. */
  root: string;
  /** The records folder relative to the root, e.g. `learning`, or `.`. */
  recordRoot: string;
  /** Files under the records folder that are no records (the config file), relative to the root. */
  exclude: ReadonlySet<string>;
}

/** Every record file staged under the records folder, parsed from its staged content, sorted by path (relative to the root). */
export async function readStagedRecordFiles(git: GitRunnerWithInput, options: StagedFilesOptions): Promise<LoadedFile[]> {
  // `:(literal)` keeps a folder name with *, ? or [ a name. Paths come back relative to the root, where git runs.
  const listing = await git.raw(['ls-files', '--stage', '-z', '--', `:(literal)${options.recordRoot}`]);
  const entries = new Map<string, { mode: string; object: string }>();
  for (const line of listing.split('\0')) {
    // `<mode> <object> <stage>\t<path>`; a file in a merge conflict has stages 1 to 3 and no staged content to check yet.
    const match = /^(\d+) ([0-9a-f]+) (\d)\t(.+)$/s.exec(line);
    if (!match) continue;
    const [, mode, object, stage, file] = match as unknown as [string, string, string, string, string];
    if (!RECORD_FILE.test(file) || SKIPPED_FOLDER.test(file) || options.exclude.has(file)) continue;
    if (stage === '0' || !entries.has(file)) entries.set(file, { mode, object: stage === '0' ? object : '' });
  }
  const files = [...entries.keys()].sort();
  const blobs = await readBlobs(
    git,
    files.map((file) => entries.get(file)!.object).filter((object) => object !== ''),
  );
  return files.map((file) => {
    const { mode, object } = entries.get(file)!;
    // A link is followed in the working tree, as the walk of the folders follows it.
    if (mode === SYMLINK_MODE) return readRecordFileSync(path.join(options.root, file), file);
    const bytes = object === '' ? undefined : blobs.get(object);
    if (bytes) return parseRecordBytes(bytes, file);
    const message = object === '' ? 'the file is in a merge conflict: resolve it and stage the result' : 'git has no staged content for the file';
    return { file, id: idFromFileName(file), problems: [{ file, line: 1, column: 1, severity: 'error', rule: 'unreadable-file', message }] };
  });
}
