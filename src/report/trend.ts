// `hypo trend`: how the learning loop moves from sprint to sprint. Each period is the
// report of that period computed as of its own end, boiled down to the figures a lead
// compares across sprints. Pure: the reports come in as data.
import type { SkippedRecord } from '../model/skipped-records.js';
import type { ActedOn, LearningLoopReport } from './loop-model.js';

export interface TrendPeriod {
  since: string;
  until: string;
  /** The sprint's name; null for a window of days. */
  label: string | null;
  /** Experiments done in the period. */
  tested: number;
  /** Insights drawn in the period. */
  learned: number;
  /** Decisions taken in the period. */
  decided: number;
  /** Hypotheses opened in the period. */
  opened: number;
  /** Insights without a decision, as of the period's end. */
  notActedOn: number;
  /** Decisions that no experiment stands behind, as of the period's end. */
  decidedWithoutEvidence: number;
  /** Stale records as of the period's end. */
  stale: number;
  /** Hypotheses measured by what the customer values, of those with a metric type; null when none has one. */
  customerShare: number | null;
  /** Median days from a hypothesis entering the repository to testing, and to an outcome. */
  cycleDays: { toTesting: number | null; toOutcome: number | null };
  /**
   * The decisions taken in the period by what the code did, as of the period's end, and the
   * medians from a decision to its first commit and from a hypothesis to the first commit
   * touching its code: the report's `metrics.actedOn`. null without the git history.
   */
  actedOn: ActedOn | null;
}

export interface Trend {
  /** The day the trend was made: the last period is as of this day when it has not ended. */
  asOf: string;
  /** Oldest first. */
  periods: TrendPeriod[];
  /** Record files left out for errors (today's). */
  skipped: SkippedRecord[];
  /** Why the past may be shown imperfectly (no git, a shallow clone); not part of the JSON. */
  warnings: string[];
}

export function trendPeriod(report: LearningLoopReport): TrendPeriod {
  const { metrics } = report;
  return {
    since: report.period.since,
    until: report.period.until,
    label: report.period.label,
    tested: metrics.experimentsDone,
    learned: metrics.insights,
    decided: metrics.decisions,
    opened: metrics.hypothesesOpened,
    notActedOn: metrics.notActedOn.length,
    decidedWithoutEvidence: metrics.decidedWithoutEvidence.length,
    stale: metrics.stale.length,
    customerShare: report.customerFocus.customerShare,
    cycleDays: { toTesting: metrics.cycleDays.toTesting, toOutcome: metrics.cycleDays.toOutcome },
    actedOn: metrics.actedOn,
  };
}

/** The JSON shape, keys in a fixed order. */
export function trendJson(trend: Trend): object {
  return {
    asOf: trend.asOf,
    periods: trend.periods.map((period) => ({ ...period, cycleDays: { toTesting: period.cycleDays.toTesting, toOutcome: period.cycleDays.toOutcome } })),
    skipped: trend.skipped,
  };
}
