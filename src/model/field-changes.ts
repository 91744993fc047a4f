// What changed in a record between two of its versions, field by field, and the
// path its status took over all versions. Pure: versions arrive as parsed data.
import { fieldNames } from './field-types.js';
import type { DataPath } from './source-map.js';
import { KINDS, type Kind } from './vocabulary.js';

/** One field that differs; `from`/`to` are the data values, null when absent. */
export interface FieldChange {
  /** The field's name, `result.outcome` one level down, or `(file)` for the file as a whole. */
  field: string;
  from: unknown;
  to: unknown;
}

/** A record's data at one version; null when the text there is not a valid YAML mapping. */
export type VersionData = Record<string, unknown> | null;

/**
 * A version too large to be read (over the size a record may have): compared like an
 * unreadable one, under its own name, so the next version does not read as "valid YAML again".
 */
export const OVER_SIZE_LIMIT = 'over the size limit';

/** A version as compared: its data, or OVER_SIZE_LIMIT when it was never read. */
export type ComparedVersion = VersionData | typeof OVER_SIZE_LIMIT;

export const FILE_FIELD = '(file)';
export const NOT_VALID_YAML = 'not valid YAML';

/** The mappings whose fields are compared one by one: a changed outcome says more than "result changed". */
const NESTED_FIELDS = ['result', 'decision'] as const;

/**
 * The changes from `before` to `after`. `before` is undefined for the version that
 * created the file: every field it has is then listed as added. A version over the size
 * limit has no fields to list: the log says why in a note of its own.
 */
export function fieldChanges(before: ComparedVersion | undefined, after: ComparedVersion): FieldChange[] {
  if (after === null) return [{ field: FILE_FIELD, from: null, to: NOT_VALID_YAML }];
  if (after === OVER_SIZE_LIMIT) return [];
  // After a broken or unread version there is nothing to compare with: the fields come back as added.
  if (before === null || before === OVER_SIZE_LIMIT)
    return [{ field: FILE_FIELD, from: before ?? NOT_VALID_YAML, to: null }, ...fieldChanges(undefined, after)];
  const old = before ?? {};
  const changes: FieldChange[] = [];
  for (const key of unionKeys(old, after)) {
    const [from, to] = [own(old, key), own(after, key)];
    if ((NESTED_FIELDS as readonly string[]).includes(key) && isMappingOrAbsent(from) && isMappingOrAbsent(to)) {
      const [innerFrom, innerTo] = [asMapping(from), asMapping(to)];
      for (const inner of unionKeys(innerFrom, innerTo)) pushChange(changes, `${key}.${inner}`, own(innerFrom, inner), own(innerTo, inner));
    } else {
      pushChange(changes, key, from, to);
    }
  }
  return sortChanges(changes, kindOf(after) ?? kindOf(before));
}

/** The field whose values make a record's transitions: its status, or an insight's decision. */
export function transitionPath(kind: Kind | undefined): DataPath {
  return kind === 'insight' ? ['decision', 'action'] : ['status'];
}

/**
 * The values the transition field took (its value in each version, oldest first) → the path
 * they make: text values only, repeats in a row folded (open, open, testing → open, testing);
 * a return to an earlier value stays visible.
 */
export function foldTransitions(values: readonly unknown[]): string[] {
  const path: string[] = [];
  for (const value of values) if (typeof value === 'string' && value !== '' && path[path.length - 1] !== value) path.push(value);
  return path;
}

/** The kind a version's data declares, when it is one hypo knows. */
export function kindOf(data: ComparedVersion | undefined): Kind | undefined {
  const kind = typeof data === 'object' ? data?.kind : undefined;
  return typeof kind === 'string' && (KINDS as readonly string[]).includes(kind) ? (kind as Kind) : undefined;
}

function pushChange(changes: FieldChange[], field: string, from: unknown, to: unknown): void {
  // An empty field (`review_by:`) holds no value, just like a missing one.
  const [before, after] = [from ?? null, to ?? null];
  if (!isSameValue(before, after)) changes.push({ field, from: before, to: after });
}

/** Transition field first, then the schema's order (nested fields at their parent's place), then unknown and x- keys by name. */
function sortChanges(changes: FieldChange[], kind: Kind | undefined): FieldChange[] {
  const topOrder = kind ? fieldNames(kind) : [...new Set(KINDS.flatMap((each) => fieldNames(each)))];
  const nestedOrder: Record<string, string[]> = {
    result: fieldNames('experiment', ['result']),
    decision: fieldNames('insight', ['decision']),
  };
  const first = transitionPath(kind).join('.');
  const rank = (field: string): [number, number] => {
    if (field === first) return [-1, -1];
    const [top = field, inner] = splitField(field);
    const topIndex = topOrder.indexOf(top);
    const innerIndex = inner === undefined ? -1 : (nestedOrder[top] ?? []).indexOf(inner);
    return [topIndex === -1 ? Number.MAX_SAFE_INTEGER : topIndex, inner !== undefined && innerIndex === -1 ? Number.MAX_SAFE_INTEGER : innerIndex];
  };
  const ranked = changes.map((change) => ({ change, rank: rank(change.field), parts: splitField(change.field) }));
  ranked.sort((a, b) => {
    if (a.rank[0] !== b.rank[0]) return a.rank[0] - b.rank[0];
    // Unknown top-level keys share a rank: order them by name, keeping each one's nested fields together.
    if (a.parts[0] !== b.parts[0]) return compareText(a.parts[0], b.parts[0]);
    if (a.rank[1] !== b.rank[1]) return a.rank[1] - b.rank[1];
    return compareText(a.change.field, b.change.field);
  });
  return ranked.map((entry) => entry.change);
}

/** `result.outcome` → ['result', 'outcome']; only the nested mappings are split, so an x- key with a dot stays whole. */
function splitField(field: string): [string, string | undefined] {
  for (const parent of NESTED_FIELDS) if (field.startsWith(`${parent}.`)) return [parent, field.slice(parent.length + 1)];
  return [field, undefined];
}

/** Code-unit order: the same on every machine, whatever the locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A key's value when the mapping holds that key, never a property it inherits (`toString`, `constructor`). */
function own(mapping: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(mapping, key) ? mapping[key] : undefined;
}

function unionKeys(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])];
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isMappingOrAbsent(value: unknown): boolean {
  return value === undefined || value === null || isMapping(value);
}

function asMapping(value: unknown): Record<string, unknown> {
  return isMapping(value) ? value : {};
}

/** Structural equality of YAML data: key order in a mapping does not matter, list order does. */
export function isSameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => isSameValue(item, b[index]));
  }
  if (isMapping(a) && isMapping(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && isSameValue(a[key], b[key]));
  }
  // NaN from `.nan` equals itself as data.
  return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
}
