// `hypo log <id>`: a record's history from git, each commit with the fields it changed
// and the status path first, then the commits about it. Two git processes for the
// history however long it is, one more for the commits about it, and memory for a few
// versions at a time: each version is parsed once as it streams in, compared with its
// neighbours, and let go; only its status stays.
import { isCalendarDate } from '../model/dates.js';
import type { Env } from '../model/env.js';
import { type ComparedVersion, fieldChanges, foldTransitions, kindOf, OVER_SIZE_LIMIT, transitionPath } from '../model/field-changes.js';
import { notInGitError } from '../model/hypo-error.js';
import { valueAt } from '../model/references.js';
import { KINDS, type Kind } from '../model/vocabulary.js';
import { commitsAbout, recordCode } from '../report/record-code-commits.js';
import type { LogCommit, RecordLogView } from '../report/record-log-view.js';
import { decodeRecordBytes, versionTooLarge } from '../store/decode-text.js';
import { createGitRunner, type GitRunnerWithInput } from '../store/git.js';
import { commitDay, isShallow, SHALLOW_WARNING } from '../store/git-history.js';
import type { Repository } from '../store/load-repository.js';
import { parseYamlMapping } from '../store/parse-yaml.js';
import type { LoadedFile } from '../store/read-record-file.js';
import { type RecordLogScope, readRecordLog } from '../store/record-log.js';
import { actedCommit, readCodeCommits } from './code-commits.js';
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
  const scope = { root: repository.root, gitRoot: repository.gitRoot };
  // One more `git log`, over the whole tree, for the commits about it: any record may be named in a trailer.
  const [view, shallow, history] = await Promise.all([describeRecordLog(git, scope, file), isShallow(git), readCodeCommits(git, repository, env)]);
  const code = recordCode(file.id, repository.graph);
  const created = valueAt(file.data, ['created']);
  const oldest = view.commits.at(-1);
  const since = typeof created === 'string' && isCalendarDate(created) ? created : oldest ? commitDay(oldest) : undefined;
  const commits = history.map((commit) => ({ ...actedCommit(commit, scope), date: commit.date }));
  return {
    ...view,
    // In a shallow clone the oldest commit it holds looks like the record's creation: say so.
    warnings: shallow ? [SHALLOW_WARNING] : [],
    codeCommits: commitsAbout(commits, code, since),
    codeSince: since ?? null,
    codeGlobs: code.globs,
  };
}

/** What is held of a version until its last comparison: its data, and its size when it was too large to read. */
interface ReadVersion {
  data: ComparedVersion;
  tooLarge?: number;
}

/** What is kept of every version for the status path: its kind, and its text at each field a kind's transitions follow. */
interface VersionSummary {
  kind: Kind | undefined;
  transitionValues: Map<string, string | undefined>;
}

const TRANSITION_FIELDS = [...new Set(KINDS.map((kind) => transitionPath(kind).join('.')))];

function summaryOf(data: ComparedVersion): VersionSummary {
  const textAt = (field: string) => {
    const value = valueAt(data, field.split('.'));
    return typeof value === 'string' ? value : undefined;
  };
  return { kind: kindOf(data), transitionValues: new Map(TRANSITION_FIELDS.map((field) => [field, textAt(field)])) };
}

/** The record's history (newest first) → what the renderers show, one version at a time. */
async function describeRecordLog(
  git: GitRunnerWithInput,
  scope: RecordLogScope,
  file: LoadedFile,
): Promise<Omit<RecordLogView, 'warnings' | 'codeCommits' | 'codeSince' | 'codeGlobs'>> {
  const commits: LogCommit[] = [];
  const summaries: VersionSummary[] = [];
  // Never committed, or the newest committed text unreadable: the working tree holds what git does not.
  let uncommitted = true;
  await readRecordLog<ReadVersion>(git, scope, file.file, {
    read(object, at, newest) {
      if (object.found === 'too-large') return { data: OVER_SIZE_LIMIT, tooLarge: object.size };
      const text = object.found === 'blob' ? decodeRecordBytes(object.bytes, at).text : undefined;
      if (newest) uncommitted = text === undefined || file.text === undefined || !sameText(text, file.text);
      return { data: text === undefined ? null : (parseYamlMapping(text, at).data ?? null) };
    },
    visit({ sha, date, author, subject, file: at }, version, before) {
      const note = version.tooLarge === undefined ? {} : { note: versionTooLarge(version.tooLarge) };
      commits.push({ sha, date, author, subject, file: at, changes: fieldChanges(before?.data, version.data), ...note });
      summaries.push(summaryOf(version.data));
    },
  });
  const kind = file.kind ?? summaries.map((summary) => summary.kind).find((each) => each !== undefined);
  const field = transitionPath(kind).join('.');
  return {
    id: file.id,
    kind,
    file: file.file,
    transitions: foldTransitions(summaries.reverse().map((summary) => summary.transitionValues.get(field))),
    commits,
    uncommitted,
  };
}

/** Line endings aside: a checkout with core.autocrlf has CRLF on disk and LF in git, and that is no change. */
function sameText(a: string, b: string): boolean {
  return a.replace(/\r\n/g, '\n') === b.replace(/\r\n/g, '\n');
}
