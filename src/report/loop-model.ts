// The learning-loop report as data: every figure every format shows. JSON output is
// this object itself, so it stays complete and its keys stable.

import type { SkippedRecord } from '../model/skipped-records.js';
import type { CpiType, DecisionAction, EvidenceLevel, Importance, InsightEvidence, Kind, Outcome, RiskType } from '../model/vocabulary.js';
import type { HypothesisCriterion } from '../rules/hypothesis-criteria.js';
import type { ActedState } from './acted-model.js';
import type { JourneyMap } from './journey-model.js';
import type { QuantityView } from './metric-view.js';
import type { NextItem } from './next-model.js';

export interface ReportPeriod {
  since: string;
  until: string;
  /** The sprint's name, when the period is a sprint. */
  label: string | null;
}

export interface TestedItem {
  id: string;
  title: string;
  method: string;
  sample: number | null;
  outcome: Outcome | null;
  summary: string;
  end: string;
  hypotheses: string[];
  /** The measured result.value, or null. */
  value: QuantityView | null;
  /** The tested hypotheses that state a baseline or a target, in the order of `hypotheses`: what the value is read against. */
  metrics: TestedMetric[];
}

export interface TestedMetric {
  hypothesis: string;
  baseline: QuantityView | null;
  target: QuantityView | null;
}

export interface LearnedItem {
  id: string;
  title: string;
  learned: string;
  evidence: InsightEvidence | null;
  date: string;
  from: string[];
  /** The methods and outcomes of the experiments behind it. */
  basis: { id: string; method: string; outcome: Outcome | null }[];
}

export interface DecidedItem {
  id: string;
  title: string;
  action: DecisionAction;
  summary: string;
  date: string;
  next: string[];
}

export interface OpenedItem {
  id: string;
  title: string;
  created: string;
}

export type OutcomeCounts = Record<Outcome, number>;

export interface LoopMetrics {
  hypothesesOpened: number;
  experimentsDone: number;
  insights: number;
  decisions: number;
  outcomes: OutcomeCounts;
  /** Open or testing hypotheses with a planned or running experiment, over all open or testing ones (null when none). */
  shareBeingTested: number | null;
  /**
   * The medians below are taken over everything up to and including this day (the period
   * end, or asOf when that comes first), not over the period alone: a median can stand
   * beside a period count of 0. null when no median was taken (a period not started yet).
   */
  mediansUpTo: string | null;
  medianDays: { toFirstExperiment: number | null; experimentToInsight: number | null; insightToDecision: number | null };
  /** From a hypothesis entering the repository to its first `testing` status, and to its first outcome status (supported, refuted, inconclusive), as git recorded them. */
  cycleDays: { toTesting: number | null; toOutcome: number | null };
  /**
   * Whether the code followed the decisions, as `hypo acted` judges it, from the commits
   * (touching a decision's code: globs, or naming it in a `Hypo:` trailer). null when the
   * commits were not read: no git, or git history off (`git_history: false`, `git: false`).
   */
  actedOn: ActedOn | null;
  notActedOn: string[];
  decidedWithoutEvidence: string[];
  stale: string[];
  /**
   * How the hypotheses not retired that had entered the repository by the report's end
   * fare against each hypothesis-level quality rule of `hypo check` that the config leaves
   * on, in the order of the rules. Empty when every one of those rules is off.
   */
  quality: QualityShare[];
}

/** The loop health's "acted on": what the code did after the decisions. */
export interface ActedOn {
  /**
   * The decisions taken in the period (their day from its first day to the report's end,
   * min(period end, asOf)), counted by their `hypo acted` state as of the report's end. Every
   * state has a key, in the order of ACTED_ON_ORDER.
   */
  states: Record<ActedState, number>;
  /** Medians in days, over everything up to `mediansUpTo` like the other medians; null when there was nothing to take one of. */
  medianDays: {
    /** From a decision to the first commit about it on or after its day, over the decisions that have one, whatever their state. */
    decisionToCommit: number | null;
    /**
     * Idea to code: from a hypothesis entering the repository (its `created` field, else the
     * commit that added it) to the first commit on or after that day that touches a file its
     * own `code:` globs match, over the hypotheses with such a commit.
     */
    hypothesisToCode: number | null;
  };
}

/** One quality rule of `hypo check` over the report's hypotheses. */
export interface QualityShare {
  /** The rule's name in `hypo check`: passing it means its problem is absent (a statement that passes `statement-no-reason` gives a reason). */
  rule: HypothesisCriterion;
  /** Hypotheses that pass the rule. */
  passed: number;
  /**
   * Hypotheses the rule applies to: every one for `statement-no-reason`; for `success-missing`
   * those being tested or decided (status testing, supported, refuted or inconclusive, or tested
   * by a planned or running experiment); for `success-not-measurable` those with a `success`;
   * for `generic-segment` those with a `segment`.
   */
  of: number;
  /** passed / of; null when the rule applies to none. */
  share: number | null;
  /** Ids of the hypotheses that fail the rule, sorted. */
  failing: string[];
}

export interface AssumptionItem {
  id: string;
  title: string;
  status: string;
  importance: Importance | null;
  /** The risk type the record states, or null. */
  risk: RiskType | null;
  /** Stated in the record, else graded from the done experiments. */
  evidence: EvidenceLevel;
  /** The evidence level was stated in the record rather than derived from experiments. */
  evidenceStated: boolean;
  /** In the report's Test next list. */
  testNext: boolean;
}

export interface JourneyStage {
  stage: string;
  hypotheses: number;
  tested: number;
  supported: number;
  /** Hypotheses here, none tested yet (or no hypotheses at all): the team is still guessing. */
  guessing: boolean;
}

export interface SprintOutcomes {
  label: string;
  since: string;
  until: string;
  outcomes: OutcomeCounts;
}

export interface LearningLoopReport {
  period: ReportPeriod;
  /** The day the report was made for: findings are as of min(period end, this day). */
  asOf: string;
  tested: TestedItem[];
  learned: LearnedItem[];
  decided: DecidedItem[];
  opened: OpenedItem[];
  metrics: LoopMetrics;
  /** As of the period end: hypotheses → tested → insights → decisions. */
  funnel: { hypotheses: number; tested: number; insights: number; decisions: number };
  /** Outcomes of the experiments done in this period and the ones before it, oldest first. */
  outcomeHistory: SprintOutcomes[];
  assumptionMap: AssumptionItem[];
  /** The top of `hypo next` as of the report day: what to test next, with reasons and a method. */
  testNext: NextItem[];
  /**
   * Hypotheses not retired by metric type (a cpi without metric_type counts as customer), and
   * the customer ones by CPI, every CPI a key (those without a cpi are in no count of it).
   */
  customerFocus: { customer: number; business: number; unspecified: number; customerShare: number | null; cpi: Record<CpiType, number> };
  journeyCoverage: JourneyStage[];
  /** The journey map as of the report day, as `hypo journey --as-of` gives it. */
  journey: JourneyMap;
  /** Records the report names, by id: kind and title, for renderers that link or label them. */
  titles: Record<string, { kind: Kind; title: string }>;
  warnings: string[];
  /** Record files left out for errors: every figure above is computed without them. */
  skipped: SkippedRecord[];
}
