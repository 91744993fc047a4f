// hypo set <id> field=value … and hypo status <id> <status>: change fields in place.
// Only the changed lines differ afterwards; an edit that check would reject is refused.
import type { Context } from '../cli/context.js';
import { show } from '../model/describe-schema-issue.js';
import { fieldType, parseFieldValue } from '../model/field-types.js';
import { HypoError } from '../model/hypo-error.js';
import { valueAt } from '../model/references.js';
import { sanitizeForTerminal } from '../render/terminal-text.js';
import type { TextEdit } from '../store/edit-yaml-text.js';
import { loadRepository } from '../store/load-repository.js';
import { planEdit, saveEdits } from './support/edit-record.js';
import { findRecordFile } from './support/find-record.js';

export interface SetOptions {
  id: string;
  assignments: readonly string[];
  /** `hypo status`: only hypotheses and experiments have one. */
  statusOnly?: boolean;
}

const ASSIGNMENT = /^([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)=([\s\S]*)$/;

export async function runSet(options: SetOptions, ctx: Context): Promise<number> {
  const repository = await loadRepository(ctx.cwd);
  const record = findRecordFile(repository, options.id);
  if (!record.kind) {
    throw new HypoError('broken-record', `${record.file} has no valid kind, so its fields cannot be edited`, { hint: `hypo check shows what to fix in ${record.file}` });
  }
  const kind = record.kind;
  if (options.statusOnly && kind === 'insight') {
    throw new HypoError('no-status', 'an insight has no status: it is decided or not', { hint: `hypo decide ${record.id} <persevere|pivot|stop|iterate> --summary "…"` });
  }
  const edits: TextEdit[] = options.assignments.map((assignment) => {
    const match = ASSIGNMENT.exec(assignment);
    if (!match) throw new HypoError('bad-assignment', `"${assignment}" is not field=value`, { hint: 'for example: hypo set <id> status=testing tags=a,b' });
    const fieldPath = match[1]!.split('.');
    if (fieldPath[0] === 'kind') throw new HypoError('kind-fixed', 'the kind of a record cannot change', { hint: 'create a new record with hypo new' });
    const raw = match[2]!;
    return { path: fieldPath, value: raw === '' ? undefined : parseFieldValue(fieldType(kind, fieldPath), raw) };
  });

  const change = await planEdit(repository, record.file, edits);
  if (!change) {
    ctx.stdout.write(`${sanitizeForTerminal(record.file)}: nothing to change\n`);
    return 0;
  }
  const code = await saveEdits(repository, [change], ctx, `the edit of ${record.file} was`);
  if (code !== 0) return code;
  const lines = edits.map((edit) => {
    const before = valueAt(record.data, edit.path);
    return `  ${edit.path.join('.')}: ${describe(before)} → ${describe(edit.value)}`;
  });
  // The old values are record text, and the new ones came from a command line: neither may drive the terminal.
  ctx.stdout.write(sanitizeForTerminal(`updated ${record.file}\n${lines.join('\n')}\n`));
  return 0;
}

function describe(value: unknown): string {
  if (value === undefined) return '(none)';
  if (Array.isArray(value)) return `[${value.map(String).join(', ')}]`;
  return typeof value === 'string' ? value : show(value);
}
