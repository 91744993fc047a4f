// The learning-loop report: what was tested, learned, decided and opened in a period,
// and how the loop is doing. Pure: records, dates and stale findings come in as data.
import { daysBetween, dayWindows } from '../model/dates.js';
import { recordOfKind } from '../model/graph.js';
import { sprintsUpTo } from '../model/sprints.js';
import { assumptionMap, customerFocus, journeyCoverage } from './assumption-map.js';
import { futurePeriodReport, startsAfterReportDay } from './future-period.js';
import { journeyMap } from './journey-map.js';
import { countOutcomes, loopHealth } from './loop-health.js';
import type { LearningLoopReport, SprintOutcomes, TestedItem, TestedMetric } from './loop-model.js';
import { measuredValue, quantityView } from './metric-view.js';
import { type Nodes, nodesByKind, type ReportInput } from './report-input.js';
import { rankNextTests } from './test-next.js';

const HISTORY_LENGTH = 6;
/** The top of `hypo next`: enough for a sprint review to pick from. */
export const TEST_NEXT_IN_REPORT = 5;

export function buildLearningLoopReport(input: ReportInput): LearningLoopReport {
  if (startsAfterReportDay(input)) return futurePeriodReport(input);
  const nodes = nodesByKind(input.graph);
  const { since, until } = input.period;
  const within = (date: string) => since <= date && date <= until;
  const { dates } = input;

  const tested = testedBetween(input, nodes, since, until);
  const learnedNodes = nodes.insights.filter((node) => within(dates.insightDate(node.record, node.file)));
  const experiments = new Map(nodes.experiments.map((node) => [node.id, node.record]));
  const learned = learnedNodes.map((node) => ({
    id: node.id,
    title: node.record.title,
    learned: node.record.learned,
    evidence: node.record.evidence ?? null,
    date: dates.insightDate(node.record, node.file),
    from: node.record.from ?? [],
    basis: (node.record.from ?? []).flatMap((id) => {
      const experiment = experiments.get(id);
      return experiment ? [{ id, method: experiment.method, outcome: experiment.result?.outcome ?? null }] : [];
    }),
  }));
  const decided = nodes.insights.flatMap((node) => {
    const decision = node.record.decision;
    const date = decision ? dates.decisionDate(node.record, node.file) : '';
    if (!decision || !within(date)) return [];
    return [{ id: node.id, title: node.record.title, action: decision.action, summary: decision.summary, date, next: decision.next ?? [] }];
  });
  const opened = nodes.hypotheses.flatMap((node) => {
    const created = dates.hypothesisStart(node.record, node.file);
    return within(created) ? [{ id: node.id, title: node.record.title, created }] : [];
  });

  // Ranked as of the report day (the state the whole report shows), like `hypo next --as-of`.
  const testNext = rankNextTests({ ...input, asOf: input.asOf }).slice(0, TEST_NEXT_IN_REPORT);
  const metrics = loopHealth(input, nodes, { hypothesesOpened: opened.length, tested, insights: learned.length, decisions: decided.length });
  return {
    period: input.period,
    asOf: input.asOf,
    tested,
    learned,
    decided,
    opened,
    metrics,
    funnel: funnel(input, nodes),
    outcomeHistory: outcomeHistory(input, nodes),
    assumptionMap: assumptionMap(input, nodes, new Set(testNext.map((item) => item.id))),
    testNext,
    customerFocus: customerFocus(nodes),
    journeyCoverage: journeyCoverage(input, nodes),
    journey: journeyMap({ graph: input.graph, config: input.config, asOf: input.asOf, skipped: input.skipped }),
    titles: Object.fromEntries([...input.graph.records.values()].map((node) => [node.id, { kind: node.record.kind, title: node.record.title }])),
    warnings: input.warnings,
    skipped: input.skipped,
  };
}

/** Experiments done with their end between the two days, inclusive. */
function testedBetween(input: ReportInput, nodes: Nodes, since: string, until: string): TestedItem[] {
  return nodes.experiments.flatMap((node) => {
    const experiment = node.record;
    if (experiment.status !== 'done') return [];
    const end = input.dates.experimentEnd(experiment, node.file);
    if (end < since || end > until) return [];
    return [
      {
        id: node.id,
        title: experiment.title,
        method: experiment.method,
        sample: experiment.sample ?? null,
        outcome: experiment.result?.outcome ?? null,
        summary: experiment.result?.summary ?? '',
        end,
        hypotheses: experiment.tests,
        value: measuredValue(experiment),
        metrics: testedMetrics(input, experiment.tests),
      },
    ];
  });
}

function testedMetrics(input: ReportInput, ids: readonly string[]): TestedMetric[] {
  return [...new Set(ids)].flatMap((id) => {
    const hypothesis = recordOfKind(input.graph, id, 'hypothesis')?.record;
    if (!hypothesis) return [];
    const baseline = quantityView(hypothesis.baseline);
    const target = quantityView(hypothesis.target);
    return baseline || target ? [{ hypothesis: id, baseline, target }] : [];
  });
}

/** Everything up to the period end: hypotheses → tested → insights → decisions. */
function funnel(input: ReportInput, nodes: Nodes): LearningLoopReport['funnel'] {
  const end = input.period.until;
  const { dates, graph } = input;
  const hypotheses = nodes.hypotheses.filter((node) => dates.hypothesisStart(node.record, node.file) <= end);
  const doneIds = new Set(testedBetween(input, nodes, '0000-01-01', end).map((item) => item.id));
  const insights = nodes.insights.filter((node) => dates.insightDate(node.record, node.file) <= end);
  return {
    hypotheses: hypotheses.length,
    tested: hypotheses.filter((node) => (graph.testedBy.get(node.id) ?? []).some((id) => doneIds.has(id))).length,
    insights: insights.length,
    decisions: insights.filter((node) => node.record.decision && dates.decisionDate(node.record, node.file) <= end).length,
  };
}

/** The outcomes of this period and the ones before it: sprints when configured, else windows of the same length. */
function outcomeHistory(input: ReportInput, nodes: Nodes): SprintOutcomes[] {
  const { since, until } = input.period;
  const windows = input.config.sprints
    ? sprintsUpTo(input.config.sprints, until, HISTORY_LENGTH).map((sprint) => ({ label: sprint.name, since: sprint.since, until: sprint.until }))
    : dayWindows(until, daysBetween(since, until) + 1, HISTORY_LENGTH).map((window) => ({ label: `${window.since} – ${window.until}`, ...window }));
  return windows.map((window) => ({ ...window, outcomes: countOutcomes(testedBetween(input, nodes, window.since, window.until)) }));
}
