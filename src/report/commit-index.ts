// The commits as the decision and idea-to-code figures look them up: by the ids their
// `Hypo:` trailers name, and by the files they touched (deleted ones too), each list
// oldest first. Built once per list of commits and kept for it, so that the trend's
// periods, each judged as of its own end, and the report's two figures share one index.
// Pure.
import { type CodeIndex, codeIndex, globsKey } from '../model/code-globs.js';
import { lowerBound } from '../model/sorted-search.js';

/** A commit as the rule needs it: paths relative to the repository root, ids its trailers name. */
export interface ActedCommit {
  sha: string;
  /** YYYY-MM-DD, the author's day. */
  day: string;
  subject: string;
  files: readonly string[];
  /** Record ids its `Hypo:` trailers name. */
  ids: readonly string[];
}

export interface CommitIndex {
  /** The commits whose trailers name the id, oldest first. */
  naming(id: string): readonly ActedCommit[];
  /** The oldest commit from `from` to `until` (days, inclusive) that touched a file the globs match. */
  firstTouching(globs: readonly string[], from: string, until: string): ActedCommit | undefined;
}

const built = new WeakMap<readonly ActedCommit[], CommitIndex>();

export function commitIndex(commits: readonly ActedCommit[]): CommitIndex {
  let index = built.get(commits);
  if (!index) {
    index = buildIndex(commits);
    built.set(commits, index);
  }
  return index;
}

function buildIndex(commits: readonly ActedCommit[]): CommitIndex {
  // Oldest first; a stable sort keeps the order given among commits of one day.
  const sorted = [...commits].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const byTrailer = new Map<string, ActedCommit[]>();
  const byFile = new Map<string, ActedCommit[]>();
  for (const commit of sorted) {
    for (const id of commit.ids) push(byTrailer, id, commit);
    for (const file of commit.files) push(byFile, file, commit);
  }
  const touched: CodeIndex = codeIndex([...byFile.keys()]);
  // Every day a commit was made, sorted, and each file's commits by the place of their day in it: numbers, not text, below.
  const allDays = [...new Set(sorted.map((commit) => commit.day))];
  const dayPlace = new Map(allDays.map((day, place) => [day, place]));
  const dayPlacesOf = new Map([...byFile].map(([file, list]) => [file, list.map((commit) => dayPlace.get(commit.day)!)]));
  // Per set of globs, the days a matched file was touched, each with the commit that counts
  // for that day: the first of the first file (by path) touched on it, as the oldest commit
  // per file, the oldest of those kept, would give. Thousands of decisions share a few sets.
  const touchedDays = new Map<string, DayCommits>();
  const daysOf = (globs: readonly string[]): DayCommits => {
    const key = globsKey(globs);
    let found = touchedDays.get(key);
    if (!found) {
      const firstOfDay = new Map<number, ActedCommit>();
      for (const file of touched.matching(globs)) {
        const list = byFile.get(file)!;
        const places = dayPlacesOf.get(file)!;
        for (let at = 0; at < list.length; at++) if (!firstOfDay.has(places[at]!)) firstOfDay.set(places[at]!, list[at]!);
      }
      const places = Int32Array.from(firstOfDay.keys()).sort();
      found = { days: Array.from(places, (place) => allDays[place]!), commits: Array.from(places, (place) => firstOfDay.get(place)!) };
      touchedDays.set(key, found);
    }
    return found;
  };
  return {
    naming: (id) => byTrailer.get(id) ?? [],
    firstTouching(globs, from, until) {
      const { days, commits } = daysOf(globs);
      const first = commits[lowerBound(days, from)];
      return first && first.day <= until ? first : undefined;
    },
  };
}

/** Days, sorted, and the commit that counts on each. */
interface DayCommits {
  days: readonly string[];
  commits: readonly ActedCommit[];
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
