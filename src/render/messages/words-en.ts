// The closed word lists of the format (statuses, outcomes, actions, evidence, …) as a
// person reads them. In English a word is shown as written in the record, so these are
// built from the vocabulary itself; words-sv.ts translates each one.
import {
  ACTED_STATES,
  CPI_TYPES,
  DECISION_ACTIONS,
  EVIDENCE_LEVELS,
  EXPERIMENT_METHODS,
  EXPERIMENT_STATUSES,
  HYPOTHESIS_STATUSES,
  IMPORTANCE_LEVELS,
  INSIGHT_EVIDENCE,
  JOURNEY_PHASES,
  KINDS,
  METRIC_TYPES,
  OUTCOMES,
  RISK_TYPES,
} from '../../model/vocabulary.js';

const LISTS = {
  status: [...HYPOTHESIS_STATUSES, ...EXPERIMENT_STATUSES],
  /** A hypothesis status after a count above one: Swedish adjectives agree ("2 stödda"). */
  statuses: HYPOTHESIS_STATUSES,
  outcome: OUTCOMES,
  action: DECISION_ACTIONS,
  evidence: EVIDENCE_LEVELS,
  insightEvidence: INSIGHT_EVIDENCE,
  importance: IMPORTANCE_LEVELS,
  kind: KINDS,
  method: EXPERIMENT_METHODS,
  risk: RISK_TYPES,
  metric: METRIC_TYPES,
  cpi: CPI_TYPES,
  acted: ACTED_STATES,
  phase: JOURNEY_PHASES,
} as const;

/** A closed list whose words a translator can show: `t.word('status', 'open')`. */
export type WordList = keyof typeof LISTS;
type WordOf<L extends WordList> = (typeof LISTS)[L][number];
export type WordKey = { [L in WordList]: `word.${L}.${WordOf<L>}` }[WordList];

export const EN_WORDS = Object.fromEntries(
  Object.entries(LISTS).flatMap(([list, words]) => (words as readonly string[]).map((word) => [`word.${list}.${word}`, word])),
) as Record<WordKey, string>;
