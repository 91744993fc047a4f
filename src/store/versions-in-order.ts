// Pairs of versions (each commit's and the one before it) met in commit order while
// the versions arrive one by one: a version is held from its arrival to its last use,
// counted by key, and no longer. In a straight history that is two at a time.

/** Keys of one commit's version and of the one before it (undefined: the commit added the file). */
export interface VersionPair {
  version: string;
  before: string | undefined;
}

function keysOf(pair: VersionPair): string[] {
  return pair.before === undefined ? [pair.version] : [pair.version, pair.before];
}

/** The keys to read, each once, in the order the pairs need them. */
export function keysInOrder(pairs: readonly VersionPair[]): string[] {
  return [...new Set(pairs.flatMap(keysOf))];
}

/**
 * A sink for arriving versions (key → what is kept of it) that calls `visit` for each pair,
 * in order, as soon as both its versions are in, then lets go of every version it was the
 * last to use.
 */
export function pairVersionsInOrder<T>(
  pairs: readonly VersionPair[],
  visit: (index: number, version: T, before: T | undefined) => void,
): (key: string, value: T) => void {
  const usesLeft = new Map<string, number>();
  for (const key of pairs.flatMap(keysOf)) usesLeft.set(key, (usesLeft.get(key) ?? 0) + 1);
  const held = new Map<string, T>();
  let next = 0;
  return (key, value) => {
    if (!usesLeft.has(key)) return;
    held.set(key, value);
    for (; next < pairs.length; next++) {
      const pair = pairs[next]!;
      if (!keysOf(pair).every((each) => held.has(each))) return;
      visit(next, held.get(pair.version) as T, pair.before === undefined ? undefined : held.get(pair.before));
      for (const used of keysOf(pair)) {
        const left = usesLeft.get(used)! - 1;
        usesLeft.set(used, left);
        if (left === 0) held.delete(used);
      }
    }
  };
}
