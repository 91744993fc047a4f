// Figures in the words the report renderers (text, markdown, HTML) use.
import { describeSkipped } from '../model/skipped-records.js';
import { RISK_TYPES } from '../model/vocabulary.js';
import type { AssumptionItem, LearningLoopReport, QualityShare } from '../report/loop-model.js';
import type { HypothesisCriterion } from '../rules/hypothesis-criteria.js';

/** "1 experiment", "2 experiments". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** A share as a whole percentage: 0.666 → "67%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A median in days: medians can be halves; "–" when there was nothing to take it of. */
export function days(value: number | null): string {
  if (value === null) return '–';
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/**
 * What the loop-health medians are taken over, "over everything up to 2026-10-25": not the
 * period alone, so a median can stand beside a period count of 0.
 */
export function mediansScope(upTo: string): string {
  return `over everything up to ${upTo}`;
}

/** Why "acted on" has no figures: the commits were not read (no git, or `git_history: false`). */
export const NO_COMMITS = 'not in git, so no commits to judge by';

/** The warnings of a report or trend, the records it left out for errors first: every figure is computed without them. */
export function reportWarnings(report: Pick<LearningLoopReport, 'warnings' | 'skipped'>): string[] {
  const skipped = describeSkipped(report.skipped);
  return skipped ? [skipped, ...report.warnings] : report.warnings;
}

type CustomerFocus = LearningLoopReport['customerFocus'];

/**
 * "6 of 9 hypotheses with a metric type measure what the customer values": the share in
 * words that name what it counts, the same hypotheses any bar of it shows. Hypotheses
 * without a metric_type are not in it (see customerFocusLeftOut), nor retired ones.
 */
export function customerShareWords(focus: CustomerFocus): string {
  const counted = focus.customer + focus.business;
  return `${focus.customer} of ${countOf(counted, 'hypothesis', 'hypotheses')} with a metric type ${focus.customer === 1 ? 'measures' : 'measure'} what the customer values`;
}

/** The rest of the focus: the business KPIs in the share, and the hypotheses left out of it. */
export function customerFocusRest(focus: CustomerFocus): string[] {
  return [...(focus.business ? [`${focus.business} with a business KPI`] : []), ...(focus.unspecified ? [customerFocusLeftOut(focus)] : [])];
}

export function customerFocusLeftOut(focus: CustomerFocus): string {
  return `${focus.unspecified} without metric_type, not counted`;
}

/** "Risk: desirability 2 · usability 1 · not set 5" over the mapped hypotheses; undefined when none states a risk, so maps without risks stay as they were. */
export function riskWords(items: readonly Pick<AssumptionItem, 'risk'>[]): string | undefined {
  const unset = items.filter((item) => !item.risk).length;
  if (unset === items.length) return undefined;
  const counts = RISK_TYPES.map((risk) => [risk, items.filter((item) => item.risk === risk).length] as const).filter(([, count]) => count > 0);
  return `Risk: ${[...counts.map(([risk, count]) => `${risk} ${count}`), ...(unset > 0 ? [`not set ${unset}`] : [])].join(' · ')}`;
}

/**
 * The hypothesis-quality criteria of loop health in the words every report format uses:
 * what passing means, and which hypotheses the share is over ("7 of 9 hypotheses").
 */
export const QUALITY_WORDS: Record<HypothesisCriterion, { passing: string; over: string }> = {
  'statement-no-reason': { passing: 'statement gives a reason', over: 'hypotheses' },
  'success-missing': { passing: 'has a success criterion', over: 'in or past a test' },
  'success-not-measurable': { passing: 'success is measurable', over: 'with a success' },
  'generic-segment': { passing: 'segment names someone in particular', over: 'with a segment' },
};

/** "7 of 9 hypotheses", "3 of 4 with a success", "none with a success". */
export function qualityCount(share: Pick<QualityShare, 'rule' | 'passed' | 'of'>): string {
  const { over } = QUALITY_WORDS[share.rule];
  return share.of === 0 ? `none ${over}` : `${share.passed} of ${share.of} ${over}`;
}

/** True when no quality rule applied to any hypothesis: there were none to judge. */
export function noHypothesesJudged(quality: readonly QualityShare[]): boolean {
  return quality.every((share) => share.of === 0);
}
