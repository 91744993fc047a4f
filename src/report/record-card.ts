// `hypo show` as data: one record and the records around it in the learning loop,
// hypothesis → experiments testing it → insights drawn → decisions → what they started.
import { insightsAboutHypothesis, type RecordGraph } from '../model/graph.js';
import { type MethodCatalogue, methodCatalogue } from '../model/method-catalogue.js';
import { referencesOf } from '../model/references.js';
import type { Experiment, Hypothesis, Insight } from '../model/schemas.js';
import type { EvidenceLevel, Kind } from '../model/vocabulary.js';
import { derivedEvidence } from './assumption-map.js';
import { type MetricView, metricView } from './metric-view.js';
import { statusOf, titleOf } from './record-list.js';

/** The ids linked to a record, every key present for every kind so JSON consumers get one shape. */
export interface RecordLinks {
  /** Hypothesis: the experiments that test it. */
  testedBy: string[];
  /** Experiment: the hypotheses it tests. */
  tests: string[];
  /** Hypothesis: insights from the experiments testing it or naming it; experiment: insights drawn from it. */
  insights: string[];
  /** Insight: the experiments it comes from. */
  from: string[];
  /** Insight: the hypotheses it is about. */
  hypotheses: string[];
  /** Insight: its decision as written, or null. */
  decision: Record<string, unknown> | null;
  /** Insight: the records its decision starts. */
  next: string[];
  /** Any kind: the insights whose decision started this record. */
  startedBy: string[];
}

/** A record seen from another one: enough to print a line about it. */
export interface LinkedRecord {
  id: string;
  kind?: Kind;
  title: string;
  /** As in `hypo list`: the status field, or decided/undecided for an insight; "" when unknown. */
  status: string;
  /** No file has this id: a dangling reference, which `hypo check` reports. */
  missing: boolean;
  /** A file has this id but did not pass its schema, so only its id and kind are known. */
  invalid: boolean;
  /** Experiments: how they test. */
  method?: string;
  /** Experiments: what will be done. */
  plan?: string;
  /** Experiments: what the result says, when there is one. */
  outcome?: string;
  /** Insights: the decision's action, when one was taken. */
  action?: string;
  /** Insights: the records the decision starts. */
  next?: string[];
}

interface CardBase {
  id: string;
  file: string;
  /** The records whose decisions started this one. */
  startedBy: LinkedRecord[];
  links: RecordLinks;
}

/** A hypothesis' evidence: as the record states it, else graded from its done experiments. */
export interface EvidenceView {
  level: EvidenceLevel;
  stated: boolean;
}

export interface HypothesisCard extends CardBase {
  kind: 'hypothesis';
  record: Hypothesis;
  evidence: EvidenceView;
  /** The metric with its baseline, target and the values its done experiments measured. */
  metric: MetricView;
  experiments: LinkedRecord[];
  insights: LinkedRecord[];
}

export interface ExperimentCard extends CardBase {
  kind: 'experiment';
  record: Experiment;
  hypotheses: LinkedRecord[];
  insights: LinkedRecord[];
}

export interface InsightCard extends CardBase {
  kind: 'insight';
  record: Insight;
  from: LinkedRecord[];
  hypotheses: LinkedRecord[];
  next: LinkedRecord[];
}

export type RecordCard = HypothesisCard | ExperimentCard | InsightCard;

/** The card of a valid record; undefined when `id` names no record that passed its schema. */
export function buildRecordCard(graph: RecordGraph, id: string, catalogue: MethodCatalogue = methodCatalogue(undefined)): RecordCard | undefined {
  const node = graph.records.get(id);
  if (!node) return undefined;
  const record = node.record;
  const links = recordLinks(graph, id, record.kind, record);
  const base = { id, file: node.file, links, startedBy: links.startedBy.map((each) => linkedRecord(graph, each)) };
  const linked = (ids: readonly string[]) => ids.map((each) => linkedRecord(graph, each));
  switch (record.kind) {
    case 'hypothesis':
      return {
        ...base,
        kind: 'hypothesis',
        record,
        evidence: record.evidence ? { level: record.evidence, stated: true } : { level: derivedEvidence(id, graph, catalogue), stated: false },
        metric: metricView(id, record, graph),
        experiments: linked(links.testedBy),
        insights: linked(links.insights),
      };
    case 'experiment':
      return { ...base, kind: 'experiment', record, hypotheses: linked(links.tests), insights: linked(links.insights) };
    case 'insight':
      return { ...base, kind: 'insight', record, from: linked(links.from), hypotheses: linked(links.hypotheses), next: linked(links.next) };
  }
}

/**
 * The links of any record, read leniently from its raw data, so that `show --format json`
 * works for a record with a schema error too. Links the record declares keep their
 * written order; links found from the other side are sorted by id.
 */
export function recordLinks(graph: RecordGraph, id: string, kind: Kind | undefined, data: unknown): RecordLinks {
  const declared = (field: string) =>
    kind
      ? unique(
          referencesOf(kind, data)
            .filter((reference) => reference.field === field)
            .map((reference) => reference.id),
        )
      : [];
  const found = (map: ReadonlyMap<string, readonly string[]>, key: string) => [...(map.get(key) ?? [])];
  const testedBy = kind === 'hypothesis' ? sortedUnique(found(graph.testedBy, id)) : [];
  let insights: string[] = [];
  if (kind === 'hypothesis') {
    insights = sortedUnique(insightsAboutHypothesis(graph, id));
  } else if (kind === 'experiment') {
    insights = sortedUnique(found(graph.insightsFrom, id));
  }
  const decision = kind === 'insight' ? mappingAt(data, 'decision') : undefined;
  return {
    testedBy,
    tests: kind === 'experiment' ? declared('tests') : [],
    insights,
    from: kind === 'insight' ? declared('from') : [],
    hypotheses: kind === 'insight' ? declared('hypotheses') : [],
    decision: decision ?? null,
    next: kind === 'insight' ? declared('decision.next') : [],
    startedBy: sortedUnique(found(graph.startedBy, id)),
  };
}

/** What the card says about a linked id: its title and status, or that it is missing or broken. */
export function linkedRecord(graph: RecordGraph, id: string): LinkedRecord {
  const node = graph.records.get(id);
  if (!node) {
    const kind = graph.kinds.get(id);
    const linked: LinkedRecord = { id, title: '', status: '', missing: !graph.kinds.has(id), invalid: graph.kinds.has(id) };
    if (kind) linked.kind = kind;
    return linked;
  }
  const record = node.record;
  const linked: LinkedRecord = { id, kind: record.kind, title: titleOf(record), status: statusOf(record.kind, record), missing: false, invalid: false };
  if (record.kind === 'experiment') {
    linked.method = record.method;
    if (record.plan) linked.plan = record.plan;
    if (record.result?.outcome) linked.outcome = record.result.outcome;
  } else if (record.kind === 'insight' && record.decision) {
    linked.action = record.decision.action;
    linked.next = [...(record.decision.next ?? [])];
  }
  return linked;
}

function mappingAt(data: unknown, key: string): Record<string, unknown> | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const value = (data as Record<string, unknown>)[key];
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

function sortedUnique(ids: readonly string[]): string[] {
  return unique(ids).sort();
}
