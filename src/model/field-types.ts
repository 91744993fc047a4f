// What kind of value each field holds, read from the zod schemas, so that
// `hypo set tags=a,b` and `--sample 12` become a list and a number without a
// second hand-written field list.
import type * as z from 'zod';
import { DecisionSchema, ExperimentResultSchema, RECORD_SCHEMAS } from './schemas.js';
import type { Kind } from './vocabulary.js';

export type FieldType = 'text' | 'number' | 'list' | 'mapping' | 'literal';

interface ZodDefLike {
  type: string;
  innerType?: z.ZodType;
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

export function fieldType(kind: Kind, path: readonly string[]): FieldType | undefined {
  const schema = shapeAt(kind, path.slice(0, -1))?.[path[path.length - 1]!];
  if (!schema) return undefined;
  const type = defOf(unwrap(schema)).type;
  if (type === 'array') return 'list';
  if (type === 'number' || type === 'int') return 'number';
  if (type === 'object') return 'mapping';
  if (type === 'literal') return 'literal';
  return 'text';
}

export function isRequiredField(kind: Kind, path: readonly string[]): boolean {
  const schema = shapeAt(kind, path.slice(0, -1))?.[path[path.length - 1]!];
  return schema !== undefined && defOf(schema).type !== 'optional';
}

/** A value typed on a command line → the value to store. Lists split on commas; numbers stay text when not numeric (validation says why). */
export function parseFieldValue(type: FieldType | undefined, raw: string): string | number | string[] {
  if (type === 'list')
    return raw
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  if (type === 'number' && /^-?\d+(\.\d+)?$/.test(raw.trim())) return Number(raw);
  return raw;
}
