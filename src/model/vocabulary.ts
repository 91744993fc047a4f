// The closed word lists of format v1. Kept as `as const` tuples so that the zod
// schemas, the JSON Schemas, the CLI's choices and the messages all read one list.

export const KINDS = ['hypothesis', 'experiment', 'insight'] as const;
export type Kind = (typeof KINDS)[number];

export const HYPOTHESIS_STATUSES = ['open', 'testing', 'supported', 'refuted', 'inconclusive', 'retired'] as const;
export type HypothesisStatus = (typeof HYPOTHESIS_STATUSES)[number];

export const EXPERIMENT_STATUSES = ['planned', 'running', 'done', 'cancelled'] as const;
export type ExperimentStatus = (typeof EXPERIMENT_STATUSES)[number];

/** The built-in methods; the config's `methods` may add more (see method-catalogue.ts). */
export const EXPERIMENT_METHODS = [
  'interview',
  'survey',
  'panel',
  'usability-test',
  'prototype',
  'ab-test',
  'fake-door',
  'concierge',
  'analytics',
  'focus-group',
  'eye-tracking',
  'other',
] as const;
export type ExperimentMethod = (typeof EXPERIMENT_METHODS)[number];

export const OUTCOMES = ['supports', 'refutes', 'inconclusive'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The status an experiment's outcome gives the hypotheses it tests. */
export const STATUS_BY_OUTCOME: Record<Outcome, HypothesisStatus> = { supports: 'supported', refutes: 'refuted', inconclusive: 'inconclusive' };

export const DECISION_ACTIONS = ['persevere', 'pivot', 'stop', 'iterate'] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

export const IMPORTANCE_LEVELS = ['low', 'medium', 'high'] as const;
export type Importance = (typeof IMPORTANCE_LEVELS)[number];

/** Weakest first: a level's index is its rank. */
export const EVIDENCE_LEVELS = ['none', 'weak', 'medium', 'strong'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** The evidence one method can give at best: a done experiment gives at least weak. */
export const METHOD_STRENGTHS = ['weak', 'medium', 'strong'] as const;
export type MethodStrength = (typeof METHOD_STRENGTHS)[number];

/** What a method observes: what people say (interviews, surveys) or what they do (fake doors, A/B tests). */
export const OBSERVES = ['says', 'does'] as const;
export type Observes = (typeof OBSERVES)[number];

/** The four risks of a business idea: do they want it, should we, can we, can they use it. */
export const RISK_TYPES = ['desirability', 'viability', 'feasibility', 'usability'] as const;
export type RiskType = (typeof RISK_TYPES)[number];

export const METRIC_TYPES = ['customer', 'business'] as const;
export type MetricType = (typeof METRIC_TYPES)[number];

/** Customer performance indicators: what the customer gains, measured beside the company's KPIs. */
export const CPI_TYPES = ['time', 'convenience', 'alternatives', 'money', 'achievement'] as const;
export type CpiType = (typeof CPI_TYPES)[number];

export const INSIGHT_EVIDENCE = ['qualitative', 'quantitative', 'mixed'] as const;
export type InsightEvidence = (typeof INSIGHT_EVIDENCE)[number];

/** What the code did after a decision (`hypo acted`), in the order it lists them: what needs attention first. */
export const ACTED_STATES = ['overdue', 'code-remains', 'not-yet', 'no-code-link', 'acted'] as const;
export type ActedState = (typeof ACTED_STATES)[number];

/** The folder `hypo new` writes each kind into, under the configured root. */
export const KIND_FOLDERS: Record<Kind, string> = {
  hypothesis: 'hypotheses',
  experiment: 'experiments',
  insight: 'insights',
};

/** Where a journey stage sits relative to the service's use: before it, during it, after it. */
export const JOURNEY_PHASES = ['before', 'during', 'after'] as const;
export type JourneyPhase = (typeof JOURNEY_PHASES)[number];
