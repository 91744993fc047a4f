// What the trend renderers show of each period, so that the markdown table, the HTML
// table and the charts name, order and word the figures the same way. Text from the
// config (sprint labels) comes out as it is: each renderer escapes it for its format.
import type { ActedState } from '../report/acted-model.js';
import type { Trend, TrendPeriod } from '../report/trend.js';
import { days, percent } from './figures.js';
import { capitalise, type MessageKey, messages, type Translator } from './messages/index.js';

const EN = messages('en');

/** The period's name: the sprint's label, else its dates. */
export function periodName(period: TrendPeriod, t: Translator = EN): string {
  return period.label ?? `${t.date(period.since)} – ${t.date(period.until)}`;
}

/** "sprint" when every period is one, else "period": the word headings and notes use. */
export function periodWord(periods: readonly TrendPeriod[]): 'sprint' | 'period' {
  return periods.length > 0 && periods.every((period) => period.label !== null) ? 'sprint' : 'period';
}

/** "6 sprints", "1 period": how many periods the trend has, in a language. */
export function periodCount(periods: readonly TrendPeriod[], t: Translator = EN): string {
  return t(periodWord(periods) === 'sprint' ? 'trend.sprints' : 'trend.periods', { n: periods.length });
}

/** The word for one period in a language, for the notes and charts that say "per sprint". */
export function periodWordIn(word: 'sprint' | 'period', t: Translator = EN): string {
  return t(word === 'sprint' ? 'trend.word.sprint' : 'trend.word.period');
}

/** The heading of the tables' first column: "Sprint", else "Period". */
export function periodHeading(word: 'sprint' | 'period', t: Translator = EN): string {
  return t(word === 'sprint' ? 'trend.col.sprint' : 'col.period');
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
  heading: (t: Translator) => string;
  /** The terminal's row label when the heading in lower case would not fit beside six periods. */
  short?: MessageKey;
  cell: (period: TrendPeriod, t: Translator) => string;
  /** A figure of the loop being stuck: worth attention whenever it is above zero. */
  stuck?: boolean;
}

/** The figures of a period, after its name, in table order. */
export const TREND_COLUMNS: readonly TrendColumn[] = [
  { key: 'tested', heading: (t) => t('heading.tested'), cell: (period) => String(period.tested) },
  { key: 'learned', heading: (t) => t('heading.learned'), cell: (period) => String(period.learned) },
  { key: 'decided', heading: (t) => t('heading.decided'), cell: (period) => String(period.decided) },
  { key: 'opened', heading: (t) => t('heading.opened'), cell: (period) => String(period.opened) },
  {
    key: 'not-acted-on',
    heading: (t) => t('heading.notActedOn'),
    short: 'trend.row.notActedOn',
    cell: (period) => String(period.notActedOn),
    stuck: true,
  },
  {
    key: 'decided-without-evidence',
    heading: (t) => t('heading.decidedWithoutEvidence'),
    short: 'trend.row.noEvidence',
    cell: (period) => String(period.decidedWithoutEvidence),
    stuck: true,
  },
  { key: 'stale', heading: (t) => t('trend.col.stale'), cell: (period) => String(period.stale) },
  {
    key: 'customer-share',
    heading: (t) => t('trend.col.customerShare'),
    cell: (period, t) => (period.customerShare === null ? '–' : percent(period.customerShare, t)),
  },
  { key: 'days-to-testing', heading: (t) => t('trend.col.daysToTesting'), cell: (period, t) => days(period.cycleDays.toTesting, t) },
  { key: 'days-to-outcome', heading: (t) => t('trend.col.daysToOutcome'), cell: (period, t) => days(period.cycleDays.toOutcome, t) },
];

/**
 * What the code did after the decisions, per period: a table of its own beside the loop's
 * (and rows under it in the terminal), which would not fit on a page as more columns.
 */
export const ACTED_COLUMNS: readonly TrendColumn[] = [
  { key: 'acted', heading: (t) => actedHeading('acted', t), cell: (period) => actedCount(period, 'acted') },
  { key: 'overdue', heading: (t) => actedHeading('overdue', t), cell: (period) => actedCount(period, 'overdue'), stuck: true },
  { key: 'code-remains', heading: (t) => actedHeading('code-remains', t), cell: (period) => actedCount(period, 'code-remains'), stuck: true },
  { key: 'days-to-commit', heading: (t) => t('trend.col.daysToCommit'), cell: (period, t) => days(period.actedOn?.medianDays.decisionToCommit ?? null, t) },
  { key: 'days-to-code', heading: (t) => t('trend.col.daysToCode'), cell: (period, t) => days(period.actedOn?.medianDays.hypothesisToCode ?? null, t) },
];

/** A `hypo acted` state as a heading: "Code remains", "Koden finns kvar" (English writes the state with a hyphen). */
function actedHeading(state: ActedState, t: Translator): string {
  return capitalise(t.word('acted', state).replaceAll('-', ' '));
}

/** The terminal's row label of a column: its heading in lower case, or its short form. */
export function rowLabel(column: TrendColumn, t: Translator = EN): string {
  return column.short === undefined ? column.heading(t).toLowerCase() : t(column.short);
}

/** A count of the period's decisions in one `hypo acted` state; "–" without the git history, which the counts need. */
function actedCount(period: TrendPeriod, state: ActedState): string {
  return period.actedOn === null ? '–' : String(period.actedOn.states[state]);
}

/**
 * The columns do not all count the same thing, so the table says what each covers: the
 * first four what happened in the period, the next four the state at its end, and the
 * days are medians over everything up to its end (see LoopMetrics.mediansUpTo).
 */
export function columnsNote(word: 'sprint' | 'period', t: Translator = EN): string {
  return t(word === 'sprint' ? 'trend.note.columns.sprint' : 'trend.note.columns.period');
}

/** What the acted-on columns count: the decisions of the period as of its end, and medians over everything up to it. */
export function actedColumnsNote(word: 'sprint' | 'period', t: Translator = EN): string {
  return t(word === 'sprint' ? 'trend.note.acted.sprint' : 'trend.note.acted.period');
}

/** The key of "The last sprint has not ended: {name} is shown as of {day}." */
export function unfinishedNoteKey(word: 'sprint' | 'period'): MessageKey {
  return word === 'sprint' ? 'trend.note.unfinished.sprint' : 'trend.note.unfinished.period';
}

export interface TrendLine {
  key: string;
  name: MessageKey;
  /** The page palette's accent, ok and warn: the same three colours in the markdown and the HTML charts. */
  color: string;
  colorName: MessageKey;
  value: (period: TrendPeriod) => number;
}

/** The lines of the loop chart, drawn in this order. */
export const LOOP_LINES: readonly TrendLine[] = [
  { key: 'tested', name: 'heading.tested', color: '#34577c', colorName: 'trend.chart.color.blue', value: (period) => period.tested },
  { key: 'learned', name: 'heading.learned', color: '#2f855a', colorName: 'trend.chart.color.green', value: (period) => period.learned },
  { key: 'decided', name: 'heading.decided', color: '#b7791f', colorName: 'trend.chart.color.amber', value: (period) => period.decided },
];
