import { describe, expect, it } from 'vitest';
import { buildJsonSchemas, schemaFileName, serializeJsonSchema } from '../../src/model/json-schemas.js';

describe('JSON Schemas', () => {
  const schemas = buildJsonSchemas();

  it('has one file per kind and one for the config', () => {
    expect(Object.keys(schemas).sort()).toEqual(['config.schema.json', 'experiment.schema.json', 'hypothesis.schema.json', 'insight.schema.json']);
    expect(schemaFileName('insight')).toBe('insight.schema.json');
  });

  it('allows x- keys beside closed properties, and nested in result', () => {
    const experiment = schemas['experiment.schema.json']!;
    expect(experiment.additionalProperties).toBe(false);
    expect(experiment.patternProperties).toEqual({ '^x-': {} });
    const result = (experiment.properties as Record<string, Record<string, unknown>>).result!;
    expect(result.patternProperties).toEqual({ '^x-': {} });
  });

  it('copies descriptions to markdownDescription', () => {
    const hypothesis = schemas['hypothesis.schema.json']!;
    const title = (hypothesis.properties as Record<string, Record<string, unknown>>).title!;
    expect(title.markdownDescription).toBe(title.description);
    expect(title.description).toBeTypeOf('string');
  });

  it('serialises with two-space indentation and a final newline', () => {
    expect(serializeJsonSchema({ a: 1 })).toBe('{\n  "a": 1\n}\n');
  });
});
