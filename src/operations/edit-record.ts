// Edits to an existing record, as text splices that keep its comments and formatting,
// turned into a change for saveChanges (checked, then written all or nothing).
import path from 'node:path';
import type { FileChange } from '../store/commit-changes.js';
import { applyTextEdits, type TextEdit } from '../store/edit-yaml-text.js';
import type { Repository } from '../store/load-repository.js';
import { encodeLikeSource, readRecordSource } from '../store/record-source.js';

export type { TextEdit } from '../store/edit-yaml-text.js';

/** The change that applies `edits` to `file`, or undefined when the text would stay the same. */
export async function planEdit(repository: Repository, file: string, edits: readonly TextEdit[]): Promise<FileChange | undefined> {
  const source = await readRecordSource(path.join(repository.root, file), file);
  const content = encodeLikeSource(source, applyTextEdits(source.text, edits));
  if (Buffer.from(content).equals(Buffer.from(source.bytes))) return undefined;
  return { action: 'replace', file, content, expected: source.bytes };
}
