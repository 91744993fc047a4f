// "Did you mean" for a `code:` glob that matches no tracked file: the first name of its
// plain leading path that git tracks nothing under is swapped for the closest name tracked
// at that place (`src/chekout/**` → `src/checkout/**`), a tracked folder named alone gets
// its `/**`, and the glob is suggested only when it then matches. Names only: a typo inside glob syntax gets no suggestion. Pure, and free
// of picomatch (the index comes in by type), as a cached `hypo check` loads this file.
import type { CodeIndex } from './code-globs.js';
import { lowerBound } from './sorted-search.js';
import { closestMatch } from './suggest.js';

/** A segment holding glob syntax ends the plain leading path. */
const GLOB_SYNTAX = /[*?[\]{}\\]|[!+@]\(|^!/;

/** A suggester over one index: the names tracked in each folder are gathered once, on the first miss there. */
export function globSuggester(index: CodeIndex): (glob: string) => string | undefined {
  const namesIn = new Map<string, string[]>();
  const names = (folder: string) => {
    let found = namesIn.get(folder);
    if (!found) {
      found = namesUnder(index.files, folder);
      namesIn.set(folder, found);
    }
    return found;
  };
  const matching = (suggested: string) => (index.matchesAny(suggested) ? suggested : undefined);
  return (glob) => {
    const segments = glob.split('/');
    let folder = '';
    for (let at = 0; at < segments.length; at++) {
      const segment = segments[at]!;
      // `./src/**`: the leading dot is the root itself.
      if (at === 0 && segment === '.') continue;
      if (segment === '' || GLOB_SYNTAX.test(segment)) return undefined;
      const path = folder === '' ? segment : `${folder}/${segment}`;
      if (isTracked(index.files, path)) {
        folder = path;
        continue;
      }
      const closest = closestMatch(segment, names(folder));
      if (closest === undefined) return undefined;
      return matching([...segments.slice(0, at), closest, ...segments.slice(at + 1)].join('/'));
    }
    // Every name is tracked, and still nothing matches: a folder written without `/**`.
    return matching(`${glob}/**`);
  };
}

/** A tracked file at `path`, or one under it. */
function isTracked(sorted: readonly string[], path: string): boolean {
  if (sorted[lowerBound(sorted, path)] === path) return true;
  return sorted[lowerBound(sorted, `${path}/`)]?.startsWith(`${path}/`) ?? false;
}

/** The names of the files and folders directly in `folder` ('' for the root). */
function namesUnder(sorted: readonly string[], folder: string): string[] {
  const prefix = folder === '' ? '' : `${folder}/`;
  const names = new Set<string>();
  for (let index = lowerBound(sorted, prefix); index < sorted.length && sorted[index]!.startsWith(prefix); index++) {
    names.add(sorted[index]!.slice(prefix.length).split('/', 1)[0]!);
  }
  return [...names];
}
