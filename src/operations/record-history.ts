// `hypo log <id>`: a record's history from git, each commit with the fields it changed
// and the status path first. Two git processes, however long the history.
import type { Env } from '../model/env.js';
import { fieldChanges, kindOf, statusTransitions, type VersionData } from '../model/field-changes.js';
import { notInGitError } from '../model/hypo-error.js';
import type { RecordLogView } from '../report/record-log-view.js';
import { createGitRunner } from '../store/git.js';
import { isShallow, SHALLOW_WARNING } from '../store/git-history.js';
import type { Repository } from '../store/load-repository.js';
import { parseYamlMapping } from '../store/parse-yaml.js';
import type { LoadedFile } from '../store/read-record-file.js';
import { type RecordVersion, readRecordLog } from '../store/record-log.js';
import { findRecordFile } from './find-record.js';

export async function recordHistory(repository: Repository, input: string, env: Env): Promise<RecordLogView> {
  const file = findRecordFile(repository, input);
  if (!repository.gitRoot) {
    throw notInGitError(
      repository.root,
      `${file.file} has no history to show`,
      'hypo log reads the history from git: run it in a clone, or git init and commit the records',
    );
  }
  const git = createGitRunner(repository.root, env, { why: 'to show the history of a record, which git keeps' });
  const [versions, shallow] = await Promise.all([readRecordLog(git, { root: repository.root, gitRoot: repository.gitRoot }, file.file), isShallow(git)]);
  // In a shallow clone the oldest commit it holds looks like the record's creation: say so.
  return { ...describeRecordLog(file, versions), warnings: shallow ? [SHALLOW_WARNING] : [] };
}

/** The versions (newest first) → what the renderers show. */
function describeRecordLog(file: LoadedFile, versions: readonly RecordVersion[]): Omit<RecordLogView, 'warnings'> {
  // In a straight history the text before a commit is the previous commit's text: parse each text once.
  const parsedTexts = new Map<string, VersionData>();
  const dataOf = (text: string | null, at: string): VersionData => {
    if (text === null) return null;
    if (!parsedTexts.has(text)) parsedTexts.set(text, parseYamlMapping(text, at).data ?? null);
    return parsedTexts.get(text)!;
  };
  const parsed = versions.map((version) => dataOf(version.text, version.file));
  const kind = file.kind ?? parsed.map(kindOf).find((each) => each !== undefined);
  const commits = versions.map((version, index) => {
    const before = version.before === undefined ? undefined : dataOf(version.before, version.file);
    const { sha, date, author, subject, file: at } = version;
    return { sha, date, author, subject, file: at, changes: fieldChanges(before, parsed[index]!) };
  });
  const newest = versions[0];
  return {
    id: file.id,
    kind,
    file: file.file,
    transitions: statusTransitions([...parsed].reverse(), kind),
    commits,
    uncommitted: !newest || newest.text === null || file.text === undefined || !sameText(newest.text, file.text),
  };
}

/** Line endings aside: a checkout with core.autocrlf has CRLF on disk and LF in git, and that is no change. */
function sameText(a: string, b: string): boolean {
  return a.replace(/\r\n/g, '\n') === b.replace(/\r\n/g, '\n');
}
