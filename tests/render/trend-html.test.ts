import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/render/report-html.js';
import { renderTrendHtml } from '../../src/render/trend-html.js';
import { renderTrendMarkdown } from '../../src/render/trend-markdown.js';
import type { Trend } from '../../src/report/trend.js';
import { attributeNames, occurrences, tagNames, textOnly } from '../helpers/html-markup.js';
import { fullLoopReport } from '../helpers/loop-reports.js';
import { emptyTrend, sampleTrend, sampleTrendWith } from '../helpers/trend-fixtures.js';

/** Hostile text, how the page must show it (as text), and what must never be in the page. */
const HOSTILE: [string, string, RegExp][] = [
  ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;', /<img/],
  ['"><script>alert(1)</script>', '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;', /"><script>/],
  ["' onmouseover='x", '&#39; onmouseover=&#39;x', /' onmouseover='x/],
  // An entity in the text stays text: "&amp;" shows as typed, not as "&".
  ['&amp;', '&amp;amp;', /&amp;(?!amp;)/],
];

/** The tags this renderer writes: anything else in the output came from data. */
const OUR_TAGS = new Set(
  'html head meta title style body div header p h1 h2 main section span time table thead tbody tr th td figure figcaption ul li footer svg g line text tspan path circle'.split(
    ' ',
  ),
);

const headOf = (page: string) => page.slice(0, page.indexOf('<style>'));
const chartOf = (page: string, kind: string) => page.match(new RegExp(`<svg[^>]*data-chart="${kind}"[\\s\\S]*?</svg>`))?.[0] ?? '';
const seriesOf = (chart: string, key: string) => chart.match(new RegExp(`<g data-series="${key}">[\\s\\S]*?</g>`))?.[0] ?? '';
/** Each point of a series as "period=value". */
const points = (series: string) => [...series.matchAll(/<circle data-period="([^"]*)" data-value="([^"]*)"/g)].map((match) => `${match[1]}=${match[2]}`);

/** The body rows of the HTML table: the row heading's text, then each cell's text, keyed by column. */
function htmlRows(page: string): Record<string, string>[] {
  return [...page.matchAll(/<tr data-since="[^"]*"[^>]*><th scope="row">(.*?)<\/th>(.*?)<\/tr>/g)].map((match) => ({
    period: match[1]!.replace(/<span class="period-dates">.*<\/span>/, '').replace(/<[^>]+>/g, ''),
    ...Object.fromEntries([...match[2]!.matchAll(/<td data-column="([\w-]+)"[^>]*>([^<]*)<\/td>/g)].map((cell) => [cell[1]!, cell[2]!])),
  }));
}

describe('renderTrendHtml', () => {
  it('is one self-contained page that fetches nothing and runs nothing', () => {
    const trends: Trend[] = [sampleTrend(), emptyTrend(), { ...emptyTrend(), periods: [] }, ...HOSTILE.map(([text]) => sampleTrendWith(text))];
    for (const page of trends.map(renderTrendHtml)) {
      expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
      expect(page).toContain('<meta charset="utf-8">');
      expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;;`);
      expect(page).not.toMatch(/<script/i);
      expect(page).not.toMatch(/@import|url\(|https?:\/\//i);
      expect(page).not.toMatch(/NaN|Infinity|undefined|\[object /);
      expect(tagNames(page).filter((tag) => !OUR_TAGS.has(tag))).toEqual([]);
      expect(
        attributeNames(page).filter((name) => name.startsWith('on') || ['src', 'href', 'xlink:href', 'srcset', 'action', 'formaction'].includes(name)),
      ).toEqual([]);
      expect(textOnly(page)).not.toContain('<');
      expect(page.endsWith('</html>\n')).toBe(true);
    }
  });

  it('has the report page’s head and look: the same CSP, palette and base rules', () => {
    const trend = renderTrendHtml(sampleTrend());
    const report = renderReportHtml(fullLoopReport());
    expect(headOf(trend).replace(/<title>.*<\/title>/, '')).toBe(headOf(report).replace(/<title>.*<\/title>/, ''));
    for (const rule of [
      ':root { --ink: #1f2933; --muted: #616e7c;',
      'body { margin: 0; background: var(--soft); color: var(--ink); font: 16px/1.5 system-ui,',
      '.page { max-width: 1040px;',
      'section.card {',
      'svg.chart {',
      '.warnings {',
      '@page { size: A4;',
    ])
      expect(trend).toContain(rule);
    expect(trend).toContain('<title>Learning loop trend · Sprint 3 – Sprint 5</title>');
  });

  it('names the sprints and their dates at the top', () => {
    const page = renderTrendHtml(sampleTrend());
    expect(page).toContain('<p class="eyebrow">Learning-loop trend</p>\n<h1>Sprint 3 – Sprint 5</h1>');
    expect(page).toContain(
      '<p class="dates">3 sprints · <time datetime="2026-09-28">28 Sep</time> – <time datetime="2026-11-08">8 Nov 2026</time> · as of <time datetime="2026-11-04">4 Nov 2026</time></p>',
    );
    expect(page).toContain('<footer>Made by hypo trend · Sprint 3 – Sprint 5 · as of 4 Nov 2026</footer>');
  });

  it('shows the same tables as the markdown, oldest period first: the loop, then what the code did', () => {
    const rows = htmlRows(renderTrendHtml(sampleTrend()));
    const markdownRows = renderTrendMarkdown(sampleTrend())
      .split('\n')
      .filter((line) => line.startsWith('|') && !/^\| (Sprint|---) \|/.test(line))
      .map((line) => line.slice(2, -2).split(' | '));
    expect(rows).toHaveLength(6);
    expect(rows.map((row) => Object.values(row))).toEqual(markdownRows);
    expect(rows[1]).toEqual({
      period: 'Sprint 4',
      tested: '1',
      learned: '2',
      decided: '2',
      opened: '1',
      'not-acted-on': '1',
      'decided-without-evidence': '1',
      stale: '1',
      'customer-share': '67%',
      'days-to-testing': '2.5',
      'days-to-outcome': '12',
    });
    expect(rows[0]).toMatchObject({ 'customer-share': '–', 'days-to-testing': '–', 'days-to-outcome': '–' });
    expect(rows[4]).toEqual({ period: 'Sprint 4', acted: '1', overdue: '1', 'code-remains': '0', 'days-to-commit': '6', 'days-to-code': '9.5' });
    expect(rows[3]).toMatchObject({ 'days-to-commit': '–', 'days-to-code': '–' });
  });

  it('gives each sprint its dates, marks the one not ended, and makes stuck figures above zero stand out', () => {
    const page = renderTrendHtml(sampleTrend());
    expect(page).toContain(
      '<tr data-since="2026-09-28" data-until="2026-10-11"><th scope="row">Sprint 3<span class="period-dates"><time datetime="2026-09-28">28 Sep</time> – <time datetime="2026-10-11">11 Oct 2026</time></span></th>',
    );
    expect(page).toContain('<tr data-since="2026-10-26" data-until="2026-11-08" data-unfinished="true">');
    // Its row in each table.
    expect(occurrences(page, 'data-unfinished')).toBe(2);
    expect(page).toContain('<p class="note">The last sprint has not ended: Sprint 5 is shown as of <time datetime="2026-11-04">4 Nov 2026</time>.</p>');
    expect([...page.matchAll(/<td data-column="([\w-]+)" class="hot">(\d+)<\/td>/g)].map((match) => `${match[1]}=${match[2]}`)).toEqual([
      'not-acted-on=1',
      'not-acted-on=1',
      'decided-without-evidence=1',
      'decided-without-evidence=1',
      'overdue=1',
      'code-remains=1',
    ]);
    expect(page).toContain('<td data-column="not-acted-on">0</td>');
    // Unknown without the git history: "–", never hot.
    const unknown = sampleTrend();
    unknown.periods = unknown.periods.map((period) => ({ ...period, actedOn: null }));
    expect(renderTrendHtml(unknown)).toContain('<td data-column="overdue">–</td><td data-column="code-remains">–</td>');
  });

  it('draws what each sprint tested, learned and decided, with the values as data attributes', () => {
    const chart = chartOf(renderTrendHtml(sampleTrend()), 'loop');
    expect(chart).toMatch(
      /^<svg class="chart" data-chart="loop" role="img" aria-label="Tested, learned and decided per sprint: Sprint 3: 2 tested, 1 learned, 0 decided; /,
    );
    expect(points(seriesOf(chart, 'tested'))).toEqual(['Sprint 3=2', 'Sprint 4=1', 'Sprint 5=3']);
    expect(points(seriesOf(chart, 'learned'))).toEqual(['Sprint 3=1', 'Sprint 4=2', 'Sprint 5=1']);
    expect(points(seriesOf(chart, 'decided'))).toEqual(['Sprint 3=0', 'Sprint 4=2', 'Sprint 5=1']);
    for (const key of ['tested', 'learned', 'decided']) {
      expect(chart).toContain(`data-legend="${key}"`);
      expect(seriesOf(chart, key).match(/<path d="M[\d.]+,[\d.]+ L[\d.]+,[\d.]+ L[\d.]+,[\d.]+"/)).not.toBeNull();
    }
    expect(chart).toContain('<title>Sprint 4: 2 learned</title>');
  });

  it('draws the median days with a gap where there was no median', () => {
    const chart = chartOf(renderTrendHtml(sampleTrend()), 'cycle-days');
    expect(points(seriesOf(chart, 'to-testing'))).toEqual(['Sprint 4=2.5', 'Sprint 5=3']);
    expect(points(seriesOf(chart, 'to-outcome'))).toEqual(['Sprint 4=12', 'Sprint 5=10.5']);
    expect(chart).toContain('Sprint 3: none; Sprint 4: 2.5 days to testing, 12 days to outcome;');
    // A line only between neighbours that both have a median.
    const trend = sampleTrend();
    trend.periods[1] = { ...trend.periods[1]!, cycleDays: { toTesting: null, toOutcome: 1 } };
    trend.periods[0] = { ...trend.periods[0]!, cycleDays: { toTesting: 4, toOutcome: null } };
    const gapped = chartOf(renderTrendHtml(trend), 'cycle-days');
    expect(points(seriesOf(gapped, 'to-testing'))).toEqual(['Sprint 3=4', 'Sprint 5=3']);
    expect(seriesOf(gapped, 'to-testing')).not.toContain('<path');
    expect(seriesOf(gapped, 'to-outcome').match(/<path /g)).toHaveLength(1);
    expect(seriesOf(gapped, 'to-outcome')).toContain('<title>Sprint 4: 1 day to outcome</title>');
  });

  it('names windows of days by their dates and draws a chart with no medians as empty', () => {
    const page = renderTrendHtml(emptyTrend());
    expect(page).toContain('<h1>29 Oct 2026 – 25 Nov 2026</h1>');
    expect(page).toContain('<p class="dates">2 periods · as of <time datetime="2026-11-25">25 Nov 2026</time></p>');
    expect(page).toContain('<h2 id="periods-title">Period by period</h2>');
    expect(htmlRows(page).map((row) => row.period)).toEqual(Array(2).fill(['29 Oct – 11 Nov 2026', '12 Nov – 25 Nov 2026']).flat());
    expect(points(seriesOf(chartOf(page, 'loop'), 'tested'))).toEqual(['29 Oct – 11 Nov=0', '12 Nov – 25 Nov=0']);
    const cycle = chartOf(page, 'cycle-days');
    expect(cycle).not.toContain('<circle');
    expect(cycle).toContain('>none yet</text>');
    expect(page).not.toContain('id="warnings"');
    expect(page).not.toContain('has not ended');
  });

  it('says so when there are no periods, without a table or charts', () => {
    const page = renderTrendHtml({ ...emptyTrend(), periods: [] });
    expect(page).toContain('<h1>No periods</h1>');
    expect(page).toContain('<p class="empty">No periods to show.</p>');
    expect(page).not.toContain('<table');
    expect(page).not.toContain('<svg');
  });

  it('lists the records left out for errors under Warnings', () => {
    expect(renderTrendHtml(sampleTrend())).toContain(
      '<section class="card warnings" id="warnings" aria-labelledby="warnings-title"><h2 id="warnings-title">Warnings</h2><ul><li>1 record left out for errors: learning/hypotheses/trasig-åtgärd.yaml (hypo check shows why)</li></ul></section>',
    );
  });

  it.each(HOSTILE)('escapes %s in content, attributes and SVG', (text, escaped, raw) => {
    const page = renderTrendHtml(sampleTrendWith(text));
    expect(page).not.toMatch(raw);
    expect(page).toContain(`<title>Learning loop trend · ${escaped} – ${escaped}</title>`);
    expect(page).toContain(`<h1>${escaped} – ${escaped}</h1>`);
    expect(occurrences(page, `<th scope="row">${escaped}<span class="period-dates">`)).toBe(6);
    expect(page).toContain(`The last sprint has not ended: ${escaped} is shown as of`);
    expect(page).toContain(`<li>1 record left out for errors: ${escaped} (hypo check shows why)</li>`);
    expect(page).toContain(`<footer>Made by hypo trend · ${escaped} – ${escaped} · as of`);
    // In the charts too: attributes, tooltips, labels and the chart's own label.
    for (const kind of ['loop', 'cycle-days']) {
      const chart = chartOf(page, kind);
      expect(chart).toMatch(new RegExp(`^<svg [^>]*aria-label="[^"]*${escaped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
      expect(occurrences(chart, `<text class="period-label"`)).toBe(3);
    }
    const loop = chartOf(page, 'loop');
    expect(occurrences(loop, `<circle data-period="${escaped}"`)).toBe(9);
    expect(occurrences(loop, `<title>${escaped}: `)).toBe(9);
  });
});
