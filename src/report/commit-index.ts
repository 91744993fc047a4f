// The commits as the decision and idea-to-code figures look them up: by the ids their
// `Hypo:` trailers name, and by the files they touched (deleted ones too), each list
// oldest first. Built once per list of commits and kept for it, so that the trend's
// periods, each judged as of its own end, and the report's two figures share one index.
// Pure.
import { type CodeIndex, codeIndex } from '../model/code-globs.js';
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
  const daysOf = new Map([...byFile].map(([file, list]) => [file, list.map((commit) => commit.day)]));
  const touched: CodeIndex = codeIndex([...byFile.keys()]);
  return {
    naming: (id) => byTrailer.get(id) ?? [],
    firstTouching(globs, from, until) {
      let first: ActedCommit | undefined;
      for (const file of touched.matching(globs)) {
        const candidate = byFile.get(file)![lowerBound(daysOf.get(file)!, from)];
        if (candidate && candidate.day <= until && (!first || candidate.day < first.day)) first = candidate;
      }
      return first;
    },
  };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
