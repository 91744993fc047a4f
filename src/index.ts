// The library API: load a repository, check it, and work with its records.
export { loadRepository, type Repository } from './store/load-repository.js';
export { checkRepository, type CheckResult } from './rules/check-repository.js';
export { buildGraph, type RecordGraph, type GraphNode } from './model/graph.js';
export type { Problem, Severity } from './model/problem.js';
export type { Hypothesis, Experiment, Insight, Decision, HypoRecord } from './model/schemas.js';
export { HypothesisSchema, ExperimentSchema, InsightSchema } from './model/schemas.js';
export type { HypoConfig } from './model/config-schema.js';
export { HypoError } from './model/hypo-error.js';
