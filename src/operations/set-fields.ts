// `hypo set <id> field=value …` and `hypo status <id> <status>`: the assignments typed
// → edits of the record's text, refused before anything is read when they cannot apply.
import { isSameValue } from '../model/field-changes.js';
import { fieldPathProblem, fieldType, parseFieldValue } from '../model/field-types.js';
import { HypoError } from '../model/hypo-error.js';
import { valueAt } from '../model/references.js';
import type { Kind } from '../model/vocabulary.js';
import type { TextEdit } from '../store/edit-yaml-text.js';
import type { LoadedFile } from '../store/read-record-file.js';

const ASSIGNMENT = /^([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)=([\s\S]*)$/;

/** The record's kind, which says what its fields are; a record without a valid kind cannot be edited by field. */
export function editableKind(record: LoadedFile, statusOnly = false): Kind {
  if (!record.kind) {
    throw new HypoError('broken-record', `${record.file} has no valid kind, so its fields cannot be edited`, {
      hint: `hypo check shows what to fix in ${record.file}`,
    });
  }
  if (statusOnly && record.kind === 'insight') {
    throw new HypoError('no-status', 'an insight has no status: it is decided or not', {
      hint: `hypo decide ${record.id} <persevere|pivot|stop|iterate> --summary "…"`,
    });
  }
  return record.kind;
}

/** `field=value`, `a.b=value` for nested fields, `field=` to remove an optional field; a field the schema does not name (nor an `x-` key) is a usage error. */
export function parseAssignments(kind: Kind, assignments: readonly string[]): TextEdit[] {
  return assignments.map((assignment) => {
    const match = ASSIGNMENT.exec(assignment);
    if (!match) throw new HypoError('bad-assignment', `"${assignment}" is not field=value`, { hint: 'for example: hypo set <id> status=testing tags=a,b' });
    const fieldPath = match[1]!.split('.');
    if (fieldPath[0] === 'kind') throw new HypoError('kind-fixed', 'the kind of a record cannot change', { hint: 'create a new record with hypo new' });
    const problem = fieldPathProblem(kind, fieldPath);
    if (problem) throw new HypoError('unknown-field', problem.message, { hint: problem.hint });
    const raw = match[2]!;
    return { path: fieldPath, value: raw === '' ? undefined : parseFieldValue(fieldType(kind, fieldPath), raw) };
  });
}

/**
 * The edits that change a value: `importance=high` on a record already high is left out, so
 * that it neither touches the file (a quoted value stays quoted) nor is reported as a change.
 * An empty field and a missing one are the same: both hold nothing.
 */
export function changingEdits(record: LoadedFile, edits: readonly TextEdit[]): TextEdit[] {
  return edits.filter((edit) => !isSameValue(valueAt(record.data, edit.path) ?? null, edit.value ?? null));
}
