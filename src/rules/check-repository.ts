// `hypo check` as data: every problem of every file, sorted, with the counts.
import type { CodeIndex } from '../model/code-globs.js';
import type { RecordGraph } from '../model/graph.js';
import { compareProblems, type Problem } from '../model/problem.js';
import { type CheckableFile, checkGraph } from './check-graph.js';
import { checkMetrics } from './check-metrics.js';
import { checkQuality, type QualityConfig } from './check-quality.js';
import { checkVocabulary, type Vocabulary } from './check-vocabulary.js';
import { checkCodeGlobs } from './code-matches-nothing.js';
import type { SuccessHistory } from './success-after-test.js';

export interface CheckInput {
  files: readonly (CheckableFile & { problems: readonly Problem[] })[];
  /** Problems found outside any one record file (bad links, unreadable folders). */
  problems: readonly Problem[];
  graph: RecordGraph;
  /** The config's word lists (journey stages, segments) and quality settings; without them those fields go unchecked and the quality rules warn. */
  config?: Vocabulary & { quality?: QualityConfig };
  /** When each criterion changed and each experiment began, from git: without it `success-after-test` does not run. */
  successHistory?: SuccessHistory;
  /** The files git tracks, indexed for the records' `code:` globs: without them `code-matches-nothing` does not run. */
  trackedCode?: CodeIndex;
}

export interface CheckResult {
  ok: boolean;
  files: number;
  records: number;
  errors: number;
  warnings: number;
  problems: Problem[];
}

export interface CheckOptions {
  strict?: boolean;
  /** Check only these files (the graph still holds every record): `hypo check --changed`. */
  only?: ReadonlySet<string>;
}

export function checkRepository(input: CheckInput, options: CheckOptions = {}): CheckResult {
  const only = options.only;
  const all = [
    ...input.problems,
    ...input.files.flatMap((file) => file.problems),
    ...checkGraph(input.files, input.graph),
    ...checkVocabulary(input.files, input.config),
    ...checkMetrics(input.files, input.graph),
    ...checkQuality(input.files, input.graph, input.config?.quality, input.successHistory),
    ...(input.trackedCode ? checkCodeGlobs(input.files, input.graph, input.trackedCode) : []),
  ];
  const problems = (only ? all.filter((problem) => only.has(problem.file)) : all).sort(compareProblems);
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  return {
    ok: errors === 0 && (!options.strict || warnings === 0),
    files: only ? only.size : input.files.length,
    records: only ? [...input.graph.records.values()].filter((node) => only.has(node.file)).length : input.graph.records.size,
    errors,
    warnings,
    problems,
  };
}
