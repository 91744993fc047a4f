// The journey map: the customer's way through the service, stage by stage, with what the
// team believes at each (hypotheses by status and touchpoint), how well it knows it (graded
// evidence), what it learned and decided, and whether it measures the customer's gain or
// only its own KPIs. Pure: the graph and the config in, data out; `hypo journey --format
// json` prints it as it is and the report carries it under `journey`.
import type { HypoConfig } from '../model/config-schema.js';
import type { RecordGraph } from '../model/graph.js';
import { journeyStages } from '../model/journey-stages.js';
import { methodCatalogue } from '../model/method-catalogue.js';
import type { Hypothesis, Insight } from '../model/schemas.js';
import type { SkippedRecord } from '../model/skipped-records.js';
import { CPI_TYPES, EVIDENCE_LEVELS, HYPOTHESIS_STATUSES, JOURNEY_PHASES, type JourneyPhase } from '../model/vocabulary.js';
import { derivedEvidence, isTested } from './assumption-map.js';
import type { JourneyFlag, JourneyMap, JourneyMapStage } from './journey-model.js';
import { metricTypeOf } from './metric-view.js';
import { nodesByKind } from './report-input.js';

export interface JourneyInput {
  graph: RecordGraph;
  config: Pick<HypoConfig, 'journey' | 'methods'>;
  asOf: string;
  skipped: SkippedRecord[];
}

interface StagePlan {
  name: string;
  phase: JourneyPhase | null;
  configured: boolean;
  touchpoints: string[];
}

export function journeyMap(input: JourneyInput): JourneyMap {
  const nodes = nodesByKind(input.graph);
  const catalogue = methodCatalogue(input.config.methods);
  const plans = stagePlans(input.config.journey, nodes.hypotheses, nodes.insights);
  const insightStages = new Map(nodes.insights.map((node) => [node.id, stagesOfInsight(node.record, input.graph)]));

  const stages = plans.map((plan): JourneyMapStage => {
    const here = nodes.hypotheses.filter((node) => node.record.journey === plan.name);
    const active = here.filter((node) => node.record.status !== 'retired');
    const hypotheses = {
      total: here.length,
      ...countBy(
        HYPOTHESIS_STATUSES,
        here.map((node) => node.record.status),
      ),
    };
    const evidence = countBy(
      EVIDENCE_LEVELS,
      active.map((node) => node.record.evidence ?? derivedEvidence(node.id, input.graph, catalogue)),
    );
    const customers = active.filter((node) => metricTypeOf(node.record) === 'customer');
    const businessMetrics = active.filter((node) => metricTypeOf(node.record) === 'business').length;
    const cpis = countBy(
      CPI_TYPES,
      customers.flatMap((node) => (node.record.cpi ? [node.record.cpi] : [])),
    );
    const insights = nodes.insights.filter((node) => insightStages.get(node.id)?.has(plan.name));
    // Tested as the report's journey coverage counts it: a done experiment, whatever its outcome.
    const tested = active.some((node) => isTested(input.graph, node.id));
    const flags: JourneyFlag[] = [];
    if (active.length === 0) flags.push('no-hypotheses');
    if (!tested) flags.push('guessing');
    if (businessMetrics > 0 && customers.length === 0) flags.push('kpi-only');
    if (!plan.configured) flags.push('unknown-stage');
    return {
      name: plan.name,
      phase: plan.phase,
      touchpoints: plan.touchpoints.map((name) => ({ name, hypotheses: here.filter((node) => node.record.touchpoint === name).map((node) => node.id) })),
      hypotheses,
      evidence,
      customerMetrics: customers.length,
      businessMetrics,
      cpis,
      insights: insights.map((node) => node.id),
      decisions: insights.filter((node) => node.record.decision !== undefined).map((node) => node.id),
      flags,
    };
  });

  const phased = plans.some((plan) => plan.phase !== null);
  const believed = new Set(stages.filter((stage) => !stage.flags.includes('no-hypotheses')).map((stage) => stage.phase));
  return {
    asOf: input.asOf,
    stages,
    phasesWithoutHypotheses: phased ? JOURNEY_PHASES.filter((phase) => !believed.has(phase)) : [],
    skipped: input.skipped,
  };
}

/**
 * The config's stages in order; then any stage a hypothesis or an insight names that the
 * config lacks, first seen first (hypotheses, then insights, each in id order), with no
 * phase and flagged: a typo must show up on the map rather than its records vanish.
 */
function stagePlans(journey: HypoConfig['journey'], hypotheses: readonly { record: Hypothesis }[], insights: readonly { record: Insight }[]): StagePlan[] {
  const plans: StagePlan[] = journeyStages(journey).map((stage) => ({ ...stage, configured: true }));
  const byName = new Map(plans.map((plan) => [plan.name, plan]));
  for (const { record } of [...hypotheses, ...insights]) {
    if (record.journey === undefined) continue;
    let plan = byName.get(record.journey);
    if (!plan) {
      plan = { name: record.journey, phase: null, configured: false, touchpoints: [] };
      plans.push(plan);
      byName.set(plan.name, plan);
    }
    // A touchpoint the config lacks still has hypotheses to show (`hypo check` warns: unknown-touchpoint).
    if (record.kind === 'hypothesis' && record.touchpoint !== undefined && !plan.touchpoints.includes(record.touchpoint))
      plan.touchpoints.push(record.touchpoint);
  }
  return plans;
}

/** An insight's own stage, else the stages of the hypotheses it names and of those its experiments test. */
function stagesOfInsight(insight: Insight, graph: RecordGraph): Set<string> {
  if (insight.journey !== undefined) return new Set([insight.journey]);
  const tested = (insight.from ?? []).flatMap((id) => {
    const experiment = graph.records.get(id)?.record;
    return experiment?.kind === 'experiment' ? experiment.tests : [];
  });
  const stages = new Set<string>();
  for (const id of [...(insight.hypotheses ?? []), ...tested]) {
    const hypothesis = graph.records.get(id)?.record;
    if (hypothesis?.kind === 'hypothesis' && hypothesis.journey !== undefined) stages.add(hypothesis.journey);
  }
  return stages;
}

/** How many of `values` are each key, every key present. */
function countBy<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const value of values) counts[value] += 1;
  return counts;
}
