// Where an editor finds hypo's JSON Schemas, relative to the file that names them: the
// schemas/ of the hypo that Node would load from that file's folder. In an npm-workspaces
// monorepo that is the copy hoisted to the top's node_modules, not one next to the
// records; in hypo's own repository it is the package itself.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'hypo';
const OWN_PACKAGE = fileURLToPath(new URL('../../', import.meta.url));

export interface SchemaBounds {
  /** The repository root (where hypo.config.yaml is). */
  root: string;
  /** The git top level, when there is one: the search never leaves it. */
  gitRoot?: string;
}

/** The path from `fromFolder` to the JSON Schema named `name` (a kind, or `config`), with forward slashes. */
export function schemaPathFor(name: string, fromFolder: string, bounds: SchemaBounds): string {
  const schemas = path.join(hypoPackageFolder(fromFolder, bounds), 'schemas', `${name}.schema.json`);
  return path.relative(fromFolder, schemas).split(path.sep).join('/');
}

/**
 * The hypo package as Node resolves `hypo` from `fromFolder`: the package itself when the
 * nearest package.json is hypo's (self-reference), else the first node_modules/hypo up the
 * tree. The walk stops at the git top level, since a copy outside the repository is on
 * one machine only. When none is found: the running hypo if it lies in the repository,
 * else where `npm install hypo` at the root would put it.
 */
export function hypoPackageFolder(fromFolder: string, bounds: SchemaBounds): string {
  const top = path.resolve(bounds.gitRoot ?? bounds.root);
  let nearestManifestSeen = false;
  for (let dir = path.resolve(fromFolder); isInside(dir, top); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (!nearestManifestSeen && existsSync(manifest)) {
      nearestManifestSeen = true;
      if (packageName(manifest) === PACKAGE_NAME) return dir;
    }
    const installed = path.join(dir, 'node_modules', PACKAGE_NAME);
    if (packageName(path.join(installed, 'package.json')) === PACKAGE_NAME) return installed;
    if (dir === top || path.dirname(dir) === dir) break;
  }
  return isInside(OWN_PACKAGE, bounds.root) ? OWN_PACKAGE : path.join(bounds.root, 'node_modules', PACKAGE_NAME);
}

function isInside(candidate: string, folder: string): boolean {
  const relative = path.relative(folder, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The `name` of a package.json; undefined when there is none or it cannot be read. */
function packageName(manifest: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(manifest, 'utf8'));
    return parsed !== null && typeof parsed === 'object' && 'name' in parsed && typeof parsed.name === 'string' ? parsed.name : undefined;
  } catch {
    return undefined;
  }
}
