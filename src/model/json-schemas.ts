// The JSON Schemas (draft 2020-12) of format v1, derived from the zod schemas.
// Written to schemas/ by `npm run schemas`; a test fails when the committed files drift.
import * as z from 'zod';
import { ConfigSchema } from './config-schema.js';
import { ID_MAX_LENGTH } from './ids.js';
import { QUANTITY_EXAMPLES, QUANTITY_PATTERN } from './quantity.js';
import { QuantityTextSchema, RECORD_SCHEMAS, RecordIdSchema } from './schemas.js';
import { DONE_WITHOUT_RESULT } from './validate-record.js';
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
      // Editors show a failed pattern as the pattern itself (300 characters for a date); these say what is wanted.
      // yaml-language-server reads patternErrorMessage for patterns and formats, errorMessage for the rest.
      // A quantity's text is checked in code (zod has no pattern for it): editors get the parser's own pattern.
      if (ctx.zodSchema === QuantityTextSchema) node.pattern = QUANTITY_PATTERN.source;
      const readable =
        node.format === 'date' ? DATE_MESSAGE : ctx.zodSchema === RecordIdSchema ? ID_MESSAGE : ctx.zodSchema === QuantityTextSchema && QUANTITY_MESSAGE;
      if (readable) Object.assign(node, { patternErrorMessage: readable, errorMessage: readable });
    },
  }) as Record<string, unknown>;
  return json;
}

const DATE_MESSAGE = 'A date that exists, written YYYY-MM-DD, e.g. 2026-03-14 (not 2026-02-30, not 14/3/2026).';
const QUANTITY_MESSAGE = `A number with an optional unit of letters, %, ‰ or a currency sign, e.g. ${QUANTITY_EXAMPLES} (not "58 % → 70 %", not "1,200": write 1 200 or 1,2).`;
const ID_MESSAGE = `A record id: lower-case a–z, 0–9 and single hyphens, at most ${ID_MAX_LENGTH} characters (the file name without .yaml).`;

/** Rules across fields that `check` applies and editors can too: a done experiment has a result. */
function withCrossFieldRules(schema: Record<string, unknown>): Record<string, unknown> {
  return {
    ...schema,
    if: { properties: { status: { const: 'done' } }, required: ['status'] },
    // The message replaces the editor's "Missing property", so it says what check says.
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, in data that is never awaited.
    then: { required: ['result'], errorMessage: DONE_WITHOUT_RESULT },
  };
}

/** File name → schema, for every kind and the config file. */
export function buildJsonSchemas(): Record<string, Record<string, unknown>> {
  const schemas: Record<string, Record<string, unknown>> = {};
  for (const kind of KINDS) {
    const schema = toJsonSchema(RECORD_SCHEMAS[kind]);
    schemas[schemaFileName(kind)] = kind === 'experiment' ? withCrossFieldRules(schema) : schema;
  }
  schemas[schemaFileName('config')] = toJsonSchema(ConfigSchema);
  return schemas;
}

export function serializeJsonSchema(schema: Record<string, unknown>): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
