// Edits to one or more existing records, as text splices that keep comments and
// formatting, then saved through saveChanges (validated, all or nothing).
import path from 'node:path';
import type { Context } from '../../cli/context.js';
import type { FileChange } from '../../store/commit-changes.js';
import { applyTextEdits, type TextEdit } from '../../store/edit-yaml-text.js';
import type { Repository } from '../../store/load-repository.js';
import { encodeLikeSource, readRecordSource } from '../../store/record-source.js';
import { reportRefusal, reportWarnings, saveChanges } from './save-changes.js';

/** The change that applies `edits` to `file`, or undefined when the text would stay the same. */
export async function planEdit(repository: Repository, file: string, edits: readonly TextEdit[]): Promise<FileChange | undefined> {
  const source = await readRecordSource(path.join(repository.root, file));
  const content = encodeLikeSource(source, applyTextEdits(source.text, edits));
  if (Buffer.from(content).equals(Buffer.from(source.bytes))) return undefined;
  return { action: 'replace', file, content, expected: source.bytes };
}

/** Saves the changes, printing a refusal or the warnings; returns the exit code. */
export async function saveEdits(repository: Repository, changes: readonly FileChange[], ctx: Context, what: string): Promise<number> {
  const outcome = await saveChanges(repository, changes);
  if (!outcome.saved) return await reportRefusal(outcome, ctx, what);
  await reportWarnings(outcome, ctx);
  return 0;
}
