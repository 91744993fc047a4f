// `hypo log --format text`: the status path on the first line, then each commit
// (newest first) with the fields it changed, the way `git log --stat` lists files;
// last, the commits about the record: those touching its code or naming it in a trailer.

import { show } from '../model/describe-schema-issue.js';
import { FILE_FIELD, type FieldChange, NOT_VALID_YAML, OVER_SIZE_LIMIT, transitionPath } from '../model/field-changes.js';
import type { LogCommit, RecordLogView } from '../report/record-log-view.js';
import { type Painter, paintStatus } from './painter.js';
import { sanitizeLine } from './terminal-text.js';
import { oneLine, truncateToWidth } from './text-layout.js';

/** Values longer than this are cut: the log shows that a field changed, `hypo show` shows the text. */
const VALUE_WIDTH = 60;
const INDENT = '  ';
/** The newest commits about a record that text shows; the JSON has them all. */
const CODE_COMMITS_SHOWN = 20;
/** Enough paths to recognise the code a commit touched. */
const FILES_SHOWN = 3;
const ARROW = ' → ';

export function renderLogText(view: RecordLogView, paint: Painter): string {
  const id = sanitizeLine(view.id);
  const code = codeBlock(view, paint);
  if (view.commits.length === 0) {
    return `${[`${paint.bold(id)}: no commits yet: ${paint.path(sanitizeLine(view.file))} is new and not committed`, ...code].join('\n\n')}\n`;
  }
  const blocks = [headline(view, id, paint), ...view.commits.map((commit, index) => commitBlock(commit, view.commits[index + 1], view, paint))];
  if (view.uncommitted) blocks.push(paint.warning(`${sanitizeLine(view.file)} has uncommitted changes, not shown above`));
  return `${[...blocks, ...code].join('\n\n')}\n`;
}

/**
 * The commits about the record, newest first, each with the files of its code it touched or
 * the trailer that names it; nothing for a record without code globs that no trailer names.
 * Subjects and paths are the committers' text: one line each, escapes made visible.
 */
function codeBlock(view: RecordLogView, paint: Painter): string[] {
  const commits = view.codeCommits;
  const since = view.codeSince === null ? '' : `, since ${view.codeSince}`;
  if (commits.length === 0) {
    if (view.codeGlobs.length === 0) return [];
    return [paint.dim(`No commits about it${since}: none touch its code or name it in a Hypo: trailer`)];
  }
  const lines = [paint.bold(`Commits about it (${commits.length}): its code or a Hypo: trailer${since}`)];
  for (const commit of commits.slice(0, CODE_COMMITS_SHOWN)) {
    lines.push([paint.dim(commit.date.slice(0, 10)), paint.warning(commit.sha.slice(0, 7)), oneLine(commit.subject)].join('  '));
    const more = commit.files.length > FILES_SHOWN ? [`+${commit.files.length - FILES_SHOWN} more`] : [];
    const what = [...commit.files.slice(0, FILES_SHOWN).map(sanitizeLine), ...more].join(', ');
    lines.push(`${INDENT}${[what, commit.byTrailer ? paint.dim('(Hypo: trailer)') : ''].filter(Boolean).join('  ')}`);
  }
  if (commits.length > CODE_COMMITS_SHOWN) {
    lines.push(paint.dim(`+${commits.length - CODE_COMMITS_SHOWN} more: hypo log ${sanitizeLine(view.id)} --format json lists them all`));
  }
  return [lines.join('\n')];
}

/** `id: open → testing → supported`; insights follow their decision instead of a status. */
function headline(view: RecordLogView, id: string, paint: Painter): string {
  const word = view.kind === 'insight' ? 'decision' : 'status';
  const values = view.transitions.map((value) => paintStatus(value, paint)(oneLine(value)));
  if (values.length > 1) return `${paint.bold(id)}: ${values.join(ARROW)}`;
  if (values.length === 1) return `${paint.bold(id)}: ${values[0]} (no ${word} changes)`;
  return `${paint.bold(id)}: no ${word} changes`;
}

function commitBlock(commit: LogCommit, older: LogCommit | undefined, view: RecordLogView, paint: Painter): string {
  const head = [paint.dim(commit.date.slice(0, 10)), paint.warning(commit.sha.slice(0, 7)), oneLine(commit.author), oneLine(commit.subject)].join('  ');
  const lines = [head];
  if (older && older.file !== commit.file) lines.push(`${INDENT}${paint.dim(`renamed from ${sanitizeLine(older.file)}`)}`);
  const statusField = transitionPath(view.kind).join('.');
  lines.push(...commit.changes.map((change) => `${INDENT}${changeLine(change, change.field === statusField, paint)}`));
  if (commit.note !== undefined) lines.push(`${INDENT}${paint.warning(sanitizeLine(commit.note))}`);
  else if (commit.changes.length === 0 && !(older && older.file !== commit.file))
    lines.push(`${INDENT}${paint.dim('no field changed (comments or layout only)')}`);
  return lines.join('\n');
}

/** `status: open → testing`, `+ result.outcome: supports`, `- review_by`. */
function changeLine(change: FieldChange, isStatus: boolean, paint: Painter): string {
  if (change.field === FILE_FIELD) {
    if (change.to === NOT_VALID_YAML) return paint.error('the file is not valid YAML here');
    return paint.ok(change.from === OVER_SIZE_LIMIT ? 'the file is under the size limit again' : 'the file is valid YAML again');
  }
  const field = oneLine(change.field);
  const value = (data: unknown) => {
    const text = valueText(data);
    return isStatus ? paintStatus(text, paint)(text) : text;
  };
  if (change.from === null) return `${paint.ok('+')} ${field}: ${value(change.to)}`;
  if (change.to === null) return `${paint.error('-')} ${field}`;
  return `${field}: ${value(change.from)}${ARROW}${value(change.to)}`;
}

/** A value on one line: text as it is, lists in brackets, mappings named; cut to VALUE_WIDTH columns. */
function valueText(value: unknown): string {
  const text = Array.isArray(value) ? `[${value.map(scalarText).join(', ')}]` : scalarText(value);
  return truncateToWidth(oneLine(text), VALUE_WIDTH);
}

function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return show(value);
}
