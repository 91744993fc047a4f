// What kind of value each field holds, read from the zod schemas, so that
// `hypo set tags=a,b` and `--sample 12` become a list and a number without a
// second hand-written field list.
import type * as z from 'zod';
import { DecisionSchema, ExperimentResultSchema, isExtensionKey, QuantityTextSchema, RECORD_SCHEMAS } from './schemas.js';
import { didYouMean } from './suggest.js';
import type { Kind } from './vocabulary.js';

/** `quantity`: a number with an optional unit (model/quantity.ts): a plain number is stored as a number, anything else as text. */
export type FieldType = 'text' | 'number' | 'quantity' | 'list' | 'mapping' | 'literal';

interface ZodDefLike {
  type: string;
  innerType?: z.ZodType;
  options?: readonly z.ZodType[];
  shape?: Record<string, z.ZodType>;
}

function defOf(schema: z.ZodType): ZodDefLike {
  return (schema as unknown as { _zod: { def: ZodDefLike } })._zod.def;
}

/** Peels optional/default wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let def = defOf(current); def.innerType; def = defOf(current)) current = def.innerType;
  return current;
}

function shapeAt(kind: Kind, parent: readonly string[]): Record<string, z.ZodType> | undefined {
  if (parent.length === 0) return RECORD_SCHEMAS[kind].shape as Record<string, z.ZodType>;
  if (parent.length === 1 && parent[0] === 'result' && kind === 'experiment') return ExperimentResultSchema.shape;
  if (parent.length === 1 && parent[0] === 'decision' && kind === 'insight') return DecisionSchema.shape;
  return undefined;
}

/** The fields a record of `kind` may hold at `parent` (top level when empty). */
export function fieldNames(kind: Kind, parent: readonly string[] = []): string[] {
  return Object.keys(shapeAt(kind, parent) ?? {});
}

/** The schema of the field at `path`; only a field the schema names, never an inherited property such as `toString`. */
function schemaAt(kind: Kind, path: readonly string[]): z.ZodType | undefined {
  const shape = shapeAt(kind, path.slice(0, -1));
  const name = path[path.length - 1];
  return shape && name !== undefined && Object.hasOwn(shape, name) ? shape[name] : undefined;
}

export function fieldType(kind: Kind, path: readonly string[]): FieldType | undefined {
  const schema = schemaAt(kind, path);
  if (!schema) return undefined;
  const def = defOf(unwrap(schema));
  const type = def.type;
  if (type === 'union' && def.options?.includes(QuantityTextSchema)) return 'quantity';
  if (type === 'array') return 'list';
  if (type === 'number' || type === 'int') return 'number';
  if (type === 'object') return 'mapping';
  if (type === 'literal') return 'literal';
  return 'text';
}

export function isRequiredField(kind: Kind, path: readonly string[]): boolean {
  const schema = schemaAt(kind, path);
  return schema !== undefined && defOf(schema).type !== 'optional';
}

/** Why `path` names no field a record of `kind` may hold, with the next step; undefined when it names one. */
export interface FieldPathProblem {
  message: string;
  hint: string;
}

const ARTICLE: Record<Kind, string> = { hypothesis: 'a hypothesis', experiment: 'an experiment', insight: 'an insight' };

/**
 * Checks a field path typed by a person against the schema of `kind`: each step must be a field
 * the schema names at that depth, or an `x-` extension key (anything below one is the team's own).
 * Only mappings the schema describes (an experiment's result, an insight's decision) can be stepped into.
 */
export function fieldPathProblem(kind: Kind, path: readonly string[]): FieldPathProblem | undefined {
  for (const [depth, step] of path.entries()) {
    if (isExtensionKey(step)) return undefined;
    const parent = path.slice(0, depth);
    const known = fieldNames(kind, parent);
    if (!known.includes(step)) {
      const where = depth === 0 ? ARTICLE[kind] : `${ARTICLE[kind]}'s ${parent.join('.')}`;
      return {
        message: `"${path.slice(0, depth + 1).join('.')}" is not a field of ${where}${didYouMean(step, known)}`,
        hint: `the fields of ${where} are ${known.join(', ')}; team extensions start with "x-"`,
      };
    }
    if (depth < path.length - 1 && fieldNames(kind, path.slice(0, depth + 1)).length === 0) {
      const field = path.slice(0, depth + 1).join('.');
      return {
        message: `${field} holds a value, not fields, so ${path.join('.')} cannot be set`,
        hint: `set ${field} itself: hypo set <id> ${field}=…`,
      };
    }
  }
  return undefined;
}

/** A value typed on a command line → the value to store. Lists split on commas; numbers stay text when not numeric (validation says why). */
export function parseFieldValue(type: FieldType | undefined, raw: string): string | number | string[] {
  if (type === 'list')
    return splitListItems(raw)
      .map((item) => item.trim())
      .filter(Boolean);
  if (type === 'number' && /^-?\d+(\.\d+)?$/.test(raw.trim())) return Number(raw);
  // `--baseline 58` is the number 58, as `baseline: 58` in the file; `58 %` stays text.
  if (type === 'quantity' && /^-?\d+(\.\d+)?$/.test(raw.trim())) return Number(raw);
  if (type === 'quantity') return raw.trim();
  return raw;
}

/**
 * `a,b` → items, split on the commas outside braces: a glob's alternatives (`src/{a,b}/**`)
 * stay one item. Braces that do not pair up are no glob: then every comma splits.
 */
export function splitListItems(raw: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < raw.length; index++) {
    const char = raw[index];
    if (char === '{') depth++;
    else if (char === '}') {
      if (depth === 0) return raw.split(',');
      depth--;
    } else if (char === ',' && depth === 0) {
      items.push(raw.slice(start, index));
      start = index + 1;
    }
  }
  if (depth !== 0) return raw.split(',');
  items.push(raw.slice(start));
  return items;
}
