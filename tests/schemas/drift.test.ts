// The committed JSON Schemas are generated from the zod schemas; this fails when
// they drift apart. Fix it with `npm run schemas`.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildJsonSchemas, serializeJsonSchema } from '../../src/model/json-schemas.js';

const folder = new URL('../../schemas/', import.meta.url);

describe('schemas/', () => {
  const generated = buildJsonSchemas();

  it('holds exactly the generated schemas', () => {
    expect(readdirSync(folder).sort()).toEqual(Object.keys(generated).sort());
  });

  for (const [name, schema] of Object.entries(generated)) {
    it(`${name} matches the zod schema (run npm run schemas if not)`, () => {
      expect(readFileSync(new URL(name, folder), 'utf8')).toBe(serializeJsonSchema(schema));
    });
  }

  it('are draft 2020-12, reject unknown fields and allow x- extensions', () => {
    const hypothesis = generated['hypothesis.schema.json']!;
    expect(hypothesis.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(hypothesis.additionalProperties).toBe(false);
    expect(hypothesis.patternProperties).toEqual({ '^x-': {} });
    expect(hypothesis.required).toEqual(['kind', 'title', 'statement', 'status']);
  });
});
