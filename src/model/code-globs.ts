// Records' `code:` globs against the files git tracks, for thousands of records over a
// large tree: the files are sorted once, and each glob is tried only on the files under
// its static base (`src/checkout` for `src/checkout/**`), found by binary search, instead
// of on every file. Globs are relative to the repository root and match dotfiles, as
// `hypo affected` matches them. Pure.
import picomatch from 'picomatch';
import { lowerBound } from './sorted-search.js';

export interface CodeIndex {
  /** The tracked files, sorted. */
  readonly files: readonly string[];
  /** The tracked files any of the globs match, sorted. */
  matching(globs: readonly string[]): string[];
  /** How many tracked files any of the globs match. */
  count(globs: readonly string[]): number;
  /** Whether any tracked file matches the glob: stops at the first, without collecting the rest. */
  matchesAny(glob: string): boolean;
}

/** One index per list of files: the trend's periods and the report's figures ask of the same list. */
const indexes = new WeakMap<readonly string[], CodeIndex>();

export function codeIndex(tracked: readonly string[]): CodeIndex {
  let index = indexes.get(tracked);
  if (!index) {
    index = buildIndex(tracked);
    indexes.set(tracked, index);
  }
  return index;
}

function buildIndex(tracked: readonly string[]): CodeIndex {
  const sorted = [...tracked].sort();
  const unique = sorted.every((file, place) => place === 0 || sorted[place - 1] !== file);
  // Records repeat globs (`src/checkout/**` on many of them): each is compiled once, and asked once whether it matches.
  const matchers = new Map<string, (file: string) => boolean>();
  const matcher = (glob: string) => {
    let matches = matchers.get(glob);
    if (!matches) {
      matches = picomatch(glob, { dot: true });
      matchers.set(glob, matches);
    }
    return matches;
  };
  // And each glob's files are found once, with their places in the sorted list: thousands of decisions share a few globs.
  const found = new Map<string, { files: readonly string[]; places: readonly number[] }>();
  const foundOf = (glob: string) => {
    let hits = found.get(glob);
    if (!hits) {
      const matches = matcher(glob);
      const files: string[] = [];
      const places: number[] = [];
      someCandidate(sorted, glob, (file, place) => {
        if (matches(file)) {
          files.push(file);
          places.push(place);
        }
        return false;
      });
      hits = { files, places };
      found.set(glob, hits);
    }
    return hits;
  };
  // And each list of globs is merged once: a decision's globs are its hypotheses' globs together, and many decisions share a
  // list. By their places in the sorted list, as numbers, rather than by sorting the files again as text.
  const merged = new Map<string, readonly string[]>();
  const filesOfAll = (globs: readonly string[]): readonly string[] => {
    if (globs.length === 1) return foundOf(globs[0]!).files;
    const key = globsKey(globs);
    let files = merged.get(key);
    if (!files) {
      const places = globs.map((glob) => foundOf(glob).places).reduce<readonly number[]>(mergePlaces, []);
      // Equal paths (a file listed twice) sit side by side: each counts once.
      const union: string[] = [];
      if (unique) for (const place of places) union.push(sorted[place]!);
      else for (const place of places) if (union.length === 0 || union[union.length - 1] !== sorted[place]) union.push(sorted[place]!);
      files = union;
      merged.set(key, files);
    }
    return files;
  };
  const matching = (globs: readonly string[]) => [...filesOfAll(globs)];
  const answers = new Map<string, boolean>();
  const matchesAny = (glob: string) => {
    let answer = answers.get(glob);
    if (answer === undefined) {
      const matches = matcher(glob);
      answer = someCandidate(sorted, glob, (file) => matches(file));
      answers.set(glob, answer);
    }
    return answer;
  };
  return { files: sorted, matching, count: (globs) => filesOfAll(globs).length, matchesAny };
}

/** Two ascending lists of places as one, each place once. */
function mergePlaces(a: readonly number[], b: readonly number[]): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (merged.length === 0 || merged[merged.length - 1] !== next) merged.push(next);
  }
  return merged;
}

/** One key per set of globs: the files they match do not depend on their order or repeats. */
export function globsKey(globs: readonly string[]): string {
  return [...new Set(globs)].sort().join('\0');
}

/**
 * Visits the files a glob can match, in order, until `visit` returns true: those at or under its
 * base; every file for a negated glob or one without a base. True when a visit did.
 */
function someCandidate(sorted: readonly string[], glob: string, visit: (file: string, place: number) => boolean): boolean {
  const { base, negated } = picomatch.scan(glob);
  if (negated || base === '') return sorted.some((file, place) => visit(file, place));
  for (let index = lowerBound(sorted, base); index < sorted.length; index++) {
    const file = sorted[index]!;
    if (file === base || file.startsWith(`${base}/`)) {
      if (visit(file, index)) return true;
    }
    // `base-x` and `base.ts` sort between `base` and `base/…`: stop only once the prefix itself is gone.
    else if (!file.startsWith(base)) break;
  }
  return false;
}
