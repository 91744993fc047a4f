// The two charts of the HTML trend page, drawn as inline SVG like the report's: lines
// over the periods, oldest on the left, one point per period with a value. Marks carry
// data-* attributes with their values so tests (and people) can read them; every label
// goes through `html`.
import type { TrendPeriod } from '../report/trend.js';
import { days } from './figures.js';
import { html, type SafeHtml } from './html-escape.js';
import { type MessageKey, messages, type Translator } from './messages/index.js';
import { chart, dataAttributes, GLYPH, GRID, labelLines, MUTED, round, tickStep } from './svg-chart.js';
import { LOOP_LINES } from './trend-figures.js';

interface Series {
  key: string;
  name: string;
  color: string;
  values: readonly (number | null)[];
  /** The value in words, for the point's tooltip: "2 tested", "2.5 days to testing". */
  words: (value: number) => string;
}

const WIDTH = 460;
const [LEFT, RIGHT, TOP, PLOT, BOTTOM] = [34, 12, 40, 150, 42];

const EN = messages('en');

/** What each period tested, learned and decided: the loop turning, or not. `word` is the language's word for a period. */
export function loopChart(periods: readonly TrendPeriod[], names: readonly string[], word: string, t: Translator = EN): SafeHtml {
  const series = LOOP_LINES.map((line) => ({
    key: line.key,
    name: t(line.name),
    color: line.color,
    values: periods.map(line.value),
    words: (value: number) => `${value} ${t(line.name).toLowerCase()}`,
  }));
  return lineChart('loop', t('trend.chart.loop', { word }), names, series, t);
}

/** The same colours as tested and learned: testing is what "tested" counts, an outcome what learning starts from. */
const CYCLE_LINES: readonly { key: string; name: MessageKey; color: string; value: (period: TrendPeriod) => number | null }[] = [
  { key: 'to-testing', name: 'trend.chart.toTesting', color: LOOP_LINES[0]!.color, value: (period) => period.cycleDays.toTesting },
  { key: 'to-outcome', name: 'trend.chart.toOutcome', color: LOOP_LINES[1]!.color, value: (period) => period.cycleDays.toOutcome },
];

/** Median days from a hypothesis entering the repository to testing and to an outcome; a period without a median is a gap. */
export function cycleDaysChart(periods: readonly TrendPeriod[], names: readonly string[], t: Translator = EN): SafeHtml {
  const series = CYCLE_LINES.map((line) => ({
    key: line.key,
    name: t(line.name),
    color: line.color,
    values: periods.map(line.value),
    words: (value: number) => `${days(value)} ${t('html.days', { n: value })} ${t(line.name).toLowerCase()}`,
  }));
  return lineChart('cycle-days', t('trend.chart.cycleLabel'), names, series, t);
}

function lineChart(kind: string, title: string, names: readonly string[], series: readonly Series[], t: Translator): SafeHtml {
  const height = TOP + PLOT + BOTTOM;
  const known = series.flatMap((line) => line.values.filter((value): value is number => value !== null));
  const step = tickStep(Math.max(1, ...known));
  const max = Math.max(step, Math.ceil(Math.max(1, ...known) / step) * step);
  const y = (value: number) => round(TOP + PLOT - (value / max) * PLOT);
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(1, names.length);
  const x = (index: number) => round(LEFT + slot * (index + 0.5));

  const grid: SafeHtml[] = [];
  for (let value = 0; value <= max; value += step) {
    grid.push(html`<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${y(value)}" y2="${y(value)}" stroke="${value === 0 ? MUTED : GRID}" stroke-width="1"/>
<text class="tick" x="${LEFT - 6}" y="${y(value)}" text-anchor="end" dominant-baseline="central">${value}</text>`);
  }
  const legend = series.map((line, index) => {
    const swatch = html`<line x1="0" x2="14" y1="6" y2="6" stroke="${line.color}" stroke-width="2.5"/>`;
    const name = html`<text class="legend" x="20" y="6" dominant-baseline="central">${line.name}</text>`;
    return html`<g data-legend="${line.key}" transform="translate(${LEFT + index * 110} 8)">${swatch}${name}</g>`;
  });
  const chars = Math.floor(slot / (11 * GLYPH));
  const labels = names.map((name, index) => {
    const lines = labelLines(name, chars).map((line, row) => html`<tspan x="${x(index)}" dy="${row === 0 ? 0 : 13}">${line}</tspan>`);
    return html`<text class="period-label" x="${x(index)}" y="${TOP + PLOT + 16}" text-anchor="middle">${lines}</text>`;
  });
  const lines = series.map((line) => {
    const points = line.values.flatMap((value, index) => (value === null ? [] : [{ index, value }]));
    const dots = points.map(({ index, value }) => {
      const data = dataAttributes({ period: names[index]!, value });
      return html`<circle ${data} cx="${x(index)}" cy="${y(value)}" r="3.5" fill="${line.color}"><title>${names[index]!}: ${line.words(value)}</title></circle>`;
    });
    const paths = runs(line.values).map((run) => {
      const d = run.map((index, at) => `${at === 0 ? 'M' : 'L'}${x(index)},${y(line.values[index]!)}`).join(' ');
      return html`<path d="${d}" fill="none" stroke="${line.color}" stroke-width="2.5" stroke-linejoin="round"/>`;
    });
    return html`<g data-series="${line.key}">${paths}${dots}</g>`;
  });
  // Without a single value the axes alone would look like a drawing that failed.
  const none = known.length
    ? []
    : [html`<text class="tick" x="${round(LEFT + (WIDTH - LEFT - RIGHT) / 2)}" y="${y(max / 2)}" text-anchor="middle">${t('trend.chart.noneYet')}</text>`];
  const label = `${title}: ${names
    .map((name, index) => {
      const values = series.flatMap((line) => (line.values[index] === null ? [] : [line.words(line.values[index]!)]));
      return `${name}: ${values.length ? values.join(', ') : t('svg.none')}`;
    })
    .join('; ')}`;
  return chart(kind, WIDTH, height, label, [...grid, ...legend, ...labels, ...lines, ...none]);
}

/** The indexes of the values, in runs without a null: a line is drawn through each run of two or more, not across a gap. */
function runs(values: readonly (number | null)[]): number[][] {
  const found: number[][] = [];
  let current: number[] = [];
  values.forEach((value, index) => {
    if (value === null) current = [];
    else {
      if (current.length === 0) found.push(current);
      current.push(index);
    }
  });
  return found.filter((run) => run.length > 1);
}
