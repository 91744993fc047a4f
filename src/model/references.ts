// The links between records, read leniently from raw data so that a record with an
// unrelated schema error still has its references checked.
import type { DataPath } from './source-map.js';
import type { Kind } from './vocabulary.js';

export interface Reference {
  /** Where the id stands in the record, e.g. ['tests', 1]. */
  path: DataPath;
  id: string;
  /** The kinds the field may name. */
  expected: readonly Kind[];
  /** The field in words, for messages: "tests". */
  field: string;
}

const ANY_KIND: readonly Kind[] = ['hypothesis', 'experiment', 'insight'];

/** Reference fields per kind: [path to the list, kinds it may name]. */
const REFERENCE_FIELDS: Record<Kind, readonly (readonly [DataPath, readonly Kind[]])[]> = {
  hypothesis: [],
  experiment: [[['tests'], ['hypothesis']]],
  insight: [
    [['from'], ['experiment']],
    [['hypotheses'], ['hypothesis']],
    [['decision', 'next'], ANY_KIND],
  ],
};

/** The kinds a reference field may name, by its last key (`tests`, `from`, `hypotheses`, `next`); undefined for any other field. */
export function kindsNamedBy(field: string): readonly Kind[] | undefined {
  for (const fields of Object.values(REFERENCE_FIELDS)) for (const [path, kinds] of fields) if (path.at(-1) === field) return kinds;
  return undefined;
}

export function referencesOf(kind: Kind, data: unknown): Reference[] {
  const references: Reference[] = [];
  for (const [path, expected] of REFERENCE_FIELDS[kind]) {
    const list = valueAt(data, path);
    if (!Array.isArray(list)) continue;
    list.forEach((item, index) => {
      if (typeof item === 'string') references.push({ path: [...path, index], id: item, expected, field: path.join('.') });
    });
  }
  return references;
}

/** Each id a record names, with its field's last key (`tests`, `from`, `hypotheses`, `next`): what referencesOf gives, without building a path for each. */
export function forEachReferencedId(kind: Kind, data: unknown, visit: (field: string, id: string) => void): void {
  for (const [path] of REFERENCE_FIELDS[kind]) {
    const list = valueAt(data, path);
    if (!Array.isArray(list)) continue;
    const field = path[path.length - 1] as string;
    for (const item of list) if (typeof item === 'string') visit(field, item);
  }
}

/** The value at `path`, stepping only into the data's own keys: `toString` or `__proto__` finds nothing a file did not hold. */
export function valueAt(data: unknown, path: DataPath): unknown {
  let current = data;
  for (const step of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, step)) return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}
