// `hypo rename <old> <new>`: the file takes the new id and every reference to it is
// rewritten, planned as one change that saveChanges writes all or nothing.
import path from 'node:path';
import { HypoError } from '../model/hypo-error.js';
import type { Problem } from '../model/problem.js';
import { referencesOf, valueAt } from '../model/references.js';
import type { Kind } from '../model/vocabulary.js';
import type { FileChange } from '../store/commit-changes.js';
import { applyTextEdits, type TextEdit } from '../store/edit-yaml-text.js';
import type { Repository } from '../store/load-repository.js';
import { type LoadedFile, unreadProblem } from '../store/read-record-file.js';
import { encodeLikeSource, readRecordSource } from '../store/record-source.js';
import { planEdit } from './edit-record.js';
import { assertIdFree, findRecordFile } from './find-record.js';

export interface RenamePlan {
  record: LoadedFile;
  /** The record's new path, relative to the repository root. */
  newFile: string;
  changes: FileChange[];
  /** The other files whose references change. */
  updated: string[];
}

export async function planRename(repository: Repository, from: string, to: string): Promise<RenamePlan> {
  const record = findRecordFile(repository, from);
  assertEverythingRead(repository, record);
  assertIdFree(repository, to, 'choose another id');
  const newFile = path.posix.join(path.posix.dirname(record.file), `${to}${path.posix.extname(record.file)}`);
  const changes: FileChange[] = [];
  for (const file of repository.files) {
    const edits = referenceEdits(file.kind, file.data, record.id, to);
    if (file.file === record.file) {
      // The record itself moves; its text changes only if it names itself.
      const source = await readRecordSource(path.join(repository.root, file.file), file.file);
      const content = encodeLikeSource(source, edits.length ? applyTextEdits(source.text, edits) : source.text);
      changes.push({ action: 'create', file: newFile, content }, { action: 'delete', file: file.file, expected: source.bytes });
    } else if (edits.length > 0) {
      const change = await planEdit(repository, file.file, edits);
      if (change) changes.push(change);
    }
  }
  const updated = changes.filter((change) => change.action === 'replace').map((change) => change.file);
  return { record, newFile, changes, updated };
}

/**
 * A rename rewrites every reference to the record, so it must see every file: a record it could not
 * read is never rewritten, and a file or folder it could not read (check's problems) may hold a
 * reference it would leave dangling. Either stops the rename before anything is planned.
 */
function assertEverythingRead(repository: Repository, record: LoadedFile): void {
  const own = unreadProblem(record);
  if (own) {
    throw new HypoError('unreadable-file', `${where(own)}: ${own.message}; hypo never rewrites a file it cannot read, so nothing was renamed`, {
      hint: `hypo check shows what to fix in ${record.file}; then rename again`,
      exitCode: 1,
    });
  }
  const unseen = [...repository.problems, ...repository.files.flatMap((file) => unreadProblem(file) ?? [])];
  const first = unseen[0];
  if (first) {
    const more = unseen.length > 1 ? ` (and ${unseen.length - 1} more)` : '';
    throw new HypoError(
      'unreadable-file',
      `${where(first)}: ${first.message}${more}; references to ${record.id} there could not be updated, so nothing was renamed`,
      { hint: 'hypo check lists what cannot be read; fix it, then rename again', exitCode: 1 },
    );
  }
}

function where(problem: Problem): string {
  return problem.line > 1 || problem.column > 1 ? `${problem.file}:${problem.line}:${problem.column}` : problem.file;
}

/** One edit per reference list that names `from`, with `to` in its place. */
function referenceEdits(kind: Kind | undefined, data: unknown, from: string, to: string): TextEdit[] {
  if (!kind || !data) return [];
  const lists = new Map<string, readonly string[]>();
  for (const reference of referencesOf(kind, data)) {
    if (reference.id !== from) continue;
    const listPath = reference.path.slice(0, -1).map(String);
    lists.set(listPath.join('.'), listPath);
  }
  return [...lists.values()].map((listPath) => {
    const list = valueAt(data, listPath) as unknown[];
    return { path: listPath, value: list.map((item) => (item === from ? to : (item as string))) };
  });
}
