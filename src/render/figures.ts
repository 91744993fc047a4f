// Figures in the words the report renderers (text, markdown, HTML) use.
import { RISK_TYPES } from '../model/vocabulary.js';
import type { AssumptionItem, LearningLoopReport, QualityShare } from '../report/loop-model.js';
import type { HypothesisCriterion } from '../rules/hypothesis-criteria.js';
import { type MessageKey, messages, type Translator } from './messages/index.js';
import { skippedIn, warningIn } from './warning-text.js';

const EN = messages('en');

/** A share as a whole percentage: 0.666 → "67%" ("67 %" in Swedish). */
export function percent(share: number, t: Translator = EN): string {
  return t.percent(share);
}

/** A median in days: medians can be halves ("3.5", "3,5" in Swedish); "–" when there was nothing to take it of. */
export function days(value: number | null, t: Translator = EN): string {
  if (value === null) return '–';
  return t.number(Number.isInteger(value) ? value : Number(value.toFixed(1)));
}

/** The warnings of a report or trend, the records it left out for errors first: every figure is computed without them. */
export function reportWarnings(report: Pick<LearningLoopReport, 'warnings' | 'skipped'>, t: Translator = EN): string[] {
  const skipped = skippedIn(report.skipped, t);
  const warnings = report.warnings.map((warning) => warningIn(warning, t));
  return skipped ? [skipped, ...warnings] : warnings;
}

type CustomerFocus = LearningLoopReport['customerFocus'];

/**
 * "6 of 9 hypotheses with a metric type measure what the customer values": the share in
 * words that name what it counts, the same hypotheses any bar of it shows. Hypotheses
 * without a metric_type are not in it (see customerFocusLeftOut), nor retired ones.
 */
export function customerShareWords(focus: CustomerFocus, t: Translator = EN): string {
  const counted = focus.customer + focus.business;
  return t(focus.customer === 1 ? 'figures.customerShareOne' : 'figures.customerShare', {
    customer: focus.customer,
    counted: t('count.hypotheses', { n: counted }),
  });
}

/** The rest of the focus: the business KPIs in the share, and the hypotheses left out of it. */
export function customerFocusRest(focus: CustomerFocus, t: Translator = EN): string[] {
  return [...(focus.business ? [t('figures.withBusinessKpi', { n: focus.business })] : []), ...(focus.unspecified ? [customerFocusLeftOut(focus, t)] : [])];
}

export function customerFocusLeftOut(focus: CustomerFocus, t: Translator = EN): string {
  return t('figures.withoutMetricType', { n: focus.unspecified });
}

/** "Risk: desirability 2 · usability 1 · not set 5" over the mapped hypotheses; undefined when none states a risk, so maps without risks stay as they were. */
export function riskWords(items: readonly Pick<AssumptionItem, 'risk'>[], t: Translator = EN): string | undefined {
  const unset = items.filter((item) => !item.risk).length;
  if (unset === items.length) return undefined;
  const counts = RISK_TYPES.map((risk) => [risk, items.filter((item) => item.risk === risk).length] as const).filter(([, count]) => count > 0);
  return `${t('figures.risk')}: ${[...counts.map(([risk, count]) => `${t.word('risk', risk)} ${count}`), ...(unset > 0 ? [t('figures.riskNotSet', { n: unset })] : [])].join(' · ')}`;
}

/**
 * The hypothesis-quality criteria of loop health in the words every report format uses:
 * what passing means, and which hypotheses the share is over ("7 of 9 hypotheses").
 */
const QUALITY_KEYS: Record<HypothesisCriterion, { passing: MessageKey; over: MessageKey }> = {
  'statement-no-reason': { passing: 'quality.statementNoReason.passing', over: 'quality.statementNoReason.over' },
  'success-missing': { passing: 'quality.successMissing.passing', over: 'quality.successMissing.over' },
  'success-not-measurable': { passing: 'quality.successNotMeasurable.passing', over: 'quality.successNotMeasurable.over' },
  'generic-segment': { passing: 'quality.genericSegment.passing', over: 'quality.genericSegment.over' },
};

/** What passing a quality criterion means: "statement gives a reason". */
export function qualityPassing(rule: HypothesisCriterion, t: Translator = EN): string {
  return t(QUALITY_KEYS[rule].passing);
}

/** "7 of 9 hypotheses", "3 of 4 with a success", "none with a success". */
export function qualityCount(share: Pick<QualityShare, 'rule' | 'passed' | 'of'>, t: Translator = EN): string {
  const over = t(QUALITY_KEYS[share.rule].over);
  return share.of === 0 ? t('quality.none', { over }) : t('quality.of', { passed: share.passed, of: share.of, over });
}

/** True when no quality rule applied to any hypothesis: there were none to judge. */
export function noHypothesesJudged(quality: readonly QualityShare[]): boolean {
  return quality.every((share) => share.of === 0);
}
