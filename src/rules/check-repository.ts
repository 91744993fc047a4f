// `hypo check` as data: every problem of every file, sorted, with the counts.
import type { RecordGraph } from '../model/graph.js';
import { compareProblems, type Problem } from '../model/problem.js';
import { type CheckableFile, checkGraph } from './check-graph.js';

export interface CheckInput {
  files: readonly (CheckableFile & { problems: readonly Problem[] })[];
  /** Problems found outside any one record file (bad links, unreadable folders). */
  problems: readonly Problem[];
  graph: RecordGraph;
}

export interface CheckResult {
  ok: boolean;
  files: number;
  records: number;
  errors: number;
  warnings: number;
  problems: Problem[];
}

export function checkRepository(input: CheckInput, options: { strict?: boolean } = {}): CheckResult {
  const problems = [...input.problems, ...input.files.flatMap((file) => file.problems), ...checkGraph(input.files, input.graph)].sort(
    compareProblems,
  );
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  return {
    ok: errors === 0 && (!options.strict || warnings === 0),
    files: input.files.length,
    records: input.graph.records.size,
    errors,
    warnings,
    problems,
  };
}
