// What the trend renderers show of each period, so that the markdown table, the HTML
// table and the charts name, order and word the figures the same way. Text from the
// config (sprint labels) comes out as it is: each renderer escapes it for its format.
import type { ActedState } from '../report/acted-model.js';
import type { Trend, TrendPeriod } from '../report/trend.js';
import { days, percent } from './figures.js';

/** The period's name: the sprint's label, else its dates. */
export function periodName(period: TrendPeriod): string {
  return period.label ?? `${period.since} – ${period.until}`;
}

/** "sprint" when every period is one, else "period": the word headings and notes use. */
export function periodWord(periods: readonly TrendPeriod[]): 'sprint' | 'period' {
  return periods.length > 0 && periods.every((period) => period.label !== null) ? 'sprint' : 'period';
}

/**
 * What the trend covers, for its title: "Sprint 3 – Sprint 8" for sprints, else the dates
 * from the first day to the last, written by `dates`; null when there are no periods.
 */
export function trendSpan<T>(periods: readonly TrendPeriod[], names: (name: string) => T, dates: (since: string, until: string) => T): T | null {
  const first = periods[0];
  const last = periods.at(-1);
  if (!first || !last) return null;
  if (periodWord(periods) === 'period') return dates(first.since, last.until);
  return names(first === last ? first.label! : `${first.label} – ${last.label}`);
}

/** The last period when it had not ended on the day the trend was made: its figures are as of that day. */
export function unfinishedPeriod(trend: Trend): TrendPeriod | undefined {
  const last = trend.periods.at(-1);
  return last && trend.asOf < last.until ? last : undefined;
}

export interface TrendColumn {
  /** Names the column in data attributes. */
  key: string;
  heading: string;
  cell: (period: TrendPeriod) => string;
  /** A figure of the loop being stuck: worth attention whenever it is above zero. */
  stuck?: boolean;
}

/** The figures of a period, after its name, in table order. */
export const TREND_COLUMNS: readonly TrendColumn[] = [
  { key: 'tested', heading: 'Tested', cell: (period) => String(period.tested) },
  { key: 'learned', heading: 'Learned', cell: (period) => String(period.learned) },
  { key: 'decided', heading: 'Decided', cell: (period) => String(period.decided) },
  { key: 'opened', heading: 'Opened', cell: (period) => String(period.opened) },
  { key: 'not-acted-on', heading: 'Not acted on', cell: (period) => String(period.notActedOn), stuck: true },
  { key: 'decided-without-evidence', heading: 'Decided without evidence', cell: (period) => String(period.decidedWithoutEvidence), stuck: true },
  { key: 'stale', heading: 'Stale', cell: (period) => String(period.stale) },
  { key: 'customer-share', heading: 'Customer share', cell: (period) => (period.customerShare === null ? '–' : percent(period.customerShare)) },
  { key: 'days-to-testing', heading: 'Days to testing', cell: (period) => days(period.cycleDays.toTesting) },
  { key: 'days-to-outcome', heading: 'Days to outcome', cell: (period) => days(period.cycleDays.toOutcome) },
];

/**
 * What the code did after the decisions, per period: a table of its own beside the loop's
 * (and rows under it in the terminal), which would not fit on a page as more columns.
 */
export const ACTED_COLUMNS: readonly TrendColumn[] = [
  { key: 'acted', heading: 'Acted', cell: (period) => actedCount(period, 'acted') },
  { key: 'overdue', heading: 'Overdue', cell: (period) => actedCount(period, 'overdue'), stuck: true },
  { key: 'code-remains', heading: 'Code remains', cell: (period) => actedCount(period, 'code-remains'), stuck: true },
  { key: 'days-to-commit', heading: 'Days to commit', cell: (period) => days(period.actedOn?.medianDays.decisionToCommit ?? null) },
  { key: 'days-to-code', heading: 'Days to code', cell: (period) => days(period.actedOn?.medianDays.hypothesisToCode ?? null) },
];

/** A count of the period's decisions in one `hypo acted` state; "–" without the git history, which the counts need. */
function actedCount(period: TrendPeriod, state: ActedState): string {
  return period.actedOn === null ? '–' : String(period.actedOn.states[state]);
}

/**
 * The columns do not all count the same thing, so the table says what each covers: the
 * first four what happened in the period, the next four the state at its end, and the
 * days are medians over everything up to its end (see LoopMetrics.mediansUpTo).
 */
export function columnsNote(word: 'sprint' | 'period'): string {
  return (
    `Tested, learned, decided and opened count what happened in each ${word}; not acted on, decided without evidence, stale and customer share are as of its end. ` +
    `The days are medians from a hypothesis entering the repository to its first test and to its first outcome, over everything up to the ${word}’s end.`
  );
}

/** What the acted-on columns count: the decisions of the period as of its end, and medians over everything up to it. */
export function actedColumnsNote(word: 'sprint' | 'period'): string {
  return (
    `Acted, overdue and code remains count the decisions taken in each ${word} by what the code did by its end, as hypo acted judges them. ` +
    `Days to commit and days to code are medians from a decision to the first commit about it and from a hypothesis to the first commit touching its code, over everything up to the ${word}’s end.`
  );
}

export interface TrendLine {
  key: string;
  name: string;
  /** The page palette's accent, ok and warn: the same three colours in the markdown and the HTML charts. */
  color: string;
  colorName: string;
  value: (period: TrendPeriod) => number;
}

/** The lines of the loop chart, drawn in this order. */
export const LOOP_LINES: readonly TrendLine[] = [
  { key: 'tested', name: 'Tested', color: '#34577c', colorName: 'blue', value: (period) => period.tested },
  { key: 'learned', name: 'Learned', color: '#2f855a', colorName: 'green', value: (period) => period.learned },
  { key: 'decided', name: 'Decided', color: '#b7791f', colorName: 'amber', value: (period) => period.decided },
];
