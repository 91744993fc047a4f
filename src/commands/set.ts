// hypo set <id> field=value … and hypo status <id> <status>: change fields in place.
// Only the changed lines differ afterwards; an edit that check would reject is refused.
import { show } from '../model/describe-schema-issue.js';
import { valueAt } from '../model/references.js';
import { OUTCOMES, type Outcome } from '../model/vocabulary.js';
import { planEdit } from '../operations/edit-record.js';
import { findRecordFile } from '../operations/find-record.js';
import { loadRepository, type Repository } from '../operations/repository.js';
import { saveChanges } from '../operations/save-changes.js';
import { changingEdits, editableKind, parseAssignments } from '../operations/set-fields.js';
import { renderStatusSuggestions } from '../render/status-suggestions-text.js';
import { sanitizeLine } from '../render/terminal-text.js';
import { suggestStatuses } from '../report/status-suggestions.js';
import type { TextEdit } from '../store/edit-yaml-text.js';
import type { LoadedFile } from '../store/read-record-file.js';
import { type Context, EXIT_OK } from './context.js';
import { printSaveOutcome } from './save-outcome.js';

export interface SetOptions {
  id: string;
  assignments: readonly string[];
  /** `hypo status`: only hypotheses and experiments have one. */
  statusOnly?: boolean;
}

export async function runSet(options: SetOptions, ctx: Context): Promise<number> {
  const repository = await loadRepository(ctx.cwd, ctx.env);
  const record = findRecordFile(repository, options.id);
  // Only the fields that change are written and listed: the others already hold what was asked.
  const edits = changingEdits(record, parseAssignments(editableKind(record, options.statusOnly), options.assignments));
  const change = edits.length === 0 ? undefined : await planEdit(repository, record.file, edits);
  if (!change) {
    ctx.stdout.write(`${sanitizeLine(record.file)}: nothing to change\n`);
    return EXIT_OK;
  }
  const code = await printSaveOutcome(await saveChanges(repository, [change], { faults: ctx.faults }), ctx, `the edit of ${record.file} was`);
  if (code !== EXIT_OK) return code;
  const lines = edits.map((edit) => `  ${edit.path.join('.')}: ${describe(valueAt(record.data, edit.path))} → ${describe(edit.value)}`);
  // The old values are record text, and the new ones came from a command line: neither may drive the terminal.
  ctx.stdout.write(`updated ${sanitizeLine(record.file)}\n${lines.map((line) => `${sanitizeLine(line)}\n`).join('')}`);
  ctx.stdout.write(nextSteps(repository, record, edits));
  return EXIT_OK;
}

/** An experiment this edit made done with an outcome, or gave one when done: the hypotheses' status is next. */
function nextSteps(repository: Repository, record: LoadedFile, edits: readonly TextEdit[]): string {
  if (record.kind !== 'experiment' || !edits.some((edit) => edit.path[0] === 'status' || edit.path[0] === 'result')) return '';
  const after = (path: readonly string[]) => {
    const edit = edits.findLast((each) => each.path.join('.') === path.join('.'));
    return edit ? edit.value : valueAt(record.data, path);
  };
  const outcome = after(['result', 'outcome']);
  const tests = after(['tests']);
  if (after(['status']) !== 'done' || !(OUTCOMES as readonly unknown[]).includes(outcome) || !Array.isArray(tests)) return '';
  return renderStatusSuggestions(outcome as Outcome, suggestStatuses(repository.graph, tests.map(String), outcome as Outcome));
}

function describe(value: unknown): string {
  if (value === undefined) return '(none)';
  if (Array.isArray(value)) return `[${value.map(String).join(', ')}]`;
  return typeof value === 'string' ? value : show(value);
}
