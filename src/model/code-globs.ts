// Records' `code:` globs against the files git tracks, for thousands of records over a
// large tree: the files are sorted once, and each glob is tried only on the files under
// its static base (`src/checkout` for `src/checkout/**`), found by binary search, instead
// of on every file. Globs are relative to the repository root and match dotfiles, as
// `hypo affected` matches them. Pure.
import picomatch from 'picomatch';

export interface CodeIndex {
  /** The tracked files any of the globs match, sorted. */
  matching(globs: readonly string[]): string[];
  /** How many tracked files any of the globs match. */
  count(globs: readonly string[]): number;
}

export function codeIndex(tracked: readonly string[]): CodeIndex {
  const sorted = [...tracked].sort();
  const matching = (globs: readonly string[]) => {
    const matched = new Set<string>();
    for (const glob of globs) {
      const matches = picomatch(glob, { dot: true });
      for (const file of candidates(sorted, glob)) if (matches(file)) matched.add(file);
    }
    return [...matched].sort();
  };
  return { matching, count: (globs) => matching(globs).length };
}

/** The files a glob can match: those at or under its base; every file for a negated glob or one without a base. */
function candidates(sorted: readonly string[], glob: string): readonly string[] {
  const { base, negated } = picomatch.scan(glob);
  if (negated || base === '') return sorted;
  const from = lowerBound(sorted, base);
  const files: string[] = [];
  for (let index = from; index < sorted.length; index++) {
    const file = sorted[index]!;
    if (file === base || file.startsWith(`${base}/`)) files.push(file);
    // `base-x` and `base.ts` sort between `base` and `base/…`: stop only once the prefix itself is gone.
    else if (!file.startsWith(base)) break;
  }
  return files;
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
