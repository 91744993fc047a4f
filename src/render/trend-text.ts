// `hypo trend --format text`: the figures of each period side by side, one column per
// period, oldest first, in an 80-column terminal. More periods than fit wrap into
// another table below, like a spreadsheet printed on narrow paper.
import type { Trend, TrendPeriod } from '../report/trend.js';
import { reportWarnings } from './figures.js';
import { messages, type Translator } from './messages/index.js';
import type { Painter } from './painter.js';
import { sanitizeForTerminal } from './terminal-text.js';
import { displayWidth, LINE_WIDTH, oneLine, padToWidth, truncateToWidth, wrapText } from './text-layout.js';
import {
  ACTED_COLUMNS,
  actedColumnsNote,
  columnsNote,
  periodCount,
  periodName,
  periodWord,
  rowLabel,
  TREND_COLUMNS,
  trendSpan,
  unfinishedNoteKey,
  unfinishedPeriod,
} from './trend-figures.js';

/** The narrowest label column; a language with longer row labels widens it. */
const LABEL_WIDTH = 16;
const COLUMN_WIDTH = 9;

/** The terminal's row labels, in a language, with their cells. */
function rowsIn(t: Translator) {
  return [...TREND_COLUMNS, ...ACTED_COLUMNS].map((column) => [rowLabel(column, t), column.cell] as const);
}

export function renderTrendText(trend: Trend, paint: Painter, t: Translator = messages('en')): string {
  const rows = rowsIn(t);
  // Wide enough for every label and a space; six periods still fit beside labels of up to 20 columns.
  const labelWidth = Math.max(LABEL_WIDTH, ...rows.map(([label]) => displayWidth(label) + 1));
  const perTable = Math.max(1, Math.floor((LINE_WIDTH - labelWidth) / (COLUMN_WIDTH + 1)));
  const blocks = [header(trend, paint, t)];
  for (let start = 0; start < trend.periods.length; start += perTable)
    blocks.push(table(trend.periods.slice(start, start + perTable), paint, t, rows, labelWidth));
  if (trend.periods.length === 0) blocks.push([`  ${t('trend.noPeriodsToCompare')}`]);
  const word = periodWord(trend.periods);
  const unfinished = unfinishedPeriod(trend);
  const running = unfinished ? ` ${t(unfinishedNoteKey(word), { name: name(unfinished, t), day: t.date(trend.asOf) })}` : '';
  blocks.push(wrapText(`${columnsNote(word, t)} ${actedColumnsNote(word, t)} ${t('trend.row.shortened')}${running}`, '').map(paint.dim));
  const warnings = reportWarnings(trend, t);
  if (warnings.length > 0)
    blocks.push([paint.bold(t('heading.warnings')), ...warnings.flatMap((warning) => wrapText(`⚠ ${sanitizeForTerminal(warning)}`, '  ').map(paint.warning))]);
  return `${blocks.map((block) => block.join('\n')).join('\n\n')}\n`;
}

function header(trend: Trend, paint: Painter, t: Translator): string[] {
  const { periods } = trend;
  const span = trendSpan(
    periods,
    (names) => ` · ${sanitizeForTerminal(oneLine(names))}`,
    (since, until) => ` · ${t.date(since)} – ${t.date(until)}`,
  );
  return [
    paint.bold(truncateToWidth(`${t('trend.title')}${span ?? ''}`, LINE_WIDTH)),
    t('trend.eachAsOfItsEnd', { count: periodCount(periods, t), day: t.date(trend.asOf) }),
  ];
}

/** A sprint's name, else the window's dates: one line, control characters made visible. */
function name(period: TrendPeriod, t: Translator): string {
  return sanitizeForTerminal(oneLine(periodName(period, t)));
}

/** A day in a column heading: `09-27` in English, `27 sep` otherwise. */
function columnDay(iso: string, t: Translator): string {
  return t.lang === 'en' ? iso.slice(5) : t.day(iso, false);
}

function table(periods: readonly TrendPeriod[], paint: Painter, t: Translator, rows: ReturnType<typeof rowsIn>, labelWidth: number): string[] {
  const cell = (text: string) => ` ${' '.repeat(Math.max(0, COLUMN_WIDTH - displayWidth(text)))}${text}`;
  const headingOf = (period: TrendPeriod) => (period.label === null ? columnDay(period.since, t) : name(period, t));
  const heading = ' '.repeat(labelWidth) + periods.map((period) => cell(truncateToWidth(headingOf(period), COLUMN_WIDTH))).join('');
  const ends = ' '.repeat(labelWidth) + periods.map((period) => cell(t('trend.row.until', { day: columnDay(period.until, t) }))).join('');
  const lines = rows.map(([label, value]) => padToWidth(label, labelWidth) + periods.map((period) => cell(value(period, t))).join(''));
  return [paint.bold(heading.trimEnd()), paint.dim(ends.trimEnd()), ...lines];
}
