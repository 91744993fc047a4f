// The journey map in the words every renderer uses (text, markdown, HTML): the phase
// headings, what each flag means, and the counts of a stage as short phrases. Renderers
// escape the result their own way; these words only count and join.
import { CPI_TYPES, EVIDENCE_LEVELS, HYPOTHESIS_STATUSES, type JourneyPhase } from '../model/vocabulary.js';
import type { JourneyFlag, JourneyMap, JourneyMapStage } from '../report/journey-model.js';
import { type MessageKey, messages, type Translator } from './messages/index.js';

const PHASE_KEYS: Record<JourneyPhase | 'none', MessageKey> = {
  before: 'journey.phase.before',
  during: 'journey.phase.during',
  after: 'journey.phase.after',
  none: 'journey.phase.none',
};

const FLAG_KEYS: Record<JourneyFlag, MessageKey> = {
  'no-hypotheses': 'journey.flag.noHypotheses',
  guessing: 'journey.flag.guessing',
  'kpi-only': 'journey.flag.kpiOnly',
  'unknown-stage': 'journey.flag.unknownStage',
};

const PHASE_PLACE_KEYS: Record<JourneyPhase, MessageKey> = { before: 'journey.place.before', during: 'journey.place.during', after: 'journey.place.after' };

const EN = messages('en');

/** A phase's heading in a language: "Before", "Före". */
export const phaseHeading = (phase: JourneyPhase | 'none', t: Translator = EN): string => t(PHASE_KEYS[phase]);

/** What a flag means, in a language. */
export const flagWords = (flag: JourneyFlag, t: Translator = EN): string => t(FLAG_KEYS[flag]);

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
export function missingPhasesWords(map: JourneyMap, t: Translator = EN): string | undefined {
  if (map.phasesWithoutHypotheses.length === 0) return undefined;
  return t('journey.missingPhases', { places: map.phasesWithoutHypotheses.map((phase) => t(PHASE_PLACE_KEYS[phase])).join(t('journey.or')) });
}

/** "3: 1 supported · 1 refuted · 1 retired", the statuses held only. */
export function statusWords(stage: JourneyMapStage, t: Translator = EN): string[] {
  return HYPOTHESIS_STATUSES.filter((status) => stage.hypotheses[status] > 0).map(
    (status) => `${stage.hypotheses[status]} ${t.word(stage.hypotheses[status] === 1 ? 'status' : 'statuses', status)}`,
  );
}

/** "2 strong · 1 weak", strongest first, the levels held only. */
export function evidenceWords(stage: JourneyMapStage, t: Translator = EN): string[] {
  return [...EVIDENCE_LEVELS]
    .reverse()
    .filter((level) => stage.evidence[level] > 0)
    .map((level) => `${stage.evidence[level]} ${t.word('evidence', level)}`);
}

/** "time 2 · convenience 1", the CPIs held only. */
export function cpiCountWords(stage: JourneyMapStage, t: Translator = EN): string[] {
  return CPI_TYPES.filter((cpi) => stage.cpis[cpi] > 0).map((cpi) => `${t.word('cpi', cpi)} ${stage.cpis[cpi]}`);
}

/** "2 customer (time 2) · 1 business KPI"; empty when no hypothesis here has a metric type. */
export function metricWords(stage: JourneyMapStage, t: Translator = EN): string[] {
  const cpis = cpiCountWords(stage, t);
  const customer = stage.customerMetrics > 0 ? [`${t('journey.customer', { n: stage.customerMetrics })}${cpis.length ? ` (${cpis.join(', ')})` : ''}`] : [];
  const business = stage.businessMetrics > 0 ? [t('journey.businessKpis', { n: stage.businessMetrics })] : [];
  return [...customer, ...business];
}

/** A score for the mermaid journey diagram, 1–5: the evidence of the best-known hypothesis here (1: none, or no hypothesis). */
export function evidenceScore(stage: JourneyMapStage): number {
  const best = [...EVIDENCE_LEVELS].reverse().find((level) => stage.evidence[level] > 0);
  return best === undefined ? 1 : { none: 1, weak: 2, medium: 3, strong: 5 }[best];
}
