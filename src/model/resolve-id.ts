// Wherever a command takes an id, a unique prefix is enough (as with git hashes).
import { closestMatch } from './suggest.js';

export type IdResolution = { ok: true; id: string } | { ok: false; reason: 'ambiguous' | 'unknown'; candidates: string[] };

const MAX_CANDIDATES = 8;

export function resolveId(input: string, ids: Iterable<string>): IdResolution {
  const all = [...ids];
  if (all.includes(input)) return { ok: true, id: input };
  const matches = all.filter((id) => id.startsWith(input)).sort();
  if (matches.length === 1) return { ok: true, id: matches[0]! };
  if (matches.length > 1) return { ok: false, reason: 'ambiguous', candidates: matches.slice(0, MAX_CANDIDATES) };
  const near = nearestIds(input, all);
  return { ok: false, reason: 'unknown', candidates: near };
}

/** Ids that look like the input: the closest by edit distance, then those containing it. */
function nearestIds(input: string, ids: readonly string[]): string[] {
  const closest = closestMatch(input, ids);
  const containing = ids.filter((id) => id.includes(input) && id !== closest).sort();
  return [...(closest ? [closest] : []), ...containing].slice(0, MAX_CANDIDATES);
}

export function describeIdResolution(input: string, resolution: Extract<IdResolution, { ok: false }>): string {
  if (resolution.reason === 'ambiguous') return `"${input}" matches several records: ${resolution.candidates.join(', ')}`;
  const near = resolution.candidates.length ? ` (did you mean ${resolution.candidates.map((id) => `"${id}"`).join(', ')}?)` : '';
  return `no record has the id "${input}"${near}`;
}
