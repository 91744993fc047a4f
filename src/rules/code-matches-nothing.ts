// `code-matches-nothing`: a `code:` glob that matches no file git tracks (a typo, or code
// that moved or is gone) silently keeps `hypo affected` quiet about changes to that code and
// leaves the record resting on no code, and nobody notices. One warning per such glob, at
// its list item. Pure: the tracked files come in as data, indexed by the operation that read
// them from git. The index is named by type alone: its module brings picomatch, which a
// cached `hypo check` (whose path runs through the rules) must not load.
import type { CodeIndex } from '../model/code-globs.js';
import { globSuggester } from '../model/glob-suggestion.js';
import type { RecordGraph } from '../model/graph.js';
import { type Problem, problemAt } from '../model/problem.js';
import type { CheckableFile } from './check-graph.js';

/** Whether any record names code: only then are the tracked files worth asking git for. */
export function codeGlobsMayApply(graph: RecordGraph): boolean {
  for (const node of graph.records.values()) if (node.record.code?.length) return true;
  return false;
}

export function checkCodeGlobs(files: readonly CheckableFile[], graph: RecordGraph, tracked: CodeIndex): Problem[] {
  const suggest = globSuggester(tracked);
  const problems: Problem[] = [];
  for (const loaded of files) {
    const globs = loaded.record?.code;
    // A record that is not the graph's (a duplicate id) is judged by the duplicate-id error alone.
    if (!globs || graph.records.get(loaded.id)?.file !== loaded.file) continue;
    globs.forEach((glob, index) => {
      if (tracked.matchesAny(glob)) return;
      problems.push(problemAt(loaded, ['code', index], 'code-matches-nothing', matchesNothing(glob, suggest(glob)), { severity: 'warning' }));
    });
  }
  return problems;
}

function matchesNothing(glob: string, suggestion: string | undefined): string {
  const hint = suggestion === undefined ? '' : ` (did you mean ${JSON.stringify(suggestion)}?)`;
  return `${JSON.stringify(glob)} matches no file git tracks${hint}: fix the glob, or remove it if the code is gone`;
}
