import { describe, expect, it } from 'vitest';
import type { LearningLoopReport } from '../../src/report/loop-model.js';
import { emptyLoopReport } from '../helpers/loop-reports.js';
import { escapeHtml, html, joinHtml } from '../../src/render/html-escape.js';
import { renderReportHtml } from '../../src/render/report-html.js';
import { truncate } from '../../src/render/report-svg.js';

const none = { supports: 0, refutes: 0, inconclusive: 0 };

function fullReport(): LearningLoopReport {
  return {
    period: { since: '2026-10-12', until: '2026-10-25', label: 'Sprint 4' },
    asOf: '2026-11-25',
    tested: [
      {
        id: 'ab-test-kop-utan-konto',
        title: 'A/B-test – köp utan konto',
        method: 'ab-test',
        sample: 21870,
        outcome: 'inconclusive',
        summary: '63,7 % utan konto mot 63,4 % med konto.\nFärre nya köpare än väntat.\n',
        end: '2026-10-25',
        hypotheses: ['kop-utan-konto-okar-konverteringen'],
      },
    ],
    learned: [
      {
        id: 'farjeresenarer-planerar-efter-farjan',
        title: 'Färjeresenärer planerar efter var färjan är',
        learned: 'Tidtabellen är en grov riktlinje; färjans position är det som räknas.',
        evidence: 'mixed',
        date: '2026-10-12',
        from: ['intervjuer-pa-storo'],
        basis: [{ id: 'intervjuer-pa-storo', method: 'interview', outcome: 'supports' }],
      },
    ],
    decided: [
      {
        id: 'farjeresenarer-planerar-efter-farjan',
        title: 'Färjeresenärer planerar efter var färjan är',
        action: 'persevere',
        summary: 'Vi bygger färjekartan för Storö och Lillö.',
        date: '2026-10-14',
        next: [],
      },
    ],
    opened: [{ id: 'pendlare-vill-bli-paminda', title: 'Pendlare vill bli påminda innan periodkortet går ut', created: '2026-10-16' }],
    metrics: {
      hypothesesOpened: 1,
      experimentsDone: 1,
      insights: 1,
      decisions: 1,
      outcomes: { supports: 0, refutes: 0, inconclusive: 1 },
      shareBeingTested: 0.5,
      medianDays: { toFirstExperiment: 42, experimentToInsight: 3.5, insightToDecision: 1 },
      notActedOn: ['pilotgruppen-oppnar-notiser'],
      decidedWithoutEvidence: ['farjeresenarer-planerar-efter-farjan'],
      stale: ['koinformation-for-bilfarjan'],
    },
    funnel: { hypotheses: 9, tested: 5, insights: 4, decisions: 3 },
    outcomeHistory: [
      { label: 'Sprint 2', since: '2026-09-14', until: '2026-09-27', outcomes: { supports: 0, refutes: 1, inconclusive: 0 } },
      { label: 'Sprint 3', since: '2026-09-28', until: '2026-10-11', outcomes: { supports: 2, refutes: 0, inconclusive: 0 } },
      { label: 'Sprint 4', since: '2026-10-12', until: '2026-10-25', outcomes: { supports: 0, refutes: 0, inconclusive: 1 } },
    ],
    assumptionMap: [
      { id: 'farjan-i-realtid', title: 'Färjeresenärer vill se färjan i realtid', status: 'supported', importance: 'high', evidence: 'strong', evidenceStated: true, testNext: false },
      { id: 'turister-hittar-appen', title: 'Turister hittar appen via QR-kod på hållplatsen', status: 'open', importance: 'high', evidence: 'none', evidenceStated: false, testNext: true },
      { id: 'kop-utan-konto-okar-konverteringen', title: 'Köp utan konto ökar konverteringen', status: 'inconclusive', importance: 'medium', evidence: 'weak', evidenceStated: false, testNext: false },
    ],
    customerFocus: { customer: 2, business: 1, unspecified: 0, customerShare: 2 / 3 },
    journeyCoverage: [
      { stage: 'upptäcka', hypotheses: 1, tested: 0, supported: 0, guessing: true },
      { stage: 'köpa', hypotheses: 1, tested: 1, supported: 0, guessing: false },
    ],
    titles: {
      'kop-utan-konto-okar-konverteringen': { kind: 'hypothesis', title: 'Köp utan konto ökar konverteringen' },
      'intervjuer-pa-storo': { kind: 'experiment', title: 'Intervjuer på Storö' },
      'pilotgruppen-oppnar-notiser': { kind: 'insight', title: 'Pilotgruppen öppnar fyra av tio notiser' },
      'farjeresenarer-planerar-efter-farjan': { kind: 'insight', title: 'Färjeresenärer planerar efter var färjan är' },
      'koinformation-for-bilfarjan': { kind: 'hypothesis', title: 'Köinformation för bilfärjan' },
    },
    warnings: [],
  };
}

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

const HOSTILE = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', "' onmouseover='x", '&amp;'];

/** Every piece of the team's text replaced by a hostile string: titles, ids, summaries, labels, stages, warnings. */
function hostileReport(): LearningLoopReport {
  const [img, script, quote, amp] = HOSTILE as [string, string, string, string];
  const report = fullReport();
  report.period.label = script;
  report.tested[0] = { ...report.tested[0]!, id: quote, title: img, summary: script, hypotheses: [img] };
  report.learned[0] = { ...report.learned[0]!, id: script, title: quote, learned: amp, basis: [{ id: img, method: 'interview', outcome: 'supports' }] };
  report.decided[0] = { ...report.decided[0]!, id: amp, title: script, summary: img, next: [quote] };
  report.opened[0] = { id: img, title: img, created: '2026-10-16' };
  report.metrics.notActedOn = [img, script];
  report.metrics.decidedWithoutEvidence = [quote];
  report.metrics.stale = [amp];
  report.outcomeHistory[0]!.label = img;
  report.outcomeHistory[1]!.label = quote;
  report.assumptionMap = HOSTILE.map((title, index) => ({ id: title, title, status: 'open', importance: index % 2 ? 'high' : 'low', evidence: 'none', evidenceStated: false, testNext: index % 2 === 1 }));
  report.journeyCoverage = [{ stage: img, hypotheses: 1, tested: 0, supported: 0, guessing: true }];
  report.titles = Object.fromEntries(HOSTILE.map((text) => [text, { kind: 'hypothesis', title: text }]));
  report.warnings = [script, img];
  return report;
}

/** The tags and attributes this renderer writes: anything else in the output came from data. */
const OUR_TAGS = new Set('html head meta title style body div header p h1 h2 h3 strong time main section span article code ul ol li br figure figcaption footer svg g rect text tspan line circle'.split(' '));

/** Our markup: tags whose attribute values are all double-quoted and free of quotes and angle brackets. */
const TAG = /<([a-zA-Z][\w-]*)((?:\s+[\w:-]+(?:="[^"<>]*")?)*)\s*\/?>|<\/[a-zA-Z][\w-]*>|<!doctype html>/g;
const tags = (page: string) => [...page.matchAll(TAG)];
/** Attribute names written into the page: an `on…` handler would mean data became markup. */
const attributeNames = (page: string) => tags(page).flatMap((match) => [...(match[2] ?? '').matchAll(/\s+([\w:-]+)(?:="[^"]*")?/g)].map((name) => name[1]!.toLowerCase()));
const tagNames = (page: string) => tags(page).flatMap((match) => (match[1] ? [match[1].toLowerCase()] : []));
/** What is left once our tags are taken out: the text, where no `<` may remain (CSS aside, which has none). */
const textOnly = (page: string) => page.replace(TAG, '');
const count = (page: string, pattern: RegExp) => [...page.matchAll(pattern)].length;
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
    for (const page of [renderReportHtml(fullReport()), renderReportHtml(emptyReport()), renderReportHtml(hostileReport())]) {
      expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
      expect(page).toContain('<meta charset="utf-8">');
      expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;;`);
      expect(page).not.toMatch(/<script/i);
      expect(page).not.toMatch(/@import|url\(|https?:\/\//i);
      expect(page).not.toMatch(/NaN|Infinity|undefined|\[object /);
      expect(tagNames(page).filter((tag) => !OUR_TAGS.has(tag))).toEqual([]);
      expect(attributeNames(page).filter((name) => name.startsWith('on') || ['src', 'href', 'xlink:href', 'srcset', 'action', 'formaction'].includes(name))).toEqual([]);
      expect(textOnly(page)).not.toContain('<');
    }
  });

  it('references nothing at all, not even in text, when the text is harmless', () => {
    for (const page of [renderReportHtml(fullReport()), renderReportHtml(emptyReport())]) expect(page).not.toMatch(/\b(src|href|srcset|action)\s*=/i);
  });

  it('shows every section of a full report, with the team’s Swedish text intact', () => {
    const page = renderReportHtml(fullReport());
    for (const id of ['tested', 'learned', 'decided', 'opened', 'loop-health', 'assumption-map', 'customer-focus']) expect(page).toContain(`<section class="card" id="${id}"`);
    expect(page).toContain('<h1>Sprint 4</h1>');
    expect(page).toContain('<time datetime="2026-10-12">12 Oct</time> – <time datetime="2026-10-25">25 Oct 2026</time> · as of <time datetime="2026-11-25">25 Nov 2026</time>');
    for (const text of ['A/B-test – köp utan konto', 'Färjeresenärer planerar efter var färjan är', 'Pendlare vill bli påminda innan periodkortet går ut', 'upptäcka', 'Storö och Lillö']) expect(page).toContain(text);
    expect(page).toContain('n = 21\u202f870');
    expect(page).toContain('<span class="pill inconclusive">inconclusive</span>');
  });

  it('makes the stuck parts of the loop prominent and names them', () => {
    const page = renderReportHtml(fullReport());
    expect(page).toContain('<div class="stat hot" data-figure="insight not acted on"><span class="num">1</span>');
    expect(page).toContain('<div class="stat hot" data-figure="decision taken without evidence"><span class="num">1</span>');
    expect(page).toMatch(/data-stuck="not-acted-on" data-count="1">[\s\S]*?Pilotgruppen öppnar fyra av tio notiser/);
    expect(page).toMatch(/data-stuck="decided-without-evidence" data-count="1">[\s\S]*?Färjeresenärer planerar efter var färjan är/);
    expect(page).toContain('<span class="pill hot">no evidence behind it</span>');
    expect(page).toContain('50%');
    expect(page).toContain('3.5<span class="unit">days</span>');
    expect(page).toContain('1<span class="unit">day</span>');
  });

  it('draws the three charts with their values as data attributes', () => {
    const page = renderReportHtml(fullReport());
    for (const kind of ['funnel', 'outcomes', 'assumption-map']) {
      expect(chartOf(page, kind)).toMatch(new RegExp(`^<svg class="chart" data-chart="${kind}" role="img" aria-label="[^"]+" viewBox="0 0 \\d+ \\d+" width="\\d+" height="\\d+"><title>`));
    }
    const funnel = chartOf(page, 'funnel');
    expect([...funnel.matchAll(/data-step="(\w+)" data-value="(\d+)"/g)].map((match) => `${match[1]}=${match[2]}`)).toEqual(['hypotheses=9', 'tested=5', 'insights=4', 'decisions=3']);
    const outcomes = chartOf(page, 'outcomes');
    expect(count(outcomes, /<g data-period=/g)).toBe(3);
    expect(outcomes).toContain('<g data-period="Sprint 3" data-supports="2" data-refutes="0" data-inconclusive="0" data-total="2">');
    expect(outcomes).toContain('data-period="Sprint 4" data-supports="0" data-refutes="0" data-inconclusive="1" data-total="1" data-current="true"');
    expect([...outcomes.matchAll(/data-outcome="(\w+)" data-value="(\d+)"/g)].map((match) => `${match[1]}=${match[2]}`)).toEqual(['refutes=1', 'supports=2', 'inconclusive=1']);
    for (const outcome of ['supports', 'refutes', 'inconclusive']) expect(outcomes).toContain(`data-legend="${outcome}"`);
    const map = chartOf(page, 'assumption-map');
    expect(count(map, /<circle data-id=/g)).toBe(3);
    expect(map).toContain('<g data-quadrant="test-next" data-count="1">');
    expect(map).toContain('<circle data-id="turister-hittar-appen" data-importance="high" data-evidence="none" data-status="open" data-test-next="true"');
    expect(map).toContain('<g data-quadrant="minor-evidenced" data-count="1">');
  });

  it('renders an empty period without gaps or broken numbers', () => {
    const page = renderReportHtml(emptyReport());
    expect(page).toContain('<h1>12 Nov 2026 – 25 Nov 2026</h1>');
    for (const text of ['No experiment finished in this period.', 'No insight was recorded', 'No decision was taken', 'No hypothesis was opened']) expect(page).toContain(text);
    expect([...chartOf(page, 'funnel').matchAll(/data-value="(\d+)"/g)].map((match) => match[1])).toEqual(['0', '0', '0', '0']);
    expect(count(chartOf(page, 'outcomes'), /<g data-period=/g)).toBe(2);
    expect(count(chartOf(page, 'outcomes'), /data-outcome=/g)).toBe(0);
    expect(count(chartOf(page, 'assumption-map'), /<circle/g)).toBe(0);
    expect(page).toContain('<div class="stat calm" data-figure="insights not acted on"><span class="num">0</span>');
    expect(page).toContain('id="warnings"');
  });

  it('escapes hostile text in content, attributes and SVG', () => {
    const page = renderReportHtml(hostileReport());
    expect(page).not.toContain('<img');
    expect(page).not.toContain('"><script>');
    expect(page).not.toContain("' onmouseover='x");
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&#39; onmouseover=&#39;x');
    expect(page).toContain('&amp;amp;');
    // In attributes and inside the charts too.
    expect(page).toContain('data-id="&#39; onmouseover=&#39;x"');
    expect(page).toContain('data-stage="&lt;img src=x onerror=alert(1)&gt;"');
    expect(chartOf(page, 'outcomes')).toContain('data-period="&lt;img src=x onerror=alert(1)&gt;"');
    expect(chartOf(page, 'assumption-map')).toContain('<circle data-id="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(chartOf(page, 'assumption-map')).toMatch(/<text class="dot-label"[^>]*>&lt;img src=x onerror=alert\(1\)&gt;<\/text>/);
    expect(page).toContain('<title>Learning loop · &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
  });
});
