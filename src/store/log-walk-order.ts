// The order in which `git log <head>` (default order: no --topo-order, --date-order or
// --first-parent) visits commits, worked out from each commit's committer time and the
// parents the walk follows. git keeps the commits it has yet to visit in a list by
// committer time, newest first; it takes the first, puts each parent it has not seen yet
// into the list after every commit of the same time or newer (commit_list_insert_by_date
// in revision.c), and goes on. With a pathspec, history simplification decides which
// parents a merge is followed through: the first parent it is TREESAME to (no change
// under the pathspec) alone, or all of them when it is TREESAME to none. Used to place
// the commits of `OLD..HEAD` among the kept walk's (head-keyed-log.ts).

/** One commit as the walk follows it. */
export interface WalkCommit {
  /** Committer time, in seconds: what git orders by. */
  time: number;
  /** The parents the walk goes on to, in order (after simplification, when there is a pathspec). */
  parents: readonly string[];
}

/**
 * Every commit the walk from `head` visits, in git's order (shown or not: a commit that
 * changes nothing under the pathspec is visited and not printed). Undefined when the walk
 * reaches a commit `commits` does not describe.
 */
export function walkOrder(head: string, commits: ReadonlyMap<string, WalkCommit>): string[] | undefined {
  const visited: string[] = [];
  const seen = new Set([head]);
  const waiting: { sha: string; time: number }[] = [];
  const first = commits.get(head);
  if (!first) return undefined;
  waiting.push({ sha: head, time: first.time });
  while (waiting.length > 0) {
    const { sha } = waiting.shift()!;
    const commit = commits.get(sha)!;
    visited.push(sha);
    for (const parent of commit.parents) {
      if (seen.has(parent)) continue;
      const described = commits.get(parent);
      if (!described) return undefined;
      seen.add(parent);
      // After every waiting commit of the same time or newer: the first one strictly older.
      let at = waiting.findIndex((other) => other.time < described.time);
      if (at === -1) at = waiting.length;
      waiting.splice(at, 0, { sha: parent, time: described.time });
    }
  }
  return visited;
}

/**
 * The parents a walk with a pathspec follows from a commit (try_to_simplify_commit in
 * revision.c, default simplification): a merge goes on through the first parent whose
 * content under the pathspec is the merge's own, alone; else through all. A commit of one
 * parent or none goes on as it is. `content` names what each commit holds under the
 * pathspec (a tree id, or the same mark for "nothing there").
 */
export function simplifiedParents(sha: string, parents: readonly string[], content: ReadonlyMap<string, string>): readonly string[] | undefined {
  if (parents.length < 2) return parents;
  const own = content.get(sha);
  if (own === undefined) return undefined;
  for (const parent of parents) {
    const theirs = content.get(parent);
    if (theirs === undefined) return undefined;
    if (theirs === own) return [parent];
  }
  return parents;
}
