// `hypo trend --format html`: how the learning loop moves from sprint to sprint, as one
// self-contained page in the look of the report (html-page.ts): a table of every period's
// figures and one of what the code did after its decisions, oldest first, and two inline
// SVG line charts (trend-svg.ts). Nothing is fetched and no script runs; every piece of
// the team's text (sprint labels, file names) is interpolated through `html`, which
// escapes it.
import type { Trend, TrendPeriod } from '../report/trend.js';
import { reportWarnings } from './figures.js';
import { day, time, timeRange } from './html-dates.js';
import { type HtmlValue, html, joinHtml, type SafeHtml } from './html-escape.js';
import {
  BASE_RULES,
  CARD_RULE,
  CHART_TEXT_RULES,
  FIGURE_RULES,
  FOOTER_RULE,
  htmlPage,
  MASTHEAD_RULES,
  PRINT_PAGE_RULES,
  rootRule,
  WARNINGS_RULE,
} from './html-page.js';
import { messages, type Translator } from './messages/index.js';
import {
  ACTED_COLUMNS,
  actedColumnsNote,
  columnsNote,
  LOOP_LINES,
  periodCount,
  periodHeading,
  periodWord,
  periodWordIn,
  TREND_COLUMNS,
  type TrendColumn,
  trendSpan,
  unfinishedNoteKey,
  unfinishedPeriod,
} from './trend-figures.js';
import { cycleDaysChart, loopChart } from './trend-svg.js';

/** The loop lines' colours as `--tested` and so on: the table's headings are underlined in them, as a key to the chart. */
const LINE_COLORS = Object.fromEntries(LOOP_LINES.map((line) => [line.key, line.color]));

const KEYED_HEADINGS = joinHtml(
  LOOP_LINES.map((line) => html`table.trend thead th[data-column="${line.key}"] { box-shadow: inset 0 -3px var(--${line.key}); }`),
  '\n',
);

const STYLE = html`<style>
${rootRule(LINE_COLORS)}
${BASE_RULES}
${MASTHEAD_RULES}
${CARD_RULE}
.table-wrap { overflow-x: auto; }
table.trend { width: 100%; border-collapse: collapse; font-size: 15px; font-variant-numeric: tabular-nums; }
table.trend th, table.trend td { padding: 8px 10px; text-align: right; vertical-align: top; border-top: 1px solid var(--line); }
table.trend thead th { border-top: 0; font-size: 13px; font-weight: 600; line-height: 1.25; color: var(--muted); vertical-align: bottom; }
table.trend thead th:first-child, table.trend th[scope="row"] { text-align: left; }
${KEYED_HEADINGS}
.period-dates { display: block; font-size: 13px; font-weight: 400; color: var(--muted); }
table.trend td.hot { color: var(--hot); font-weight: 700; }
.note { color: var(--muted); font-size: 14px; margin: 12px 0 0; max-width: 75ch; }
.empty { color: var(--muted); font-style: italic; margin: 0; }
${FIGURE_RULES}
${CHART_TEXT_RULES}
${WARNINGS_RULE}
.warnings ul { margin: 8px 0 0; padding-left: 20px; }
${FOOTER_RULE}
@media (max-width: 760px) {
  .charts { grid-template-columns: 1fr; }
  table.trend { font-size: 13px; } table.trend th, table.trend td { padding: 6px 4px; }
}
@media print {
${PRINT_PAGE_RULES}
  section.card { border: 0; padding: 0; margin-bottom: 18pt; border-radius: 0; background: none; }
  .warnings { background: none; border-color: #999; }
  h1 { font-size: 26pt; }
  table.trend { font-size: 9pt; } table.trend thead th { font-size: 8pt; } table.trend th, table.trend td { padding: 4px 3px; }
  h2, figure, tr { break-inside: avoid; page-break-inside: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .charts { gap: 12pt; }
}
</style>`;

/** The page in English: one argument, so that it maps over trends as it is. */
export function renderTrendHtml(trend: Trend): string {
  return renderTrendHtmlIn(trend, messages('en'));
}

export function renderTrendHtmlIn(trend: Trend, t: Translator): string {
  const { periods } = trend;
  const word = periodWord(periods);
  const heading =
    trendSpan(
      periods,
      (text) => text,
      (since, until) => `${day(since, true, t.lang)} – ${day(until, true, t.lang)}`,
    ) ?? t('trend.noPeriods');
  const first = periods[0];
  const last = periods.at(-1);
  // Sprint names say little about when they were; a window's heading already is its dates.
  const dates = word === 'sprint' && first && last ? html` · ${timeRange(first.since, last.until, t.lang)}` : '';
  const warnings = reportWarnings(trend, t);
  const warningSection = warnings.length
    ? html`<section class="card warnings" id="warnings" aria-labelledby="warnings-title"><h2 id="warnings-title">${t('heading.warnings')}</h2><ul>${warnings.map((warning) => html`<li>${warning}</li>`)}</ul></section>`
    : '';
  const content = html`<header class="masthead">
<p class="eyebrow">${t('trend.eyebrow')}</p>
<h1>${heading}</h1>
<p class="dates">${periodCount(periods, t)}${dates} · ${t('html.asOfLead')}${time(trend.asOf, true, t.lang)}</p>
</header>
<main>
${section('periods', t(word === 'sprint' ? 'trend.sprintBySprint' : 'trend.periodByPeriod'), periodsTable(trend, t))}
${periods.length ? section('charts', t('trend.overTime'), charts(periods, word, t)) : ''}
${warningSection}
</main>
<footer>${t('trend.footer', { heading, day: day(trend.asOf, true, t.lang) })}</footer>`;
  return htmlPage(t('trend.pageTitle', { heading }), STYLE, content, t.lang);
}

function section(id: string, title: string, body: SafeHtml): SafeHtml {
  return html`<section class="card" id="${id}" aria-labelledby="${id}-title"><h2 id="${id}-title">${title}</h2>${body}</section>`;
}

/** What a chart calls a period: the sprint's label, else its dates, short. */
const chartName = (period: TrendPeriod, t: Translator) => period.label ?? `${day(period.since, false, t.lang)} – ${day(period.until, false, t.lang)}`;

/**
 * A message whose `{placeholders}` are markup (a <time>, an escaped name): the catalogue's
 * words are escaped like any text, the markup goes in as it is.
 */
function htmlMessage(template: string, params: Readonly<Record<string, HtmlValue>>): SafeHtml {
  return joinHtml(template.split(/\{(\w+)\}/).map((part, index) => (index % 2 === 1 && part in params ? params[part] : part)));
}

function periodsTable(trend: Trend, t: Translator): SafeHtml {
  const { periods } = trend;
  if (periods.length === 0) return html`<p class="empty">${t('trend.noPeriodsToShow')}</p>`;
  const word = periodWord(periods);
  const unfinished = unfinishedPeriod(trend);
  const note = unfinished
    ? html`<p class="note">${htmlMessage(t(unfinishedNoteKey(word)), { name: chartName(unfinished, t), day: time(trend.asOf, true, t.lang) })}</p>`
    : '';
  return html`${figuresTable(trend, TREND_COLUMNS, t)}
<p class="note">${columnsNote(word, t)}</p>
${figuresTable(trend, ACTED_COLUMNS, t)}
<p class="note">${actedColumnsNote(word, t)}</p>
${note}`;
}

/** One row per period, oldest first, one cell per column. */
function figuresTable(trend: Trend, columns: readonly TrendColumn[], t: Translator): SafeHtml {
  const { periods } = trend;
  const unfinished = unfinishedPeriod(trend);
  const headings = columns.map((column) => html`<th scope="col" data-column="${column.key}">${column.heading(t)}</th>`);
  const rows = periods.map((period) => {
    const name =
      period.label === null
        ? timeRange(period.since, period.until, t.lang)
        : html`${period.label}<span class="period-dates">${timeRange(period.since, period.until, t.lang)}</span>`;
    const cells = columns.map((column) => {
      const value = column.cell(period, t);
      // The figures of a stuck loop stand out whenever they are above zero, as on the report ("–", unknown, does not).
      return html`<td data-column="${column.key}"${column.stuck && Number(value) > 0 ? html` class="hot"` : ''}>${value}</td>`;
    });
    const open = period === unfinished ? html` data-unfinished="true"` : '';
    return html`<tr data-since="${period.since}" data-until="${period.until}"${open}><th scope="row">${name}</th>${cells}</tr>`;
  });
  return html`<div class="table-wrap"><table class="trend">
<thead><tr><th scope="col">${periodHeading(periodWord(periods), t)}</th>${headings}</tr></thead>
<tbody>
${rows.map((row) => html`${row}\n`)}</tbody>
</table></div>`;
}

function charts(periods: readonly TrendPeriod[], word: 'sprint' | 'period', t: Translator): SafeHtml {
  const names = periods.map((period) => chartName(period, t));
  const inWords = periodWordIn(word, t);
  return html`<div class="charts">
<figure><figcaption>${t('trend.chart.loop', { word: inWords })}</figcaption>${loopChart(periods, names, inWords, t)}</figure>
<figure><figcaption>${t('trend.chart.cycleCaption')}</figcaption>${cycleDaysChart(periods, names, t)}<p class="note">${t('trend.chart.cycleScope', { word: inWords })}</p></figure>
</div>`;
}
