// The version from package.json, read once, synchronously: `hypo --version` must not
// wait on anything else.
import { readFileSync } from 'node:fs';

let cached: string | undefined;

export function hypoVersion(): string {
  cached ??= (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return cached;
}
