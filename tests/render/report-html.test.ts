import { describe, expect, it } from 'vitest';
import { escapeHtml, html, joinHtml } from '../../src/render/html-escape.js';
import { renderReportHtml } from '../../src/render/report-html.js';
import { truncate } from '../../src/render/report-svg.js';
import type { LearningLoopReport } from '../../src/report/loop-model.js';
import { emptyLoopReport, fullLoopReport, fullLoopReportWith, fullLoopReportWithNumbers, NO_CPI } from '../helpers/loop-reports.js';

const none = { supports: 0, refutes: 0, inconclusive: 0 };

const fullReport = fullLoopReport;

/** The empty report over two windows, with a warning: the page for a repository with nothing in it yet. */
function emptyReport(): LearningLoopReport {
  return {
    ...emptyLoopReport(),
    outcomeHistory: [
      { label: '2026-10-29 – 2026-11-11', since: '2026-10-29', until: '2026-11-11', outcomes: none },
      { label: '2026-11-12 – 2026-11-25', since: '2026-11-12', until: '2026-11-25', outcomes: none },
    ],
    warnings: ['not a git repository: ages count from each record’s `created` field alone'],
  };
}

/** Hostile text, how the page must show it (as text), and what must never be in the page. */
const HOSTILE: [string, string, RegExp][] = [
  ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;', /<img/],
  ['"><script>alert(1)</script>', '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;', /"><script>/],
  ["' onmouseover='x", '&#39; onmouseover=&#39;x', /' onmouseover='x/],
  // An entity in the text stays text: "&amp;" shows as typed, not as "&".
  ['&amp;', '&amp;amp;', /&amp;(?!amp;)/],
];

/** Every piece of the team's text, ids included, replaced by one hostile string: titles, summaries, labels, stages, warnings. */
const hostileReport = (text: string) => fullLoopReportWith(text, text);

/** The tags and attributes this renderer writes: anything else in the output came from data. */
const OUR_TAGS = new Set(
  'html head meta title style body div header p h1 h2 h3 strong time main section span article code ul ol li br figure figcaption footer svg g rect text tspan line circle'.split(
    ' ',
  ),
);

/** Our markup: tags whose attribute values are all double-quoted and free of quotes and angle brackets. */
const TAG = /<([a-zA-Z][\w-]*)((?:\s+[\w:-]+(?:="[^"<>]*")?)*)\s*\/?>|<\/[a-zA-Z][\w-]*>|<!doctype html>/g;
const tags = (page: string) => [...page.matchAll(TAG)];
/** Attribute names written into the page: an `on…` handler would mean data became markup. */
const attributeNames = (page: string) =>
  tags(page).flatMap((match) => [...(match[2] ?? '').matchAll(/\s+([\w:-]+)(?:="[^"]*")?/g)].map((name) => name[1]!.toLowerCase()));
const tagNames = (page: string) => tags(page).flatMap((match) => (match[1] ? [match[1].toLowerCase()] : []));
/** What is left once our tags are taken out: the text, where no `<` may remain (CSS aside, which has none). */
const textOnly = (page: string) => page.replace(TAG, '');
const count = (page: string, pattern: RegExp) => [...page.matchAll(pattern)].length;
const occurrences = (page: string, text: string) => page.split(text).length - 1;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sectionOf = (page: string, id: string) => page.match(new RegExp(`<section class="card" id="${id}"[\\s\\S]*?</section>`))?.[0] ?? '';
const chartOf = (page: string, kind: string) => page.match(new RegExp(`<svg[^>]*data-chart="${kind}"[\\s\\S]*?</svg>`))?.[0] ?? '';

describe('escapeHtml and the html template', () => {
  it('escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('escapes interpolated values but not markup it built itself', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p title="${'"x"'}">${inner}${['<', 1, null, undefined]}</p>`.toString()).toBe('<p title="&quot;x&quot;"><b>&lt;i&gt;</b>&lt;1</p>');
    expect(joinHtml(['a<', html`<br>`], ' & ').toString()).toBe('a&lt; &amp; <br>');
  });

  it('truncates labels by characters, never splitting one', () => {
    expect(truncate('Färjeresenärer vill se färjan', 10)).toBe('Färjerese…');
    expect(truncate('😀😀😀', 2)).toBe('😀…');
    expect(truncate('kort', 10)).toBe('kort');
  });
});

describe('renderReportHtml', () => {
  it('is one self-contained page that fetches nothing and runs nothing', () => {
    for (const page of [fullReport(), emptyReport(), ...HOSTILE.map(([text]) => hostileReport(text))].map(renderReportHtml)) {
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
    }
  });

  it('references nothing at all, not even in text, when the text is harmless', () => {
    for (const page of [renderReportHtml(fullReport()), renderReportHtml(emptyReport())]) expect(page).not.toMatch(/\b(src|href|srcset|action)\s*=/i);
  });

  it('shows every section of a full report, with the team’s Swedish text intact', () => {
    const page = renderReportHtml(fullReport());
    for (const id of ['tested', 'learned', 'decided', 'opened', 'loop-health', 'assumption-map', 'customer-focus'])
      expect(page).toContain(`<section class="card" id="${id}"`);
    expect(page).toContain('<h1>Sprint 4</h1>');
    expect(page).toContain(
      '<time datetime="2026-10-12">12 Oct</time> – <time datetime="2026-10-25">25 Oct 2026</time> · as of <time datetime="2026-11-25">25 Nov 2026</time>',
    );
    for (const text of [
      'A/B-test – köp utan konto',
      'Färjeresenärer planerar efter var färjan är',
      'Pendlare vill bli påminda innan periodkortet går ut',
      'upptäcka',
      'Storö och Lillö',
    ])
      expect(page).toContain(text);
    expect(page).toContain('n = 21\u202f870');
    expect(page).toContain('<span class="pill inconclusive">inconclusive</span>');
  });

  it('makes the stuck parts of the loop prominent and names them', () => {
    const page = renderReportHtml(fullReport());
    expect(page).toContain('<div class="stat hot" data-figure="insight not acted on"><span class="num">1</span>');
    expect(page).toContain('<div class="stat hot" data-figure="decision taken without evidence"><span class="num">1</span>');
    expect(page).toContain(
      '<div class="callout hot" data-stuck="not-acted-on" data-count="1"><h3><span class="num">1</span> insight not acted on</h3><p>Insights with no decision yet: learning that has not changed anything.</p><ul class="plain"><li>Pilotgruppen öppnar fyra av tio notiser <code>pilotgruppen-oppnar-notiser</code></li></ul></div>',
    );
    expect(page).toContain(
      '<div class="callout hot" data-stuck="decided-without-evidence" data-count="1"><h3><span class="num">1</span> decision without evidence</h3><p>Decisions no finished experiment stands behind: taken on a guess.</p><ul class="plain"><li>Resenärer som byter mellan buss och färja på Storö brygga vill se hela bytet, gångvägen och väntetiden i en och samma vy <code>bytet-pa-storo-brygga</code></li></ul></div>',
    );
    expect(page).toContain(
      '<article class="item" data-id="pilotgruppen-oppnar-notiser"><div class="item-head"><h3>Pilotgruppen öppnar fyra av tio notiser</h3><span class="pill hot">not acted on</span></div>',
    );
    expect(page).toContain(
      '<article class="item" data-id="bytet-pa-storo-brygga"><div class="item-head"><h3>Resenärer som byter mellan buss och färja på Storö brygga vill se hela bytet, gångvägen och väntetiden i en och samma vy</h3><span class="pill neutral">iterate</span><span class="pill hot">no evidence behind it</span></div>',
    );
    expect(count(page, /<span class="pill hot">/g)).toBe(2);
    for (const figure of [
      '<div class="stat"><span class="num">50%</span><span class="what">of open hypotheses being tested</span></div>',
      '<div class="stat"><span class="num">–</span><span class="what">median, hypothesis → first experiment</span></div>',
      '<div class="stat"><span class="num">3.5<span class="unit">days</span></span><span class="what">median, experiment → insight</span></div>',
      '<div class="stat"><span class="num">1<span class="unit">day</span></span><span class="what">median, insight → decision</span></div>',
      '<div class="stat"><span class="num">2.5<span class="unit">days</span></span><span class="what">median, hypothesis → testing</span></div>',
      '<div class="stat"><span class="num">12<span class="unit">days</span></span><span class="what">median, hypothesis → outcome</span></div>',
      '<div class="stat"><span class="num">4.5<span class="unit">days</span></span><span class="what">median, decision → first commit</span></div>',
      '<div class="stat"><span class="num">21<span class="unit">days</span></span><span class="what">median, hypothesis → first code commit</span></div>',
    ])
      expect(page).toContain(figure);
  });

  it('counts the decisions of the period by what the code did, the stuck states hot above zero, just above the medians', () => {
    expect(sectionOf(renderReportHtml(fullReport()), 'loop-health')).toContain(
      '</div>\n<p class="meta acted-on">Acted on, of the decisions in this period: <span data-state="acted">2 acted</span> · <span data-state="not-yet">1 not-yet</span> · <span data-state="overdue" class="hot">1 overdue</span> · <span data-state="code-remains">0 code-remains</span> · <span data-state="no-code-link">1 no-code-link</span></p>\n<p class="meta scope">',
    );
    const report = fullReport();
    report.metrics.actedOn = null;
    const section = sectionOf(renderReportHtml(report), 'loop-health');
    expect(section).toContain('<p class="meta acted-on" data-acted-on="unknown">Acted on: – (not in git, so no commits to judge by).</p>');
    expect(section).toContain('<div class="stat"><span class="num">–</span><span class="what">median, decision → first commit</span></div>');
    expect(section).toContain('<div class="stat"><span class="num">–</span><span class="what">median, hypothesis → first code commit</span></div>');
  });

  it('says what the medians cover, just above them, and says nothing of it when no median was taken', () => {
    const page = renderReportHtml(fullReport());
    expect(sectionOf(page, 'loop-health')).toContain(
      '<p class="meta scope">Medians over everything up to <time datetime="2026-10-25">25 Oct 2026</time>, not this period alone.</p>\n<div class="metrics">',
    );
    const untaken = emptyReport();
    untaken.metrics.mediansUpTo = null;
    const empty = renderReportHtml(untaken);
    expect(empty).toContain('<span class="what">median, hypothesis → outcome</span>');
    expect(empty).not.toContain('Medians over');
  });

  it('shows the hypothesis quality per rule as a share, with the counts as data and the failing hypotheses by title and id', () => {
    const section = sectionOf(renderReportHtml(fullReport()), 'loop-health');
    const shares = [...section.matchAll(/<div class="stat" data-rule="([\w-]+)" data-passed="(\d+)" data-of="(\d+)"><span class="num">([^<]+)<\/span>/g)];
    expect(shares.map((match) => match.slice(1))).toEqual([
      ['statement-no-reason', '3', '4', '75%'],
      ['success-missing', '2', '2', '100%'],
      ['success-not-measurable', '1', '3', '33%'],
      ['generic-segment', '0', '0', '–'],
    ]);
    expect(section).toContain('<span class="what">success is measurable: 1 of 3 with a success</span>');
    expect(section).toContain('<span class="what">segment names someone in particular: none with a segment</span>');
    expect(section).toContain(
      '<p class="links" data-failing="statement-no-reason">Failing “statement gives a reason” · 1</p><ul class="plain"><li>Köinformation för bilfärjan <code>koinformation-for-bilfarjan</code></li></ul>',
    );
    expect(section).toContain(
      '<p class="links" data-failing="success-not-measurable">Failing “success is measurable” · 2</p><ul class="plain"><li>Färjeresenärer vill se färjan i realtid <code>farjan-i-realtid</code></li><li>Köp utan konto ökar konverteringen <code>kop-utan-konto-okar-konverteringen</code></li></ul>',
    );
    expect(section).not.toContain('data-failing="success-missing"');
  });

  it('says there are no hypotheses to judge, and leaves the block out when the config turns every rule off', () => {
    expect(sectionOf(renderReportHtml(emptyReport()), 'loop-health')).toContain(
      '<h3 class="sub">Hypothesis quality</h3><p class="empty">No hypotheses to judge.</p>',
    );
    const off = fullReport();
    off.metrics.quality = [];
    expect(renderReportHtml(off)).not.toContain('Hypothesis quality');
  });

  it('draws the three charts with their values as data attributes', () => {
    const page = renderReportHtml(fullReport());
    for (const kind of ['funnel', 'outcomes', 'assumption-map']) {
      expect(chartOf(page, kind)).toMatch(
        new RegExp(`^<svg class="chart" data-chart="${kind}" role="img" aria-label="[^"]+" viewBox="0 0 \\d+ \\d+" width="\\d+" height="\\d+"><title>`),
      );
    }
    const funnel = chartOf(page, 'funnel');
    expect([...funnel.matchAll(/data-step="(\w+)" data-value="(\d+)"/g)].map((match) => `${match[1]}=${match[2]}`)).toEqual([
      'hypotheses=9',
      'tested=5',
      'insights=4',
      'decisions=3',
    ]);
    const outcomes = chartOf(page, 'outcomes');
    expect(count(outcomes, /<g data-period=/g)).toBe(3);
    expect(outcomes).toContain('<g data-period="Sprint 3" data-supports="2" data-refutes="0" data-inconclusive="0" data-total="2">');
    expect(outcomes).toContain('data-period="Sprint 4" data-supports="0" data-refutes="0" data-inconclusive="1" data-total="1" data-current="true"');
    expect([...outcomes.matchAll(/data-outcome="(\w+)" data-value="(\d+)"/g)].map((match) => `${match[1]}=${match[2]}`)).toEqual([
      'refutes=1',
      'supports=2',
      'inconclusive=1',
    ]);
    for (const outcome of ['supports', 'refutes', 'inconclusive']) expect(outcomes).toContain(`data-legend="${outcome}"`);
    const map = chartOf(page, 'assumption-map');
    expect(count(map, /<circle data-id=/g)).toBe(4);
    expect([...map.matchAll(/<g data-quadrant="([\w-]+)" data-count="(\d+)">/g)].map((match) => `${match[1]}=${match[2]}`)).toEqual([
      'important-evidenced=1',
      'minor-unevidenced=1',
      'minor-evidenced=1',
      'test-next=1',
    ]);
    expect(map).toContain('<circle data-id="turister-hittar-appen" data-importance="high" data-evidence="none" data-status="open" data-test-next="true"');
    expect(map).toContain(
      '<circle data-id="koinformation-for-bilfarjan" data-importance="unset" data-evidence="none" data-status="open" data-test-next="true"',
    );
    // The risk each hypothesis carries: in its tooltip, and counted under the map.
    expect(map).toContain('<title>Turister hittar appen via QR-kod på hållplatsen — open, importance high, desirability risk, none evidence</title>');
    expect(page).toContain('<p class="meta">Risk: desirability 2 · viability 1 · not set 1</p></figure>');
  });

  it('lists what to test next, ranked, each with its score, reasons and the method to try', () => {
    const section = sectionOf(renderReportHtml(fullReport()), 'test-next');
    expect(section).toContain('<h2 id="test-next-title">Test next <span class="count">2</span></h2>');
    expect(section).toContain(
      '<article class="item" data-id="turister-hittar-appen" data-rank="1" data-score="12"><div class="item-head"><h3>1. Turister hittar appen via QR-kod på hållplatsen</h3><span class="pill neutral">high importance</span><span class="pill neutral">no evidence</span></div>\n<p class="meta">score 12 · <code>turister-hittar-appen</code></p>\n<ul class="reasons"><li>high importance, no evidence</li><li>the journey stage &quot;upptäcka&quot; is still a guess: nothing there is tested</li></ul>\n<p class="links">Next: <strong>interview</strong>, the cheapest way from no evidence to weak: what customers say, cost 1 of 5, about 7 days</p></article>',
    );
    // No method to suggest: no "Next" line.
    expect(section).toContain('<h3>2. Köinformation för bilfärjan</h3><span class="pill neutral">importance not stated</span>');
    expect(count(section, /<p class="links">Next:/g)).toBe(1);
    expect(sectionOf(renderReportHtml(emptyReport()), 'test-next')).toContain(
      '<p class="empty">Nothing to test next: every hypothesis is settled, well evidenced or being tested.</p>',
    );
  });

  it('draws the customer-focus bar over the hypotheses its headline counts, those without a metric type apart', () => {
    // 2 customer, 1 business KPI, 1 without metric_type: the headline is 2 of 3, so the bar is 2/3 and 1/3.
    const focus = sectionOf(renderReportHtml(fullReport()), 'customer-focus');
    expect(focus).toContain('<span class="num">67%</span><span class="what">2 of 3 hypotheses with a metric type measure what the customer values</span>');
    const bar = /<div class="split" aria-hidden="true" data-customer="(\d+)" data-business="(\d+)">(.*?)<\/div>/.exec(focus);
    expect(bar?.slice(1, 3)).toEqual(['2', '1']);
    expect([...(bar?.[3] ?? '').matchAll(/width:([\d.]+)%/g)].map((match) => Number(match[1]))).toEqual([66.7, 33.3]);
    expect(focus).toContain('<span>1 without metric_type, not counted</span>');
    // With no metric type anywhere there is no share, so no bar either.
    const unstated = sectionOf(
      renderReportHtml({ ...fullReport(), customerFocus: { customer: 0, business: 0, unspecified: 3, customerShare: null, cpi: NO_CPI } }),
      'customer-focus',
    );
    expect(unstated).toContain('<span class="num">–</span><span class="what">no hypothesis has a metric type</span>');
    expect(unstated).not.toContain('class="split"');
  });

  it('renders an empty period without gaps or broken numbers', () => {
    const page = renderReportHtml(emptyReport());
    expect(page).toContain('<h1>12 Nov 2026 – 25 Nov 2026</h1>');
    for (const text of ['No experiment finished in this period.', 'No insight was recorded', 'No decision was taken', 'No hypothesis was opened'])
      expect(page).toContain(text);
    expect([...chartOf(page, 'funnel').matchAll(/data-value="(\d+)"/g)].map((match) => match[1])).toEqual(['0', '0', '0', '0']);
    expect(count(chartOf(page, 'outcomes'), /<g data-period=/g)).toBe(2);
    expect(count(chartOf(page, 'outcomes'), /data-outcome=/g)).toBe(0);
    expect(count(chartOf(page, 'assumption-map'), /<circle/g)).toBe(0);
    expect(page).toContain('<div class="stat calm" data-figure="insights not acted on"><span class="num">0</span>');
    expect(page).toContain('id="warnings"');
  });

  it.each(HOSTILE)('escapes %s in content, attributes and SVG', (text, escaped, raw) => {
    const page = renderReportHtml(hostileReport(text));
    expect(page).not.toMatch(raw);
    expect(page).toContain(`<title>Learning loop · ${escaped}</title>`);
    expect(page).toContain(`<h1>${escaped}</h1>`);
    expect(page).toContain(`<article class="item" data-id="${escaped}"><div class="item-head"><h3>${escaped}</h3>`);
    expect(page).toContain(`<li>${escaped} <code>${escaped}</code></li>`);
    expect(page).toContain(`<li class="guessing" data-stage="${escaped}" data-hypotheses="0" data-tested="0" data-supported="0"><strong>${escaped}</strong>`);
    expect(page).toContain(
      `<h2 id="warnings-title">Warnings</h2><ul class="plain"><li>1 record left out for errors: ${escaped} (hypo check shows why)</li><li>${escaped}</li></ul></section>`,
    );
    // In the charts too: attributes and labels.
    expect(occurrences(chartOf(page, 'outcomes'), `<g data-period="${escaped}"`)).toBe(3);
    const map = chartOf(page, 'assumption-map');
    expect(occurrences(map, `<circle data-id="${escaped}"`)).toBe(4);
    expect(count(map, new RegExp(`<text class="dot-label"[^>]*>${escapeRegExp(escaped)}</text>`, 'g'))).toBe(4);
  });

  it('adds baseline → target and the measured value to a tested experiment, and the CPI counts to the customer focus', () => {
    const page = renderReportHtml(fullLoopReportWithNumbers());
    expect(page).toContain('<p class="meta numbers">58 % → 70 % · measured 64 %</p>');
    expect(sectionOf(page, 'customer-focus')).toContain('<p class="key cpi">CPI: time 1 · money 1</p>');
    expect(renderReportHtml(fullReport())).not.toContain('class="key cpi"');
  });
});
