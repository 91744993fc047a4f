// Which record files mention any of some ids: a plain text scan, far cheaper than
// parsing, used to find the records that may refer to a changed one. It may find a
// few too many (an id in a comment); parsing them settles it.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function findFilesMentioning(root: string, files: readonly string[], ids: readonly string[]): string[] {
  if (ids.length === 0) return [];
  // An id is a whole slug: not preceded or followed by another slug character.
  const escaped = ids.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![a-z0-9-])(?:${escaped.join('|')})(?![a-z0-9-])`);
  return files.filter((file) => {
    try {
      return pattern.test(readFileSync(path.join(root, file), 'utf8'));
    } catch {
      return false; // unreadable: the full parse of its own reports it when it is selected
    }
  });
}
