// hypo rename <old> <new>: the file takes the new id and every reference to it is
// rewritten, all in one all-or-nothing change.
import path from 'node:path';
import type { Context } from '../cli/context.js';
import { HypoError } from '../model/hypo-error.js';
import { explainInvalidId } from '../model/ids.js';
import { referencesOf, valueAt } from '../model/references.js';
import type { FileChange } from '../store/commit-changes.js';
import { applyTextEdits, type TextEdit } from '../store/edit-yaml-text.js';
import { loadRepository } from '../store/load-repository.js';
import { encodeLikeSource, readRecordSource } from '../store/record-source.js';
import { planEdit, saveEdits } from './support/edit-record.js';
import { findRecordFile } from './support/find-record.js';

export interface RenameOptions {
  from: string;
  to: string;
}

export async function runRename(options: RenameOptions, ctx: Context): Promise<number> {
  const repository = await loadRepository(ctx.cwd);
  const record = findRecordFile(repository, options.from);
  const to = options.to;
  const invalid = explainInvalidId(to);
  if (invalid) throw new HypoError('invalid-id', `"${to}" cannot be an id: ${invalid}`);
  if (repository.graph.kinds.has(to)) {
    const taken = repository.files.find((file) => file.id === to)!;
    throw new HypoError('id-exists', `the id "${to}" is taken by ${taken.file}`, { hint: 'choose another id' });
  }

  const newFile = path.posix.join(path.posix.dirname(record.file), `${to}${path.posix.extname(record.file)}`);
  const changes: FileChange[] = [];
  for (const file of repository.files) {
    const edits = referenceEdits(file.kind, file.data, record.id, to);
    if (file.file === record.file) {
      // The record itself moves; its text changes only if it names itself.
      const source = await readRecordSource(path.join(repository.root, file.file));
      const content = encodeLikeSource(source, edits.length ? applyTextEdits(source.text, edits) : source.text);
      changes.push({ action: 'create', file: newFile, content }, { action: 'delete', file: file.file, expected: source.bytes });
    } else if (edits.length > 0) {
      const change = await planEdit(repository, file.file, edits);
      if (change) changes.push(change);
    }
  }
  const code = await saveEdits(repository, changes, ctx, `renaming ${record.id} was`);
  if (code !== 0) return code;
  const updated = changes.filter((change) => change.action === 'replace').map((change) => change.file);
  ctx.stdout.write(`renamed ${record.file} → ${newFile}\n`);
  if (updated.length) ctx.stdout.write(`updated references in ${updated.length} ${updated.length === 1 ? 'file' : 'files'}:\n${updated.map((file) => `  ${file}\n`).join('')}`);
  return 0;
}

/** One edit per reference list that names `from`, with `to` in its place. */
function referenceEdits(kind: Parameters<typeof referencesOf>[0] | undefined, data: unknown, from: string, to: string): TextEdit[] {
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
