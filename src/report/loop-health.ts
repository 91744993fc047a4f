// Loop health: how fast hypotheses get tested, tests become insights and insights
// decisions, where the loop is stuck (insights not acted on, decisions that no
// experiment stands behind), and how well the hypotheses are written to be tested.
// Everything known by the end of the period counts: up to the period end, or the
// report day when the period ends later.
import { daysBetween } from '../model/dates.js';
import { actedOn } from './acted-on.js';
import { hypothesisQuality } from './hypothesis-quality.js';
import type { LoopMetrics, OutcomeCounts, TestedItem } from './loop-model.js';
import { median } from './median.js';
import { type Nodes, type ReportInput, reportEnd } from './report-input.js';

/** The statuses a hypothesis leaves testing for: the test has an outcome. */
const OUTCOME_STATUSES: ReadonlySet<string> = new Set(['supported', 'refuted', 'inconclusive']);

export function countOutcomes(items: readonly Pick<TestedItem, 'outcome'>[]): OutcomeCounts {
  const counts: OutcomeCounts = { supports: 0, refutes: 0, inconclusive: 0 };
  for (const item of items) if (item.outcome) counts[item.outcome]++;
  return counts;
}

export function loopHealth(
  input: ReportInput,
  nodes: Nodes,
  inPeriod: { hypothesesOpened: number; tested: readonly TestedItem[]; insights: number; decisions: number },
): LoopMetrics {
  const { dates, graph } = input;
  const end = reportEnd(input);
  const experiments = new Map(nodes.experiments.map((node) => [node.id, node]));
  const doneBy = (id: string) => {
    const node = experiments.get(id);
    return node && node.record.status === 'done' && dates.experimentEnd(node.record, node.file) <= end ? node : undefined;
  };

  const unresolved = nodes.hypotheses.filter((node) => node.record.status === 'open' || node.record.status === 'testing');
  const beingTested = unresolved.filter((node) =>
    (graph.testedBy.get(node.id) ?? []).some((id) => ['planned', 'running'].includes(experiments.get(id)?.record.status ?? '')),
  );

  const toFirstExperiment = nodes.hypotheses.flatMap((node) => {
    const starts = (graph.testedBy.get(node.id) ?? [])
      .map((id) => experiments.get(id))
      .filter((experiment) => experiment !== undefined)
      .map((experiment) => dates.experimentStart(experiment.record, experiment.file))
      .filter((start) => start <= end);
    if (starts.length === 0) return [];
    return [Math.max(0, daysBetween(dates.hypothesisStart(node.record, node.file), starts.sort()[0]!))];
  });

  const insightsSoFar = nodes.insights.filter((node) => dates.insightDate(node.record, node.file) <= end);
  const experimentToInsight = insightsSoFar.flatMap((node) => {
    const ends = (node.record.from ?? []).flatMap((id) => {
      const experiment = doneBy(id);
      return experiment ? [dates.experimentEnd(experiment.record, experiment.file)] : [];
    });
    if (ends.length === 0) return [];
    return [Math.max(0, daysBetween(ends.sort()[ends.length - 1]!, dates.insightDate(node.record, node.file)))];
  });

  const decidedSoFar = insightsSoFar.filter((node) => node.record.decision && dates.decisionDate(node.record, node.file) <= end);
  const decided = new Set(decidedSoFar);
  const insightToDecision = decidedSoFar.map((node) =>
    Math.max(0, daysBetween(dates.insightDate(node.record, node.file), dates.decisionDate(node.record, node.file))),
  );

  return {
    hypothesesOpened: inPeriod.hypothesesOpened,
    experimentsDone: inPeriod.tested.length,
    insights: inPeriod.insights,
    decisions: inPeriod.decisions,
    outcomes: countOutcomes(inPeriod.tested),
    shareBeingTested: unresolved.length ? beingTested.length / unresolved.length : null,
    mediansUpTo: end,
    medianDays: {
      toFirstExperiment: median(toFirstExperiment),
      experimentToInsight: median(experimentToInsight),
      insightToDecision: median(insightToDecision),
    },
    cycleDays: cycleDays(input, nodes, end),
    actedOn: actedOn(input, nodes, end),
    notActedOn: insightsSoFar.filter((node) => !decided.has(node)).map((node) => node.id),
    decidedWithoutEvidence: decidedSoFar.filter((node) => !(node.record.from ?? []).some((id) => doneBy(id))).map((node) => node.id),
    stale: [...input.stale].sort(),
    quality: hypothesisQuality(input, nodes),
  };
}

/**
 * Median days from a hypothesis entering the repository to the first commit that set it
 * `testing`, and to the first that set an outcome status. A hypothesis that went straight
 * to an outcome counts for the outcome only; status changes after `end` do not count.
 */
function cycleDays(input: ReportInput, nodes: Nodes, end: string): LoopMetrics['cycleDays'] {
  const toTesting: number[] = [];
  const toOutcome: number[] = [];
  for (const node of nodes.hypotheses) {
    const history = input.statusHistory.get(node.file);
    if (!history || history.entered > end) continue;
    const known = history.statuses.filter((change) => change.day <= end);
    const daysTo = (change: { day: string } | undefined) => (change ? [Math.max(0, daysBetween(history.entered, change.day))] : []);
    toTesting.push(...daysTo(known.find((change) => change.status === 'testing')));
    toOutcome.push(...daysTo(known.find((change) => OUTCOME_STATUSES.has(change.status))));
  }
  return { toTesting: median(toTesting), toOutcome: median(toOutcome) };
}
