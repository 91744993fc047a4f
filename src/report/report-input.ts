// What the report is built from: the valid records with their dates. The command
// gathers it (files, git, stale rules); the report code stays pure.
import type { HypoConfig } from '../model/config-schema.js';
import { earlierDay } from '../model/dates.js';
import type { RecordGraph } from '../model/graph.js';
import type { Experiment, Hypothesis, Insight } from '../model/schemas.js';
import type { SkippedRecord } from '../model/skipped-records.js';
import type { ActedCommit } from './acted.js';
import type { ReportPeriod } from './loop-model.js';
import type { RecordDates } from './record-dates.js';

export interface ReportInput {
  graph: RecordGraph;
  config: Pick<HypoConfig, 'journey' | 'sprints' | 'methods' | 'quality'> & Partial<Pick<HypoConfig, 'stale_after_days' | 'act_within_days'>>;
  period: ReportPeriod;
  asOf: string;
  dates: RecordDates;
  /** Ids of stale records as of the period end. */
  stale: string[];
  warnings: string[];
  /** Record files left out for errors. */
  skipped: SkippedRecord[];
  /**
   * Per hypothesis file (path relative to the repository root, as in graph nodes' `file`): the
   * day it entered the repository (its `created` field, else the commit that added it) and its
   * committed status values, oldest first, each with the day (YYYY-MM-DD) of the commit that
   * set it. Empty map when there is no git.
   */
  statusHistory: ReadonlyMap<string, StatusHistory>;
  /** A record file's age in days as of `asOf`: how long a hypothesis has waited for its test. */
  ageOf: (file: string) => number;
  /**
   * Files git tracks, relative to the repository root, for the code resting on a hypothesis and
   * the code a stop or pivot left behind; null when not asked or no git. The files tracked now,
   * even for a report of the past: git keeps no list of what was tracked on a day.
   */
  trackedFiles: readonly string[] | null;
  /**
   * Every commit of the repository with the files it touched (relative to the repository root)
   * and the ids its `Hypo:` trailers name, any order: what the code did after the decisions.
   * null when the git history is not read (no git, `git_history: false`): "acted on" is then null.
   */
  commits: readonly ActedCommit[] | null;
}

/** One hypothesis file's way through its statuses, as git recorded it. */
export interface StatusHistory {
  entered: string;
  statuses: readonly { day: string; status: string }[];
}

/**
 * The last day the report knows of: the period end, or the report day when the period
 * ends later. What happened after it does not count, even when the records say so.
 */
export function reportEnd(input: Pick<ReportInput, 'period' | 'asOf'>): string {
  return earlierDay(input.period.until, input.asOf);
}

export interface Nodes {
  hypotheses: { id: string; file: string; record: Hypothesis }[];
  experiments: { id: string; file: string; record: Experiment }[];
  insights: { id: string; file: string; record: Insight }[];
}

/** The graph's valid records, by kind, in id order. */
export function nodesByKind(graph: RecordGraph): Nodes {
  const nodes: Nodes = { hypotheses: [], experiments: [], insights: [] };
  const sorted = [...graph.records.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const node of sorted) {
    const record = node.record;
    if (record.kind === 'hypothesis') nodes.hypotheses.push({ id: node.id, file: node.file, record });
    else if (record.kind === 'experiment') nodes.experiments.push({ id: node.id, file: node.file, record });
    else nodes.insights.push({ id: node.id, file: node.file, record });
  }
  return nodes;
}
