// Where an editor finds the JSON Schema of a kind, relative to a record file: the
// schemas/ of the hypo that runs, when it is installed inside the repository (the
// usual node_modules/hypo), else where `npm install hypo` puts it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const OWN_SCHEMAS = fileURLToPath(new URL('../../schemas/', import.meta.url));

export function schemaPathFor(kind: string, recordFolder: string, repoRoot: string): string {
  const inside = !path.relative(repoRoot, OWN_SCHEMAS).startsWith('..');
  const schemas = inside ? OWN_SCHEMAS : path.join(repoRoot, 'node_modules', 'hypo', 'schemas');
  return path
    .relative(recordFolder, path.join(schemas, `${kind}.schema.json`))
    .split(path.sep)
    .join('/');
}
