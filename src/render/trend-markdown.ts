// `hypo trend --format markdown`: how the learning loop moves from sprint to sprint, for a
// pull-request comment or a wiki page. A table of the loop's figures and one of what the
// code did after the decisions, oldest period first, and a mermaid line chart of what
// each period tested, learned and decided. Sprint labels come from the config and may
// hold anything: they go through escapeMarkdown in the tables and mermaidText in the
// chart, whose labels are then made unique (see axisLabels).
import type { Trend } from '../report/trend.js';
import { countOf, reportWarnings } from './figures.js';
import { mermaid, table } from './markdown-blocks.js';
import { escapeMarkdown as md, mermaidText } from './markdown-escape.js';
import {
  ACTED_COLUMNS,
  actedColumnsNote,
  columnsNote,
  LOOP_LINES,
  periodName,
  periodWord,
  TREND_COLUMNS,
  type TrendColumn,
  trendSpan,
  unfinishedPeriod,
} from './trend-figures.js';

/** Columns of an x-axis label: a date range fits, and eight sprints stay readable side by side. */
const AXIS_LABEL_WIDTH = 24;

export function renderTrendMarkdown(trend: Trend): string {
  const blocks = [...header(trend), ...periods(trend), ...chart(trend), ...warnings(trend)];
  return `${blocks.join('\n\n')}\n`;
}

function header(trend: Trend): string[] {
  const span = trendSpan(trend.periods, md, (since, until) => `${md(since)} – ${md(until)}`);
  const { periods } = trend;
  const word = periodWord(periods);
  const first = periods[0];
  const last = periods.at(-1);
  // Sprint names say little about when they were; the dates do, and a window's title already is its dates.
  const dates = word === 'sprint' && first && last ? `, ${md(first.since)} – ${md(last.until)}` : '';
  return [span === null ? '# Learning loop trend' : `# Learning loop trend: ${span}`, `${countOf(periods.length, word)}${dates} · as of ${md(trend.asOf)}`];
}

function periods(trend: Trend): string[] {
  if (trend.periods.length === 0) return ['_No periods to show._'];
  const word = periodWord(trend.periods);
  const figures = (columns: readonly TrendColumn[]) => {
    const rows = trend.periods.map((period) => [md(periodName(period)), ...columns.map((column) => column.cell(period))]);
    const headings = [word === 'sprint' ? 'Sprint' : 'Period', ...columns.map((column) => column.heading)];
    return table(headings, ['left', ...columns.map(() => 'right' as const)], rows);
  };
  const unfinished = unfinishedPeriod(trend);
  return [
    figures(TREND_COLUMNS),
    columnsNote(word),
    figures(ACTED_COLUMNS),
    actedColumnsNote(word),
    // Fixed words first: a line that starts with a label could start a list ("- x", "1. x").
    ...(unfinished ? [`The last ${word} has not ended: ${md(periodName(unfinished))} is shown as of ${md(trend.asOf)}.`] : []),
  ];
}

function chart(trend: Trend): string[] {
  if (trend.periods.length === 0) return [];
  const word = periodWord(trend.periods);
  const values = LOOP_LINES.flatMap((line) => trend.periods.map(line.value));
  // mermaid picks its own tick step; from 10 up it is a whole number, so counts get whole ticks.
  const top = Math.max(10, Math.ceil(Math.max(...values) / 5) * 5);
  const palette = LOOP_LINES.map((line) => line.color).join(', ');
  const key = LOOP_LINES.map((line) => `${line.name.toLowerCase()} (${line.colorName})`);
  return [
    mermaid([
      // The palette fixes the colours the title names, whatever theme renders the chart;
      // the line names make a legend where mermaid draws one.
      `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
      'xychart-beta',
      `  title "${capitalise(`${key[0]}, ${key[1]} and ${key[2]}`)}"`,
      `  x-axis [${axisLabels(trend)
        .map((label) => `"${label}"`)
        .join(', ')}]`,
      `  y-axis "Per ${word}" 0 --> ${top}`,
      ...LOOP_LINES.map((line) => `  line "${line.name}" [${trend.periods.map(line.value).join(', ')}]`),
    ]),
  ];
}

/**
 * One label per period, safe inside quotes and unique: mermaid's category axis merges
 * equal labels into one place, which would draw two periods on top of each other. A
 * label with nothing safe left in it (all emoji, say) falls back to the period's dates.
 */
function axisLabels(trend: Trend): string[] {
  const seen = new Set<string>();
  return trend.periods.map((period) => {
    const base = mermaidText(periodName(period), AXIS_LABEL_WIDTH) || mermaidText(`${period.since} – ${period.until}`, AXIS_LABEL_WIDTH);
    let label = base;
    for (let copy = 2; seen.has(label); copy++) label = `${base} (${copy})`;
    seen.add(label);
    return label;
  });
}

function warnings(trend: Trend): string[] {
  const all = reportWarnings(trend);
  if (all.length === 0) return [];
  return ['## Warnings', all.map((warning) => `- ${md(warning)}`).join('\n')];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
