// The library API: load a repository, then check it, find stale assumptions and build
// the learning-loop report, the same data the CLI prints as JSON. See docs/api.md.
// The functions are the operations the commands call; what the CLI takes from its
// context (the environment, today's date) defaults here to this process's own.
import type { Env } from './model/env.js';
import type { SkippedRecord } from './model/skipped-records.js';
import { type ActedOptions as ActedOperationOptions, actedReport as actedReportOperation } from './operations/acted.js';
import { buildReport as buildReportOperation, type BuildReportOptions as ReportOperationOptions } from './operations/build-report.js';
import { buildTrend as buildTrendOperation, type BuildTrendOptions as TrendOperationOptions } from './operations/build-trend.js';
import { type NextTestsOptions as NextOperationOptions, nextTests as nextTestsOperation } from './operations/next-tests.js';
import { loadRepository as loadRepositoryOperation, type Repository } from './operations/repository.js';
import { type StaleFindingsOptions as StaleOperationOptions, staleFindings as staleFindingsOperation } from './operations/stale-findings.js';
import { type NextItemJson, nextReportJson, reportJson } from './render/next-reasons.js';
import type { ActedReport } from './report/acted-model.js';
import { type StaleReport, staleReportData } from './report/stale-report.js';
import type { Trend } from './report/trend.js';

/** What every library function may be given beyond its own options. */
export interface HistoryOptions {
  /**
   * Read when each record was added from git (default: true). With false, ages count
   * from each record's `created` field alone, and no git process is started.
   */
  git?: boolean;
  /** The environment git runs with (default: this process's). */
  env?: Env;
}

export interface AsOfOption {
  /** Evaluate as if today were this day: `YYYY-MM-DD` or a Date (its local calendar day). Default: today. */
  asOf?: string | Date;
}

export type StaleFindingsOptions = Omit<StaleOperationOptions, 'env' | 'today' | 'history'> & HistoryOptions;
export type BuildReportOptions = Omit<ReportOperationOptions, 'env' | 'today' | 'history' | 'optionNames'> & HistoryOptions;
export type ActedReportOptions = Omit<ActedOperationOptions, 'env' | 'today'> & HistoryOptions;
export type NextTestsOptions = Omit<NextOperationOptions, 'env' | 'today' | 'history'> & HistoryOptions;
export type BuildTrendOptions = Omit<TrendOperationOptions, 'env' | 'today' | 'history'> & HistoryOptions;

/** Finds the repository from `cwd` as the CLI does, and reads every record file. */
export function loadRepository(cwd: string, options: { env?: Env } = {}): Promise<Repository> {
  return loadRepositoryOperation(cwd, options.env ?? process.env);
}

/** Assumptions left untested, reviews and running experiments past their dates, as of a day. */
export function staleFindings(repository: Repository, options: StaleFindingsOptions = {}): Promise<StaleReport> {
  return staleFindingsOperation(repository, { ...options, env: options.env ?? process.env, today: new Date() }).then(staleReportData);
}

/** The hypotheses to test next, ranked, each with its reasons and a suggested method: what `hypo next --format json` lists, and the warnings. */
export async function nextTests(repository: Repository, options: NextTestsOptions = {}): Promise<NextTests> {
  const report = await nextTestsOperation(repository, { ...options, env: options.env ?? process.env, today: new Date() });
  // The reasons are messages inside hypo; the library gives the sentences the JSON prints.
  return { ...nextReportJson(report), warnings: report.warnings };
}

/** What `nextTests` gives: `hypo next --format json`, and the warnings it prints on stderr. */
export interface NextTests {
  asOf: string;
  next: NextItem[];
  skipped: SkippedRecord[];
  warnings: string[];
}

/** One hypothesis to test next, as `hypo next --format json` prints it. */
export type NextItem = NextItemJson;

/** Every decision with whether the code followed it: what `hypo acted --format json` prints, with each decision's file and line, and the warnings. Needs git. */
export function actedReport(repository: Repository, options: ActedReportOptions = {}): Promise<ActedReport> {
  return actedReportOperation(repository, { ...options, env: options.env ?? process.env, today: new Date() });
}

/** The learning-loop report of a period: exactly the object `hypo report --format json` prints. */
export async function buildReport(repository: Repository, options: BuildReportOptions = {}): Promise<LibraryReport> {
  const report = await buildReportOperation(repository, { ...options, env: options.env ?? process.env, today: new Date() });
  return reportJson(report);
}

/** The report as `hypo report --format json` prints it: Test next's reasons as sentences. */
export type LibraryReport = ReturnType<typeof reportJson>;

/** The last sprints (or windows of 14 days), each reported as of its own end: what `hypo trend --format json` prints, and the warnings. */
export function buildTrend(repository: Repository, options: BuildTrendOptions = {}): Promise<Trend> {
  return buildTrendOperation(repository, { ...options, env: options.env ?? process.env, today: new Date() });
}

export type { HypoConfig } from './model/config-schema.js';
export { buildGraph, type GraphNode, type RecordGraph } from './model/graph.js';
export { HypoError, type HypoErrorCode } from './model/hypo-error.js';
export type { Problem, Severity } from './model/problem.js';
export type { Decision, Experiment, HypoRecord, Hypothesis, Insight } from './model/schemas.js';
export { ExperimentSchema, HypothesisSchema, InsightSchema } from './model/schemas.js';
export type { SkippedRecord } from './model/skipped-records.js';
export { type CheckOptions, check } from './operations/check-records.js';
export { type Recovery, recoverWrites } from './operations/recover-writes.js';
export type { Repository } from './operations/repository.js';
export type { ActedDecision, ActedReport, ActedState, FirstCommit } from './report/acted-model.js';
export type {
  AssumptionItem,
  DecidedItem,
  JourneyStage,
  LearnedItem,
  LearningLoopReport,
  LoopMetrics,
  OpenedItem,
  QualityShare,
  ReportPeriod,
  SprintOutcomes,
  TestedItem,
} from './report/loop-model.js';
export type { StaleReport } from './report/stale-report.js';
export type { Trend, TrendPeriod } from './report/trend.js';
export { type CheckResult, checkRepository } from './rules/check-repository.js';
export type { HypothesisCriterion } from './rules/hypothesis-criteria.js';
export type { StaleFinding, StaleReason } from './rules/stale.js';
export type { LoadedFile } from './store/read-record-file.js';
