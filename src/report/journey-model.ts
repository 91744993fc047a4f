// The journey map's shape: what `hypo journey --format json` prints and the report carries
// under `journey`. Types and the flag list only, so that the report's model can name it
// without importing the code that builds it.
import type { SkippedRecord } from '../model/skipped-records.js';
import type { CpiType, EvidenceLevel, HypothesisStatus, JourneyPhase } from '../model/vocabulary.js';

/**
 * What a stage's flags say, in the order they are listed:
 * - `no-hypotheses`: no hypothesis (not retired) is about the stage;
 * - `guessing`: none of them has a done experiment, the report's "still guessing" (a stage with none is guessing too);
 * - `kpi-only`: business KPIs are measured here and no customer metric (a stage with no metric at all is not);
 * - `unknown-stage`: records name the stage, the config does not list it (`hypo check` warns about them).
 */
export const JOURNEY_FLAGS = ['no-hypotheses', 'guessing', 'kpi-only', 'unknown-stage'] as const;
export type JourneyFlag = (typeof JOURNEY_FLAGS)[number];

export interface JourneyTouchpoint {
  name: string;
  /** Ids of the hypotheses at this touchpoint, retired ones too, in id order. */
  hypotheses: string[];
}

export interface JourneyMapStage {
  name: string;
  /** null for a stage the config gives no phase, or does not list. */
  phase: JourneyPhase | null;
  /** The config's touchpoints in order, then those records name that the config lacks, first seen first. */
  touchpoints: JourneyTouchpoint[];
  /** Every hypothesis about the stage, by status; `total` counts the retired ones too. */
  hypotheses: { total: number } & Record<HypothesisStatus, number>;
  /** Hypotheses not retired by evidence: stated, else graded from their done experiments. */
  evidence: Record<EvidenceLevel, number>;
  /** Hypotheses not retired with a customer metric (metric_type customer, or a cpi). */
  customerMetrics: number;
  /** Hypotheses not retired with metric_type business. */
  businessMetrics: number;
  /** The customer metrics by CPI, every CPI a key. */
  cpis: Record<CpiType, number>;
  /** Ids of the insights about the stage: by their own `journey`, else through the hypotheses they name or whose experiments they draw on. */
  insights: string[];
  /** Those of the insights with a decision. */
  decisions: string[];
  flags: JourneyFlag[];
}

export interface JourneyMap {
  asOf: string;
  stages: JourneyMapStage[];
  /**
   * The phases (before, during, after) with no hypothesis not retired at any stage, a phase
   * no stage has included: nothing is believed about the time before or after the contact.
   * Empty when the config gives no stage a phase: then there is nothing to say.
   */
  phasesWithoutHypotheses: JourneyPhase[];
  /** Record files left out for errors: every count above is computed without them. */
  skipped: SkippedRecord[];
}
