// The journey map in the words every renderer uses (text, markdown, HTML): the phase
// headings, what each flag means, and the counts of a stage as short phrases. Renderers
// escape the result their own way; these words only count and join.
import { CPI_TYPES, EVIDENCE_LEVELS, HYPOTHESIS_STATUSES, type JourneyPhase } from '../model/vocabulary.js';
import type { JourneyFlag, JourneyMap, JourneyMapStage } from '../report/journey-model.js';

export const PHASE_HEADINGS: Record<JourneyPhase | 'none', string> = {
  before: 'Before',
  during: 'During',
  after: 'After',
  none: 'No phase',
};

export const FLAG_WORDS: Record<JourneyFlag, string> = {
  'no-hypotheses': 'no hypotheses',
  guessing: 'guessing: nothing tested',
  'kpi-only': 'KPIs only, no customer metric',
  'unknown-stage': 'not in hypo.config.yaml',
};

const PHASE_PLACES: Record<JourneyPhase, string> = { before: 'before the contact', during: 'during the contact', after: 'after the contact' };

/** Consecutive stages of one phase, in the map's order: the config's order is kept, phases head their runs. */
export function phaseGroups(map: JourneyMap): { phase: JourneyPhase | null; stages: JourneyMapStage[] }[] {
  const groups: { phase: JourneyPhase | null; stages: JourneyMapStage[] }[] = [];
  for (const stage of map.stages) {
    const last = groups.at(-1);
    if (last && last.phase === stage.phase) last.stages.push(stage);
    else groups.push({ phase: stage.phase, stages: [stage] });
  }
  return groups;
}

/** True when a phase heading says something: some stage has a phase. */
export function hasPhases(map: JourneyMap): boolean {
  return map.stages.some((stage) => stage.phase !== null);
}

/** "no hypothesis at any stage before the contact or after the contact"; undefined when every phase has some. */
export function missingPhasesWords(map: JourneyMap): string | undefined {
  if (map.phasesWithoutHypotheses.length === 0) return undefined;
  return `no hypothesis at any stage ${map.phasesWithoutHypotheses.map((phase) => PHASE_PLACES[phase]).join(' or ')}`;
}

/** "3: 1 supported · 1 refuted · 1 retired", the statuses held only. */
export function statusWords(stage: JourneyMapStage): string[] {
  return HYPOTHESIS_STATUSES.filter((status) => stage.hypotheses[status] > 0).map((status) => `${stage.hypotheses[status]} ${status}`);
}

/** "2 strong · 1 weak", strongest first, the levels held only. */
export function evidenceWords(stage: JourneyMapStage): string[] {
  return [...EVIDENCE_LEVELS]
    .reverse()
    .filter((level) => stage.evidence[level] > 0)
    .map((level) => `${stage.evidence[level]} ${level}`);
}

/** "time 2 · convenience 1", the CPIs held only. */
export function cpiCountWords(stage: JourneyMapStage): string[] {
  return CPI_TYPES.filter((cpi) => stage.cpis[cpi] > 0).map((cpi) => `${cpi} ${stage.cpis[cpi]}`);
}

/** "2 customer (time 2) · 1 business KPI"; empty when no hypothesis here has a metric type. */
export function metricWords(stage: JourneyMapStage): string[] {
  const cpis = cpiCountWords(stage);
  const customer = stage.customerMetrics > 0 ? [`${stage.customerMetrics} customer${cpis.length ? ` (${cpis.join(', ')})` : ''}`] : [];
  const business = stage.businessMetrics > 0 ? [`${stage.businessMetrics} business KPI${stage.businessMetrics === 1 ? '' : 's'}`] : [];
  return [...customer, ...business];
}

/** A score for the mermaid journey diagram, 1–5: the evidence of the best-known hypothesis here (1: none, or no hypothesis). */
export function evidenceScore(stage: JourneyMapStage): number {
  const best = [...EVIDENCE_LEVELS].reverse().find((level) => stage.evidence[level] > 0);
  return best === undefined ? 1 : { none: 1, weak: 2, medium: 3, strong: 5 }[best];
}
