// `hypo trend --format text`: the figures of each period side by side, one column per
// period, oldest first, in an 80-column terminal. More periods than fit wrap into
// another table below, like a spreadsheet printed on narrow paper.
import type { Trend, TrendPeriod } from '../report/trend.js';
import { reportWarnings } from './figures.js';
import type { Painter } from './painter.js';
import { sanitizeForTerminal } from './terminal-text.js';
import { displayWidth, LINE_WIDTH, oneLine, padToWidth, truncateToWidth, wrapText } from './text-layout.js';
import { ACTED_COLUMNS, actedColumnsNote, columnsNote, periodName, periodWord, TREND_COLUMNS, trendSpan, unfinishedPeriod } from './trend-figures.js';

const LABEL_WIDTH = 16;
const COLUMN_WIDTH = 9;
/** Columns that fit beside the labels: a separating space before each. */
const PER_TABLE = Math.floor((LINE_WIDTH - LABEL_WIDTH) / (COLUMN_WIDTH + 1));

/** The terminal's row labels: the tables' headings, one shortened to fit beside six periods. */
const ROWS = [...TREND_COLUMNS, ...ACTED_COLUMNS].map(
  (column) => [column.key === 'decided-without-evidence' ? 'no evidence' : column.heading.toLowerCase(), column.cell] as const,
);

export function renderTrendText(trend: Trend, paint: Painter): string {
  const blocks = [header(trend, paint)];
  for (let start = 0; start < trend.periods.length; start += PER_TABLE) blocks.push(table(trend.periods.slice(start, start + PER_TABLE), paint));
  if (trend.periods.length === 0) blocks.push(['  no periods to compare']);
  const word = periodWord(trend.periods);
  const unfinished = unfinishedPeriod(trend);
  const running = unfinished ? ` The last ${word} has not ended: ${name(unfinished)} is shown as of ${trend.asOf}.` : '';
  blocks.push(wrapText(`${columnsNote(word)} ${actedColumnsNote(word)} No evidence: decided without evidence.${running}`, '').map(paint.dim));
  const warnings = reportWarnings(trend);
  if (warnings.length > 0)
    blocks.push([paint.bold('Warnings'), ...warnings.flatMap((warning) => wrapText(`⚠ ${sanitizeForTerminal(warning)}`, '  ').map(paint.warning))]);
  return `${blocks.map((block) => block.join('\n')).join('\n\n')}\n`;
}

function header(trend: Trend, paint: Painter): string[] {
  const { periods } = trend;
  const span = trendSpan(
    periods,
    (names) => ` · ${sanitizeForTerminal(oneLine(names))}`,
    (since, until) => ` · ${since} – ${until}`,
  );
  const word = periodWord(periods);
  const count = `${periods.length} ${periods.length === 1 ? word : `${word}s`}`;
  return [paint.bold(truncateToWidth(`Learning loop trend${span ?? ''}`, LINE_WIDTH)), `${count}, each as of its own end · made ${trend.asOf}`];
}

/** A sprint's name, else the window's dates: one line, control characters made visible. */
function name(period: TrendPeriod): string {
  return sanitizeForTerminal(oneLine(periodName(period)));
}

function table(periods: readonly TrendPeriod[], paint: Painter): string[] {
  const cell = (text: string) => ` ${' '.repeat(Math.max(0, COLUMN_WIDTH - displayWidth(text)))}${text}`;
  const headingOf = (period: TrendPeriod) => (period.label === null ? period.since.slice(5) : name(period));
  const heading = ' '.repeat(LABEL_WIDTH) + periods.map((period) => cell(truncateToWidth(headingOf(period), COLUMN_WIDTH))).join('');
  const ends = ' '.repeat(LABEL_WIDTH) + periods.map((period) => cell(`to ${period.until.slice(5)}`)).join('');
  const rows = ROWS.map(([label, value]) => padToWidth(label, LABEL_WIDTH) + periods.map((period) => cell(value(period))).join(''));
  return [paint.bold(heading.trimEnd()), paint.dim(ends.trimEnd()), ...rows];
}
