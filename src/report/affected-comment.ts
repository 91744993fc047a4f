// `hypo affected --format markdown`: the pull-request comment a reviewer reads in ten
// seconds. Per changed file, the records it rests on, each with what a reviewer weighs:
// a hypothesis's evidence and the last decision about it, an insight's own decision, an
// experiment's method. The worrying ones come first: refuted, then untested, then those
// left out for errors. Pure: the dates come in, read from git by the caller.
import { type GraphNode, insightsAboutHypothesis, type RecordGraph, recordOfKind } from '../model/graph.js';
import type { MethodCatalogue } from '../model/method-catalogue.js';
import type { Insight } from '../model/schemas.js';
import type { DecisionAction, EvidenceLevel, Kind } from '../model/vocabulary.js';
import { type AffectedRecord, INVALID_STATUS } from '../rules/affected.js';
import type { AffectedReport } from './affected-report.js';
import { derivedEvidence } from './assumption-map.js';
import type { RecordDates } from './record-dates.js';

/** Why a reviewer should look at a record first; null when nothing about it worries. */
export type CommentFlag = 'refuted' | 'untested' | 'invalid';

/** The order records and files are listed in: the flags in this order, then the rest. */
const FLAG_ORDER: readonly (CommentFlag | null)[] = ['refuted', 'untested', 'invalid', null];

export interface CommentDecision {
  action: DecisionAction;
  /** `YYYY-MM-DD`: the decision's `date`, else the day its insight last changed in git. */
  date: string;
  summary: string;
  /** The insight that holds it. */
  insight: string;
}

export interface CommentRecord {
  id: string;
  kind: Kind | null;
  status: string;
  title: string;
  flag: CommentFlag | null;
  /** Hypotheses: the evidence the record states, else the one graded from its done experiments. */
  evidence?: { level: EvidenceLevel; stated: boolean };
  /** Experiments: how they test. */
  method?: string;
  /**
   * Hypotheses: the newest decision among the insights about it or drawn from its
   * experiments; insights: their own. Null when there is none yet; absent for the rest.
   */
  decision?: CommentDecision | null;
}

export interface CommentFile {
  file: string;
  records: CommentRecord[];
}

/** What was compared: the changes since a ref, the paths given, or the uncommitted changes. */
export type CommentScope = { since: string } | 'paths' | 'uncommitted';

export interface AffectedComment {
  scope: CommentScope;
  /** How many files changed. */
  changed: number;
  /** The changed files that rest on a record, those with a flagged record first, then by path. */
  files: CommentFile[];
  /** Distinct records the change rests on, in all and by flag. */
  records: number;
  flagged: Record<CommentFlag, number>;
  /** Records left out for errors, and those of them that could not be read at all. */
  skipped: number;
  unread: number;
}

export interface CommentInput {
  graph: RecordGraph;
  catalogue: MethodCatalogue;
  dates: RecordDates;
  /** True when the changed paths were given rather than asked of git. */
  pathsGiven: boolean;
}

export function affectedComment(report: AffectedReport, input: CommentInput): AffectedComment {
  const records = report.affected.map((affected) => commentRecord(affected, input));
  const flagged: Record<CommentFlag, number> = { refuted: 0, untested: 0, invalid: 0 };
  for (const record of records) if (record.flag) flagged[record.flag] += 1;

  const byFile = new Map<string, CommentRecord[]>();
  report.affected.forEach((affected, index) => {
    for (const file of affected.files) byFile.set(file, [...(byFile.get(file) ?? []), records[index]!]);
  });
  const files = [...byFile].map(([file, here]) => ({ file, records: here.sort(byConcern) }));
  files.sort((a, b) => rank(a.records[0]!) - rank(b.records[0]!) || compare(a.file, b.file));

  return {
    scope: input.pathsGiven ? 'paths' : report.since === null ? 'uncommitted' : { since: report.since },
    changed: report.changed.length,
    files,
    records: records.length,
    flagged,
    skipped: report.skipped.length,
    unread: report.unread.length,
  };
}

function commentRecord(affected: AffectedRecord, input: CommentInput): CommentRecord {
  const base = { id: affected.id, kind: affected.kind, status: affected.status, title: affected.title };
  // A record left out for errors is not in the graph: nothing more can be said of it.
  const node = affected.status === INVALID_STATUS ? undefined : input.graph.records.get(affected.id);
  if (!node) return { ...base, flag: affected.status === INVALID_STATUS ? 'invalid' : null };
  const { record } = node;
  if (record.kind === 'experiment') return { ...base, flag: null, method: record.method };
  if (record.kind === 'insight') return { ...base, flag: null, decision: decisionOf({ ...node, record }, input.dates) };

  const evidence = record.evidence
    ? { level: record.evidence, stated: true }
    : { level: derivedEvidence(affected.id, input.graph, input.catalogue), stated: false };
  // A retired hypothesis is no longer relied on: untested or not, it is no reason to worry.
  const untested = record.status !== 'retired' && (record.status === 'open' || evidence.level === 'none');
  return {
    ...base,
    flag: record.status === 'refuted' ? 'refuted' : untested ? 'untested' : null,
    evidence,
    decision: lastDecision(affected.id, input),
  };
}

/**
 * The newest decision about a hypothesis: in an insight naming it, or drawn from an
 * experiment testing it. An experiment such as a panel may test several hypotheses: an
 * insight from it that names the ones it is about speaks for those only.
 */
function lastDecision(hypothesis: string, { graph, dates }: CommentInput): CommentDecision | null {
  const insights = insightsAboutHypothesis(graph, hypothesis);
  let newest: CommentDecision | null = null;
  for (const id of insights) {
    const node = recordOfKind(graph, id, 'insight');
    const about = node?.record.hypotheses ?? [];
    if (!node || (about.length > 0 && !about.includes(hypothesis))) continue;
    const decision = decisionOf(node, dates);
    // The same day: the later id, so that the answer never depends on the order of the links.
    if (decision && (!newest || decision.date > newest.date || (decision.date === newest.date && decision.insight > newest.insight))) newest = decision;
  }
  return newest;
}

function decisionOf({ id, file, record }: GraphNode<Insight>, dates: RecordDates): CommentDecision | null {
  if (!record.decision) return null;
  return { action: record.decision.action, date: dates.decisionDate(record, file), summary: record.decision.summary, insight: id };
}

const rank = (record: CommentRecord) => FLAG_ORDER.indexOf(record.flag);

function byConcern(a: CommentRecord, b: CommentRecord): number {
  return rank(a) - rank(b) || compare(a.id, b.id);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
