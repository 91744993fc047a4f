// `hypo list` as data: the loaded files, filtered and sorted into rows. Read from the
// raw data rather than the validated record, so a record with a schema error in an
// unrelated field still shows up in the list that people use to find it.
import type { GraphInput } from '../model/graph.js';
import { HypoError } from '../model/hypo-error.js';
import { parseKind } from '../model/parse-kind.js';
import { didYouMean } from '../model/suggest.js';
import { EXPERIMENT_STATUSES, HYPOTHESIS_STATUSES, KINDS, type Kind } from '../model/vocabulary.js';

export interface RecordRow {
  id: string;
  kind: Kind;
  title: string;
  status: string;
  /** Relative to the repository root, with forward slashes. */
  file: string;
}

export interface ListFilters {
  kind?: Kind;
  status?: string;
  tag?: string;
  owner?: string;
}

/** What the command line gives: free text, checked by `parseListFilters`. */
export interface ListFilterInput {
  kind?: string | undefined;
  status?: string | undefined;
  tag?: string | undefined;
  owner?: string | undefined;
}

/** An insight has no status field; whether its decision was taken stands in for one. */
export const INSIGHT_STATUSES = ['decided', 'undecided'] as const;

export const STATUSES_BY_KIND: Record<Kind, readonly string[]> = {
  hypothesis: HYPOTHESIS_STATUSES,
  experiment: EXPERIMENT_STATUSES,
  insight: INSIGHT_STATUSES,
};

/** The status a list shows for a record, from its raw data; "" when the field is missing or not text. */
export function statusOf(kind: Kind, data: unknown): string {
  if (kind === 'insight') return isMapping(field(data, 'decision')) ? 'decided' : 'undecided';
  const status = field(data, 'status');
  return typeof status === 'string' ? status : '';
}

/** The title from raw data; "" when it is missing or not text. */
export function titleOf(data: unknown): string {
  const title = field(data, 'title');
  return typeof title === 'string' ? title : '';
}

/**
 * The command line's filters, checked before anything is read: a kind may be a unique
 * prefix (`hyp`) or the folder name (`hypotheses`); a status must belong to the kind.
 */
export function parseListFilters(input: ListFilterInput): ListFilters {
  const filters: ListFilters = {};
  if (input.kind !== undefined) filters.kind = parseKind(input.kind, '--kind');
  if (input.status !== undefined) filters.status = parseStatus(input.status, filters.kind);
  if (input.tag !== undefined) filters.tag = input.tag;
  if (input.owner !== undefined) filters.owner = input.owner;
  return filters;
}

/** Every file with an id and a known kind that passes the filters, by kind (hypothesis, experiment, insight) then id. */
export function listRecords(files: readonly GraphInput[], filters: ListFilters = {}): RecordRow[] {
  const rows: RecordRow[] = [];
  for (const file of files) {
    if (!file.kind || file.id === '') continue;
    const data = file.data ?? file.record;
    const row: RecordRow = { id: file.id, kind: file.kind, title: titleOf(data), status: statusOf(file.kind, data), file: file.file };
    if (matches(row, data, filters)) rows.push(row);
  }
  return rows.sort(compareRows);
}

function matches(row: RecordRow, data: unknown, filters: ListFilters): boolean {
  if (filters.kind !== undefined && row.kind !== filters.kind) return false;
  if (filters.status !== undefined && row.status !== filters.status) return false;
  if (filters.tag !== undefined) {
    const tags = field(data, 'tags');
    if (!Array.isArray(tags) || !tags.includes(filters.tag)) return false;
  }
  if (filters.owner !== undefined) {
    // Names are typed by hand in both places, so "sara öberg" should find "Sara Öberg".
    const owner = field(data, 'owner');
    if (typeof owner !== 'string' || owner.toLocaleLowerCase() !== filters.owner.toLocaleLowerCase()) return false;
  }
  return true;
}

function compareRows(a: RecordRow, b: RecordRow): number {
  const byKind = KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind);
  if (byKind !== 0) return byKind;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  // Two files with one id (a duplicate check reports): keep the output stable.
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

function parseStatus(input: string, kind: Kind | undefined): string {
  const wanted = input.trim().toLowerCase();
  const allowed = kind ? STATUSES_BY_KIND[kind] : [...new Set(KINDS.flatMap((each) => STATUSES_BY_KIND[each]))];
  if (allowed.includes(wanted)) return wanted;
  const of = kind ? `a status of ${article(kind)} ${kind}` : 'a status';
  const owners = KINDS.filter((each) => STATUSES_BY_KIND[each].includes(wanted));
  // The status exists, just not for the chosen kind: point at the kind it belongs to.
  const hint = owners[0]
    ? `"${wanted}" is a status of ${article(owners[0])} ${owners[0]}: hypo list --kind ${owners[0]} --status ${wanted}`
    : `the statuses${kind ? ` of ${article(kind)} ${kind}` : ''} are ${allowed.join(', ')}`;
  throw new HypoError('bad-filter', `--status "${input}" is not ${of} (${allowed.join(', ')})${didYouMean(wanted, allowed)}`, { hint });
}

function article(kind: Kind): string {
  return kind === 'hypothesis' ? 'a' : 'an';
}

function field(data: unknown, key: string): unknown {
  return isMapping(data) ? data[key] : undefined;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
