// The library API: load a repository, then check it, find stale assumptions and build
// the learning-loop report, the same data the CLI prints as JSON. See docs/api.md.
export { loadRepository, type Repository } from './store/load-repository.js';
export { check, type CheckOptions } from './api/check.js';
export { staleFindings, type StaleFindingsOptions } from './api/stale-findings.js';
export { buildReport, type BuildReportOptions } from './api/build-report.js';
export type { AsOfOption, HistoryOptions } from './api/history.js';
export { checkRepository, type CheckResult } from './rules/check-repository.js';
export type { StaleFinding, StaleReason } from './rules/stale.js';
export type { StaleReport } from './report/stale-report.js';
export type {
  LearningLoopReport,
  ReportPeriod,
  TestedItem,
  LearnedItem,
  DecidedItem,
  OpenedItem,
  LoopMetrics,
  AssumptionItem,
  JourneyStage,
  SprintOutcomes,
} from './report/loop-model.js';
export { buildGraph, type RecordGraph, type GraphNode } from './model/graph.js';
export type { Problem, Severity } from './model/problem.js';
export type { Hypothesis, Experiment, Insight, Decision, HypoRecord } from './model/schemas.js';
export { HypothesisSchema, ExperimentSchema, InsightSchema } from './model/schemas.js';
export type { HypoConfig } from './model/config-schema.js';
export type { LoadedFile } from './store/read-record-file.js';
export { HypoError } from './model/hypo-error.js';
