// npm run schemas: writes schemas/*.schema.json from the zod schemas.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildJsonSchemas, serializeJsonSchema } from '../src/model/json-schemas.js';

const folder = fileURLToPath(new URL('../schemas/', import.meta.url));
for (const [name, schema] of Object.entries(buildJsonSchemas())) {
  writeFileSync(folder + name, serializeJsonSchema(schema));
  console.log(`wrote schemas/${name}`);
}
