// What a planned change would do to `hypo check`: the repository checked with some
// files replaced, added or removed, compared with the repository as it is. Writes
// (`saveChanges`) and imports use it to refuse a change that adds an error.
import { buildGraph } from '../model/graph.js';
import type { Problem } from '../model/problem.js';
import type { CheckableFile } from './check-graph.js';
import { type CheckInput, checkRepository } from './check-repository.js';

type File = CheckableFile & { problems: readonly Problem[] };

export interface ChangeFindings {
  /** Every problem of the changed files, errors and warnings. */
  inChanged: Problem[];
  /** Errors in other files that the repository does not have now (a reference broken by a rename, say). */
  newElsewhere: Problem[];
}

/** `changed`: the new versions of files (replacing those with the same path); `removed`: paths deleted. */
export function checkChanges(current: CheckInput, changed: readonly File[], removed: ReadonlySet<string> = new Set()): ChangeFindings {
  const files = new Map<string, File>(current.files.map((file) => [file.file, file]));
  for (const file of removed) files.delete(file);
  for (const file of changed) files.set(file.file, file);
  const paths = new Set([...changed.map((file) => file.file), ...removed]);
  const after = checkRepository({ files: [...files.values()], problems: current.problems, graph: buildGraph([...files.values()]), config: current.config });
  const before = new Set(checkRepository(current).problems.map(problemKey));
  return {
    inChanged: after.problems.filter((problem) => paths.has(problem.file)),
    newElsewhere: after.problems.filter((problem) => !paths.has(problem.file) && problem.severity === 'error' && !before.has(problemKey(problem))),
  };
}

function problemKey(problem: Problem): string {
  return `${problem.file}\u0000${problem.line}\u0000${problem.column}\u0000${problem.rule}\u0000${problem.message}`;
}
