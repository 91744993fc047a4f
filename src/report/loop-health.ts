// Loop health: how fast hypotheses get tested, tests become insights and insights
// decisions, and where the loop is stuck (insights not acted on, decisions that no
// experiment stands behind). Everything known by the end of the period counts.
import { daysBetween } from '../model/dates.js';
import type { LoopMetrics, OutcomeCounts, TestedItem } from './loop-model.js';
import type { Nodes, ReportInput } from './report-input.js';

export function countOutcomes(items: readonly Pick<TestedItem, 'outcome'>[]): OutcomeCounts {
  const counts: OutcomeCounts = { supports: 0, refutes: 0, inconclusive: 0 };
  for (const item of items) if (item.outcome) counts[item.outcome]++;
  return counts;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function loopHealth(
  input: ReportInput,
  nodes: Nodes,
  inPeriod: { hypothesesOpened: number; tested: readonly TestedItem[]; insights: number; decisions: number },
): LoopMetrics {
  const { dates, graph } = input;
  const end = input.period.until;
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
    medianDays: {
      toFirstExperiment: median(toFirstExperiment),
      experimentToInsight: median(experimentToInsight),
      insightToDecision: median(insightToDecision),
    },
    notActedOn: insightsSoFar.filter((node) => !decidedSoFar.includes(node)).map((node) => node.id),
    decidedWithoutEvidence: decidedSoFar.filter((node) => !(node.record.from ?? []).some((id) => doneBy(id))).map((node) => node.id),
    stale: [...input.stale].sort(),
  };
}
