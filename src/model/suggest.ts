// "Did you mean …?" for mistyped enum values, field names and ids.

/** Levenshtein distance, with an early exit once it cannot stay within `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * A word as a person compares it by eye: lowercase, without accents, rings or umlauts
 * (NFD, then no combining marks), so that `KOPA`, `köpa` and `Köpa` are one word: on
 * many keyboards Swedish words get typed without å, ä and ö.
 */
export function foldForMatching(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The candidate closest to `input`, when it is close enough to be a likely typo:
 * within a third of the longer word's length (at least 2 edits), or a prefix match.
 * Both sides are folded first, so a value that differs only in case or diacritics
 * is at distance 0; among candidates that fold alike, the one spelt most like the
 * input wins. The candidate comes back as configured, never folded.
 */
export function closestMatch(input: string, candidates: Iterable<string>): string | undefined {
  const needle = foldForMatching(input);
  const folded = [...candidates].map((candidate) => ({ candidate, fold: foldedCandidate(candidate) }));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const { candidate, fold } of folded) {
    const limit = Math.max(2, Math.floor(Math.max(needle.length, fold.length) / 3));
    const distance = editDistance(needle, fold, limit);
    if (distance > limit) continue;
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && spelling(input, candidate) < spelling(input, best))) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== undefined) return best;
  if (needle.length >= 3) {
    for (const { candidate, fold } of folded) if (fold.startsWith(needle)) return candidate;
  }
  return undefined;
}

/** Candidates (field names, statuses, stages) repeat from call to call: each is folded once. */
const FOLDED = new Map<string, string>();

function foldedCandidate(candidate: string): string {
  let fold = FOLDED.get(candidate);
  if (fold === undefined) {
    // Bounded: ids as candidates could be many.
    if (FOLDED.size > 10_000) FOLDED.clear();
    fold = foldForMatching(candidate);
    FOLDED.set(candidate, fold);
  }
  return fold;
}

/** How far apart two words are as written (case aside): breaks ties between candidates that fold alike. */
function spelling(input: string, candidate: string): number {
  return editDistance(input.toLowerCase(), candidate.toLowerCase());
}

export function didYouMean(input: string, candidates: Iterable<string>): string {
  const match = closestMatch(input, candidates);
  return match === undefined ? '' : ` (did you mean "${match}"?)`;
}
