// The JSON Schemas (draft 2020-12) of format v1, derived from the zod schemas.
// Written to schemas/ by `npm run schemas`; a test fails when the committed files drift.
import * as z from 'zod';
import { ConfigSchema } from './config-schema.js';
import { RECORD_SCHEMAS } from './schemas.js';
import { KINDS } from './vocabulary.js';

export function schemaFileName(name: string): string {
  return `${name}.schema.json`;
}

function toJsonSchema(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    override: (ctx) => {
      const node = ctx.jsonSchema as Record<string, unknown>;
      // Team extensions (`x-…`) are allowed in every mapping that otherwise allows no unknown keys.
      if (node.additionalProperties === false) node.patternProperties = { '^x-': {} };
      // Editors (VS Code) show markdownDescription on hover where present.
      if (typeof node.description === 'string') node.markdownDescription = node.description;
    },
  }) as Record<string, unknown>;
  return json;
}

/** File name → schema, for every kind and the config file. */
export function buildJsonSchemas(): Record<string, Record<string, unknown>> {
  const schemas: Record<string, Record<string, unknown>> = {};
  for (const kind of KINDS) schemas[schemaFileName(kind)] = toJsonSchema(RECORD_SCHEMAS[kind]);
  schemas[schemaFileName('config')] = toJsonSchema(ConfigSchema);
  return schemas;
}

export function serializeJsonSchema(schema: Record<string, unknown>): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
