// Where the team's beliefs stand: importance × evidence,
// customer-valued metrics against business KPIs, and coverage of the journey.
import { gradedEvidence } from '../model/graded-evidence.js';
import { type RecordGraph, recordOfKind } from '../model/graph.js';
import { journeyStageNames } from '../model/journey-stages.js';
import { type MethodCatalogue, methodCatalogue } from '../model/method-catalogue.js';
import type { Experiment } from '../model/schemas.js';
import { CPI_TYPES, type CpiType, type EvidenceLevel } from '../model/vocabulary.js';
import type { AssumptionItem, JourneyStage, LearningLoopReport } from './loop-model.js';
import { metricTypeOf } from './metric-view.js';
import type { Nodes, ReportInput } from './report-input.js';

/** The evidence graded from the experiments testing the hypothesis (model/graded-evidence.ts), whatever the record states. */
export function derivedEvidence(id: string, graph: RecordGraph, catalogue: MethodCatalogue): EvidenceLevel {
  // Straight from the graph: a map of every experiment per hypothesis would make this quadratic.
  const experiments = (graph.testedBy.get(id) ?? [])
    .map((experimentId) => recordOfKind(graph, experimentId, 'experiment')?.record)
    .filter((experiment): experiment is Experiment => experiment !== undefined);
  return gradedEvidence(experiments, catalogue);
}

/** `testNext`: the ids of the report's Test next list. */
export function assumptionMap(input: ReportInput, nodes: Nodes, testNext: ReadonlySet<string>): AssumptionItem[] {
  const catalogue = methodCatalogue(input.config.methods);
  return nodes.hypotheses
    .filter((node) => node.record.status !== 'retired')
    .map((node) => {
      // Stated evidence wins: the team may know more than the records say.
      const evidence = node.record.evidence ?? derivedEvidence(node.id, input.graph, catalogue);
      const importance = node.record.importance ?? null;
      return {
        id: node.id,
        title: node.record.title,
        status: node.record.status,
        importance,
        risk: node.record.risk ?? null,
        evidence,
        evidenceStated: node.record.evidence !== undefined,
        testNext: testNext.has(node.id),
      };
    });
}

/**
 * Hypotheses not retired, by metric type. The share is of those with a metric type
 * (customer + business): renderers show it and its bar over those same hypotheses, and
 * name the unspecified ones apart, so the two never count different sets.
 */
export function customerFocus(nodes: Nodes): LearningLoopReport['customerFocus'] {
  const active = nodes.hypotheses.filter((node) => node.record.status !== 'retired');
  const customers = active.filter((node) => metricTypeOf(node.record) === 'customer');
  const customer = customers.length;
  const business = active.filter((node) => metricTypeOf(node.record) === 'business').length;
  const cpi = Object.fromEntries(CPI_TYPES.map((type) => [type, customers.filter((node) => node.record.cpi === type).length])) as Record<CpiType, number>;
  return {
    customer,
    business,
    unspecified: active.length - customer - business,
    customerShare: customer + business ? customer / (customer + business) : null,
    cpi,
  };
}

/** Whether a done experiment, whatever its outcome, tests the hypothesis: what keeps its journey stage from being a guess. */
export function isTested(graph: RecordGraph, id: string): boolean {
  return (graph.testedBy.get(id) ?? []).some((experimentId) => recordOfKind(graph, experimentId, 'experiment')?.record.status === 'done');
}

/** Per stage of the configured journey (else the stages the hypotheses not retired name, in id order). */
export function journeyCoverage(input: Pick<ReportInput, 'graph'> & { config: Pick<ReportInput['config'], 'journey'> }, nodes: Nodes): JourneyStage[] {
  // Retired hypotheses count nowhere, so a stage only they name is not in use.
  const used = nodes.hypotheses
    .filter((node) => node.record.status !== 'retired')
    .map((node) => node.record.journey)
    .filter((stage): stage is string => stage !== undefined);
  const configured = journeyStageNames(input.config.journey);
  const stages = configured.length ? configured : [...new Set(used)];
  return stages.map((stage) => {
    const here = nodes.hypotheses.filter((node) => node.record.journey === stage && node.record.status !== 'retired');
    const tested = here.filter((node) => isTested(input.graph, node.id)).length;
    const supported = here.filter((node) => node.record.status === 'supported').length;
    return { stage, hypotheses: here.length, tested, supported, guessing: tested === 0 };
  });
}
