// `hypo trend --format markdown`: how the learning loop moves from sprint to sprint, for a
// pull-request comment or a wiki page. A table of the loop's figures and one of what the
// code did after the decisions, oldest period first, and a mermaid line chart of what
// each period tested, learned and decided. Sprint labels come from the config and may
// hold anything: they go through escapeMarkdown in the tables and mermaidText in the
// chart, whose labels are then made unique (see axisLabels).
import type { Trend } from '../report/trend.js';
import { reportWarnings } from './figures.js';
import { mermaid, table } from './markdown-blocks.js';
import { escapeMarkdown as md, mermaidText } from './markdown-escape.js';
import { capitalise, messages, type Translator } from './messages/index.js';
import {
  ACTED_COLUMNS,
  actedColumnsNote,
  columnsNote,
  LOOP_LINES,
  periodCount,
  periodHeading,
  periodName,
  periodWord,
  periodWordIn,
  TREND_COLUMNS,
  type TrendColumn,
  trendSpan,
  unfinishedNoteKey,
  unfinishedPeriod,
} from './trend-figures.js';

/** Columns of an x-axis label: a date range fits, and eight sprints stay readable side by side. */
const AXIS_LABEL_WIDTH = 24;

export function renderTrendMarkdown(trend: Trend, t: Translator = messages('en')): string {
  const blocks = [...header(trend, t), ...periods(trend, t), ...chart(trend, t), ...warnings(trend, t)];
  return `${blocks.join('\n\n')}\n`;
}

function header(trend: Trend, t: Translator): string[] {
  const day = (iso: string) => md(t.date(iso));
  const span = trendSpan(trend.periods, md, (since, until) => `${day(since)} – ${day(until)}`);
  const { periods } = trend;
  const word = periodWord(periods);
  const first = periods[0];
  const last = periods.at(-1);
  // Sprint names say little about when they were; the dates do, and a window's title already is its dates.
  const dates = word === 'sprint' && first && last ? `, ${day(first.since)} – ${day(last.until)}` : '';
  return [
    span === null ? `# ${t('trend.title')}` : `# ${t('trend.title')}: ${span}`,
    `${periodCount(periods, t)}${dates} · ${t('period.asOf', { date: day(trend.asOf) })}`,
  ];
}

function periods(trend: Trend, t: Translator): string[] {
  if (trend.periods.length === 0) return [`_${t('trend.noPeriodsToShow')}_`];
  const word = periodWord(trend.periods);
  const figures = (columns: readonly TrendColumn[]) => {
    const rows = trend.periods.map((period) => [md(periodName(period, t)), ...columns.map((column) => column.cell(period, t))]);
    const headings = [periodHeading(word, t), ...columns.map((column) => column.heading(t))];
    return table(headings, ['left', ...columns.map(() => 'right' as const)], rows);
  };
  const unfinished = unfinishedPeriod(trend);
  return [
    figures(TREND_COLUMNS),
    columnsNote(word, t),
    figures(ACTED_COLUMNS),
    actedColumnsNote(word, t),
    // Fixed words first: a line that starts with a label could start a list ("- x", "1. x").
    ...(unfinished ? [t(unfinishedNoteKey(word), { name: md(periodName(unfinished, t)), day: md(t.date(trend.asOf)) })] : []),
  ];
}

function chart(trend: Trend, t: Translator): string[] {
  if (trend.periods.length === 0) return [];
  const word = periodWordIn(periodWord(trend.periods), t);
  const values = LOOP_LINES.flatMap((line) => trend.periods.map(line.value));
  // mermaid picks its own tick step; from 10 up it is a whole number, so counts get whole ticks.
  const top = Math.max(10, Math.ceil(Math.max(...values) / 5) * 5);
  const palette = LOOP_LINES.map((line) => line.color).join(', ');
  const key = LOOP_LINES.map((line) => `${t(line.name).toLowerCase()} (${t(line.colorName)})`);
  return [
    mermaid([
      // The palette fixes the colours the title names, whatever theme renders the chart;
      // the line names make a legend where mermaid draws one.
      `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
      'xychart-beta',
      `  title "${capitalise(t('trend.chart.three', { first: key[0]!, second: key[1]!, third: key[2]! }))}"`,
      `  x-axis [${axisLabels(trend, t)
        .map((label) => `"${label}"`)
        .join(', ')}]`,
      `  y-axis "${t('trend.chart.perWord', { word })}" 0 --> ${top}`,
      ...LOOP_LINES.map((line) => `  line "${t(line.name)}" [${trend.periods.map(line.value).join(', ')}]`),
    ]),
  ];
}

/**
 * One label per period, safe inside quotes and unique: mermaid's category axis merges
 * equal labels into one place, which would draw two periods on top of each other. A
 * label with nothing safe left in it (all emoji, say) falls back to the period's dates.
 */
function axisLabels(trend: Trend, t: Translator): string[] {
  const seen = new Set<string>();
  return trend.periods.map((period) => {
    const dates = `${t.date(period.since)} – ${t.date(period.until)}`;
    const base = mermaidText(periodName(period, t), AXIS_LABEL_WIDTH) || mermaidText(dates, AXIS_LABEL_WIDTH);
    let label = base;
    for (let copy = 2; seen.has(label); copy++) label = `${base} (${copy})`;
    seen.add(label);
    return label;
  });
}

function warnings(trend: Trend, t: Translator): string[] {
  const all = reportWarnings(trend, t);
  if (all.length === 0) return [];
  return [`## ${t('heading.warnings')}`, all.map((warning) => `- ${md(warning)}`).join('\n')];
}
