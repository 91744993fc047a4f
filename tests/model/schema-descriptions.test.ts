// Editors show a field's description on hover and while completing: every property of
// every JSON Schema has one, as plain text and as Markdown.
import { describe, expect, it } from 'vitest';
import { buildJsonSchemas } from '../../src/model/json-schemas.js';

/** Every `properties` entry at any depth (nested mappings, list items, union branches), by its path;
 * not inside an `if`, which tests fields rather than describing them. */
function propertiesOf(node: unknown, path = ''): [string, Record<string, unknown>][] {
  if (node === null || typeof node !== 'object') return [];
  if (Array.isArray(node)) return node.flatMap((item, index) => propertiesOf(item, `${path}[${index}]`));
  const found: [string, Record<string, unknown>][] = [];
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === 'if') continue;
    if (key === 'properties' && value && typeof value === 'object') {
      for (const [name, property] of Object.entries(value as Record<string, Record<string, unknown>>)) {
        found.push([`${path}.${name}`, property], ...propertiesOf(property, `${path}.${name}`));
      }
    } else found.push(...propertiesOf(value, path));
  }
  return found;
}

describe('JSON Schema descriptions', () => {
  for (const [file, schema] of Object.entries(buildJsonSchemas())) {
    it(`${file}: every property has a description and a markdownDescription`, () => {
      const properties = propertiesOf(schema);
      expect(properties.length).toBeGreaterThan(5);
      const missing = properties.filter(
        ([, property]) => typeof property.description !== 'string' || property.description === '' || typeof property.markdownDescription !== 'string',
      );
      expect(missing.map(([path]) => path)).toEqual([]);
    });
  }
});
