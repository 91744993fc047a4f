// `hypo report --format html`: the learning-loop report as one self-contained page for
// the sprint review, on screen and printed. Nothing is fetched (a CSP forbids it, see
// html-page.ts) and no script runs; the charts are inline SVG (report-svg.ts). Every
// piece of the team's text is interpolated through `html`, which escapes it.
import { ACTED_ON_ORDER } from '../report/acted-model.js';
import { startsAfterReportDay } from '../report/future-period.js';
import type { DecidedItem, JourneyStage, LearnedItem, LearningLoopReport, OpenedItem, QualityShare, TestedItem } from '../report/loop-model.js';
import type { NextItem } from '../report/next-model.js';
import { customerFocusLeftOut, customerShareWords, noHypothesesJudged, qualityCount, qualityPassing, reportWarnings, riskWords } from './figures.js';
import { time, timeRange } from './html-dates.js';
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
import { JOURNEY_RULES, journeyMapHtml } from './journey-html.js';
import { messages, type Translator } from './messages/index.js';
import { cpiWords, testedValueWords } from './metric-words.js';
import { reasonText, whyText } from './next-reasons.js';
import { assumptionMapChart, funnelChart, OUTCOME_COLORS, outcomesChart } from './report-svg.js';

// Pills and the count beside a section's title are the same rounded badge.
const BADGE_SHAPE = html`border-radius: 999px; padding: 1px 10px;`;

const STYLE = html`<style>
${rootRule(OUTCOME_COLORS)}
${BASE_RULES}
h2 .count { font-size: 15px; font-weight: 600; color: var(--muted); background: var(--soft); ${BADGE_SHAPE} }
${MASTHEAD_RULES}
.glance { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; margin-bottom: 12px; }
.glance.stuck { grid-template-columns: repeat(2, 1fr); margin-bottom: 32px; }
.stat { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 16px 18px; }
.num { display: block; font-size: 44px; font-weight: 700; line-height: 1.05; font-variant-numeric: tabular-nums; }
.what { color: var(--muted); font-size: 15px; }
.stat.hot { border: 2px solid var(--hot); background: var(--hot-bg); }
.stat.hot .num { color: var(--hot); }
.stat.calm .num { color: var(--ok); }
${CARD_RULE}
.item { padding: 14px 0; border-top: 1px solid var(--line); }
.item:first-of-type { border-top: 0; padding-top: 0; }
.item-head { display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
.meta { color: var(--muted); font-size: 14px; margin: 4px 0 0; }
.text { margin: 8px 0 0; white-space: pre-line; max-width: 75ch; }
.links { margin: 6px 0 0; font-size: 14px; color: var(--muted); }
.links li { color: var(--ink); }
code { font: 12.5px ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; color: var(--muted); overflow-wrap: anywhere; }
.pill { display: inline-block; font-size: 13px; font-weight: 600; ${BADGE_SHAPE} border: 1px solid currentColor; white-space: nowrap; }
.pill.supports { color: var(--supports); } .pill.refutes { color: var(--refutes); } .pill.inconclusive, .pill.neutral { color: var(--muted); }
.pill.hot { color: #fff; background: var(--hot); border-color: var(--hot); }
.empty { color: var(--muted); font-style: italic; margin: 0; }
.callouts { display: grid; grid-template-columns: repeat(2, 1fr); gap: 16px; margin-bottom: 20px; }
.callout { border-radius: 10px; padding: 16px 18px; border: 1px solid var(--line); }
.callout.hot { border: 2px solid var(--hot); background: var(--hot-bg); }
.callout h3 { display: flex; gap: 12px; align-items: baseline; }
.callout .num { font-size: 36px; display: inline; }
.callout.hot .num { color: var(--hot); } .callout.calm .num { color: var(--ok); }
.callout p { margin: 6px 0 0; color: var(--muted); font-size: 14px; }
.callout ul, .plain { margin: 8px 0 0; padding-left: 20px; }
.reasons { margin: 6px 0 0; padding-left: 20px; font-size: 14px; }
.metrics { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; margin-bottom: 20px; }
.scope { margin: 0 0 10px; }
.acted-on { margin: 0 0 10px; } .acted-on .hot { color: var(--hot); font-weight: 700; }
.metrics .stat { background: var(--soft); border: 0; }
.metrics .num { font-size: 30px; }
.metrics.quality { grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); margin-bottom: 8px; }
.unit { font-size: 16px; font-weight: 600; color: var(--muted); margin-left: 4px; }
${FIGURE_RULES}
svg.chart[data-chart="assumption-map"] { width: 100%; }
${CHART_TEXT_RULES}
.period-label.current { font-weight: 700; fill: var(--ink); }
.bar-value { font-size: 18px; font-weight: 700; } .bar-total { font-size: 13px; font-weight: 700; }
.dot-label { font-size: 12.5px; fill: var(--ink); }
.quadrant-name { font-size: 12px; font-weight: 700; fill: var(--muted); text-transform: uppercase; letter-spacing: 0.04em; }
.quadrant-name.hot { fill: var(--hot); }
.key { font-size: 13px; color: var(--muted); margin: 10px 0 0; display: flex; gap: 16px; flex-wrap: wrap; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 6px; }
.split { display: flex; height: 14px; border-radius: 7px; overflow: hidden; background: var(--line); margin: 10px 0; max-width: 520px; }
.split span { display: block; }
.journey { list-style: none; padding: 0; margin: 16px 0 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 10px; }
.journey li { border: 1px solid var(--line); border-radius: 10px; padding: 12px 14px; }
.journey li.guessing { border-color: var(--warn); background: var(--warn-bg); }
.journey strong, .stage-count { display: block; } .stage-count { font-size: 15px; }
.journey .pill { margin-top: 6px; color: var(--warn); }
${JOURNEY_RULES}
${WARNINGS_RULE}
.sub { margin-top: 22px; } .stat.bare { border: 0; padding: 0; }
${FOOTER_RULE}
@media (max-width: 760px) { .glance, .metrics { grid-template-columns: repeat(2, 1fr); } .charts, .callouts, .glance.stuck { grid-template-columns: 1fr; } }
@media print {
${PRINT_PAGE_RULES}
  section.card, .stat, .metrics .stat, .callout, .journey li, .journey li.guessing, .warnings { background: none; border-color: #999; }
  .glance { grid-template-columns: repeat(4, 1fr); } .metrics { grid-template-columns: repeat(3, 1fr); }
  .metrics.quality { grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); }
  .glance.stuck, .callouts { grid-template-columns: repeat(2, 1fr); }
  section.card { border: 0; padding: 0; margin-bottom: 18pt; border-radius: 0; }
  h1 { font-size: 26pt; } .num { font-size: 26pt; } .metrics .num, .callout .num { font-size: 20pt; }
  .stat.hot, .callout.hot { border: 2pt solid var(--hot); }
  h2, h3, figure, .item, .stat, .callout, .glance, .metrics, .journey li { break-inside: avoid; page-break-inside: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .charts { gap: 12pt; }
}
</style>`;

// Narrow no-break spaces group thousands the same way in English and Swedish readings.
const grouped = (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
const percent = (share: number | null, t: Translator) => (share === null ? '–' : t.percent(share));

function section(id: string, title: string, count: number | null, body: HtmlValue): SafeHtml {
  const badge = count === null ? '' : html` <span class="count">${count}</span>`;
  const heading = html`<h2 id="${id}-title">${title}${badge}</h2>`;
  return html`<section class="card" id="${id}" aria-labelledby="${id}-title">${heading}${body}</section>`;
}

const emptyNote = (text: string) => html`<p class="empty">${text}</p>`;

/** The items of a section, or a note saying there were none. */
function itemsOr<T>(items: readonly T[], render: (item: T, index: number) => SafeHtml, none: string): HtmlValue {
  return items.length ? items.map((item, index) => render(item, index)) : emptyNote(none);
}

/** The page in English; `renderReportHtmlIn` writes it in another language. */
export function renderReportHtml(report: LearningLoopReport): string {
  return renderReportHtmlIn(report, messages('en'));
}

export function renderReportHtmlIn(report: LearningLoopReport, t: Translator): string {
  const { period, metrics } = report;
  const day = t.day;
  const range = timeRange(period.since, period.until, t.lang);
  const heading = period.label ?? `${day(period.since)} – ${day(period.until)}`;
  const nameOf = (id: string) => report.titles[id]?.title ?? id;
  const named = (ids: readonly string[]) => html`<ul class="plain">${ids.map((id) => html`<li>${nameOf(id)} <code>${id}</code></li>`)}</ul>`;
  const notActedOn = metrics.notActedOn.length;
  const withoutEvidence = metrics.decidedWithoutEvidence.length;
  const tested = itemsOr(report.tested, (item) => testedItem(item, nameOf, t), t('html.empty.tested'));
  const learned = itemsOr(report.learned, (item) => learnedItem(item, nameOf, metrics.notActedOn, t), t('html.empty.learned'));
  const decided = itemsOr(report.decided, (item) => decidedItem(item, nameOf, metrics.decidedWithoutEvidence, t), t('html.empty.decided'));
  const opened = itemsOr(report.opened, (item) => openedItem(item, t), t('html.empty.opened'));
  const allWarnings = reportWarnings(report, t);
  const warningList = html`<ul class="plain">${allWarnings.map((warning) => html`<li>${warning}</li>`)}</ul>`;
  // Not a section() like the others: it has no count, and its own colour.
  const warnings = allWarnings.length
    ? html`<section class="card warnings" id="warnings" aria-labelledby="warnings-title"><h2 id="warnings-title">${t('heading.warnings')}</h2>${warningList}</section>`
    : '';
  const content = html`<header class="masthead">
<p class="eyebrow">${t('heading.eyebrow')}</p>
<h1>${heading}</h1>
<p class="dates">${period.label === null ? '' : html`${range} · `}${t('html.asOfLead')}${time(report.asOf, true, t.lang)}</p>
</header>
<div class="glance" role="group" aria-label="${t('html.atAGlance')}">
${stat(metrics.experimentsDone, t('html.experimentsFinished', { n: metrics.experimentsDone }))}
${stat(metrics.insights, t('html.insightsRecorded', { n: metrics.insights }))}
${stat(metrics.decisions, t('html.decisionsTaken', { n: metrics.decisions }))}
${stat(metrics.hypothesesOpened, t('html.hypothesesOpened', { n: metrics.hypothesesOpened }))}
</div>
<div class="glance stuck" role="group" aria-label="${t('html.whereStuck')}">
${stat(notActedOn, t('html.insightsNotActedOn', { n: notActedOn }), true)}
${stat(withoutEvidence, t('html.decisionsWithoutEvidenceTaken', { n: withoutEvidence }), true)}
</div>
<main>
${section('tested', t('heading.tested'), report.tested.length, tested)}
${section('learned', t('heading.learned'), report.learned.length, learned)}
${section('decided', t('heading.decided'), report.decided.length, decided)}
${section('opened', t('heading.opened'), report.opened.length, opened)}
${section('loop-health', t('heading.loopHealth'), null, loopHealth(report, named, t))}
${section('assumption-map', t('heading.assumptionMap'), null, assumptionMap(report, t))}
${section(
  'test-next',
  t('heading.testNext'),
  report.testNext.length,
  itemsOr(report.testNext, (item, index) => testNextItem(item, index, t), t('html.empty.testNext', { why: t('empty.testNext') })),
)}
${section('customer-focus', t('heading.customerFocus'), null, customerFocus(report, t))}
${section('journey', t('heading.journeyMap'), null, startsAfterReportDay(report) ? emptyNote(t('empty.journeyMapNotStarted')) : journeyMapHtml(report.journey, t))}
${warnings}
</main>
<footer>${t('html.footer', { heading, since: day(period.since), until: day(period.until), asOf: day(report.asOf) })}</footer>`;
  return htmlPage(`${t('html.pageTitle')} · ${heading}`, STYLE, content, t.lang);
}

/** A big number with its caption; `stuck` figures turn red when above zero, because those are what the review is for. */
function stat(value: number, what: string, stuck = false): SafeHtml {
  const tone = stuck ? (value > 0 ? ' hot' : ' calm') : '';
  return html`<div class="stat${tone}" data-figure="${what}"><span class="num">${value}</span><span class="what">${what}</span></div>`;
}

/** A figure with its caption, without the data-figure of the at-a-glance stats. */
function metric(value: HtmlValue, what: string, className = 'stat'): SafeHtml {
  return html`<div class="${className}"><span class="num">${value}</span><span class="what">${what}</span></div>`;
}

type NameOf = (id: string) => string;

const pill = (tone: string, text: string) => html`<span class="pill ${tone}">${text}</span>`;

/** The title of an item with its pills beside it. */
const itemHead = (title: string, ...pills: HtmlValue[]) => html`<div class="item-head"><h3>${title}</h3>${pills}</div>`;

/** The meta line of an item that is dated by one day: the day and the id. */
const dateAndId = (date: string, id: string, t: Translator) => html`<p class="meta">${time(date, true, t.lang)} · <code>${id}</code></p>`;

function testedItem(item: TestedItem, nameOf: NameOf, t: Translator): SafeHtml {
  const outcome = item.outcome ? pill(item.outcome, t.word('outcome', item.outcome)) : pill('neutral', t('item.noOutcome'));
  const sample = item.sample === null ? '' : html` · n = ${grouped(item.sample)}`;
  const numbers = testedValueWords(item, t);
  return html`<article class="item" data-id="${item.id}">${itemHead(item.title, outcome)}
<p class="meta">${t.word('method', item.method)}${sample} · ${t('html.ended')} ${time(item.end, true, t.lang)} · <code>${item.id}</code></p>
${item.summary.trim() ? html`<p class="text">${item.summary.trim()}</p>` : ''}
${numbers ? html`<p class="meta numbers">${numbers}</p>` : ''}
${linkedRecords(t('col.tested'), item.hypotheses, nameOf)}</article>`;
}

function learnedItem(item: LearnedItem, nameOf: NameOf, notActedOn: readonly string[], t: Translator): SafeHtml {
  const basis = item.basis.map(
    (entry) =>
      html`<span class="link">${nameOf(entry.id)}</span> (${t.word('method', entry.method)}${entry.outcome ? `, ${t.word('outcome', entry.outcome)}` : ''})`,
  );
  const evidence = item.evidence ? pill('neutral', t.word('insightEvidence', item.evidence)) : '';
  const stuck = notActedOn.includes(item.id) ? pill('hot', t('html.notActedOn')) : '';
  return html`<article class="item" data-id="${item.id}">${itemHead(item.title, evidence, stuck)}
${dateAndId(item.date, item.id, t)}
<p class="text">${item.learned.trim()}</p>
${basis.length ? html`<p class="links">${t('html.from')}: ${joinHtml(basis, ' · ')}</p>` : ''}</article>`;
}

function decidedItem(item: DecidedItem, nameOf: NameOf, withoutEvidence: readonly string[], t: Translator): SafeHtml {
  const guess = withoutEvidence.includes(item.id) ? pill('hot', t('html.noEvidenceBehind')) : '';
  return html`<article class="item" data-id="${item.id}">${itemHead(item.title, pill('neutral', t.word('action', item.action)), guess)}
${dateAndId(item.date, item.id, t)}
<p class="text">${item.summary.trim()}</p>
${linkedRecords(t('html.next'), item.next, nameOf)}</article>`;
}

/** "Tested: a · b", each record by its title; nothing when there are none. */
function linkedRecords(label: string, ids: readonly string[], nameOf: NameOf): SafeHtml | '' {
  if (ids.length === 0) return '';
  return html`<p class="links">${label}: ${joinHtml(
    ids.map((id) => html`<span class="link">${nameOf(id)}</span>`),
    ' · ',
  )}</p>`;
}

function openedItem(item: OpenedItem, t: Translator): SafeHtml {
  return html`<article class="item" data-id="${item.id}">${itemHead(item.title)}${dateAndId(item.created, item.id, t)}</article>`;
}

function callout(ids: readonly string[], title: string, why: string, named: (ids: readonly string[]) => SafeHtml, data: string): SafeHtml {
  const tone = ids.length ? 'hot' : 'calm';
  const heading = html`<h3><span class="num">${ids.length}</span> ${title}</h3>`;
  return html`<div class="callout ${tone}" data-stuck="${data}" data-count="${ids.length}">${heading}<p>${why}</p>${ids.length ? named(ids) : ''}</div>`;
}

/** One entry of a chart's key: a dot in the colour, then what it stands for. */
const keyItem = (color: string, what: string) => html`<span><span class="swatch" style="background:${color}"></span>${what}</span>`;

function loopHealth(report: LearningLoopReport, named: (ids: readonly string[]) => SafeHtml, t: Translator): SafeHtml {
  const { metrics } = report;
  const days = (value: number | null, what: string) =>
    metric(value === null ? '–' : html`${t.number(value)}<span class="unit">${t('html.days', { n: value })}</span>`, what);
  const outcomes = (['supports', 'refutes', 'inconclusive'] as const).map((outcome) =>
    keyItem(OUTCOME_COLORS[outcome], `${metrics.outcomes[outcome]} ${t.word('outcome', outcome)}`),
  );
  const notActedOn = callout(
    metrics.notActedOn,
    t('html.insightsNotActedOn', { n: metrics.notActedOn.length }),
    t('html.notActedOnWhy'),
    named,
    'not-acted-on',
  );
  const withoutEvidence = callout(
    metrics.decidedWithoutEvidence,
    t('html.decisionsWithoutEvidence', { n: metrics.decidedWithoutEvidence.length }),
    t('html.withoutEvidenceWhy'),
    named,
    'decided-without-evidence',
  );
  // The medians are not of the period alone: beside a count of 0 decisions there can be a median time to decision.
  const scope =
    metrics.mediansUpTo === null
      ? ''
      : html`<p class="meta scope">${t('html.mediansLead')}${time(metrics.mediansUpTo, true, t.lang)}${t('html.mediansTail')}</p>`;
  const per = report.period.label === null ? t('html.outcomesPerPeriod') : t('html.outcomesPerSprint');
  const history = outcomesChart(report.outcomeHistory, report.period, t);
  return html`<div class="callouts">
${notActedOn}
${withoutEvidence}
</div>
${actedOn(metrics.actedOn, t)}
${scope}
<div class="metrics">
${metric(percent(metrics.shareBeingTested, t), t('html.beingTested'))}
${days(metrics.medianDays.toFirstExperiment, t('html.median.toFirstExperiment'))}
${days(metrics.medianDays.experimentToInsight, t('html.median.experimentToInsight'))}
${days(metrics.medianDays.insightToDecision, t('html.median.insightToDecision'))}
${days(metrics.cycleDays.toTesting, t('html.median.toTesting'))}
${days(metrics.cycleDays.toOutcome, t('html.median.toOutcome'))}
${days(metrics.actedOn?.medianDays.decisionToCommit ?? null, t('html.median.decisionToCommit'))}
${days(metrics.actedOn?.medianDays.hypothesisToCode ?? null, t('html.median.hypothesisToCode'))}
</div>
${quality(metrics.quality, named, t)}
<div class="charts">
<figure><figcaption>${t('html.loopSoFar')}</figcaption>${funnelChart(report.funnel, t)}</figure>
<figure><figcaption>${per}</figcaption>${history}<p class="key">${t('html.thisPeriod')}: ${outcomes}</p></figure>
</div>
${metrics.stale.length ? html`<h3 class="sub">${t('html.stale')} · ${metrics.stale.length}</h3>${named(metrics.stale)}` : ''}`;
}

/** The decisions of the period by what the code did; the stuck states red when above zero, as the callouts are. */
function actedOn(figures: LearningLoopReport['metrics']['actedOn'], t: Translator): SafeHtml {
  if (figures === null) return html`<p class="meta acted-on" data-acted-on="unknown">${t('html.actedOn')}: – (${t('loop.noCommits')}).</p>`;
  const counts = ACTED_ON_ORDER.map((state) => {
    const count = figures.states[state];
    const hot = (state === 'overdue' || state === 'code-remains') && count > 0;
    return html`<span data-state="${state}"${hot ? html` class="hot"` : ''}>${count} ${t.word('acted', state)}</span>`;
  });
  return html`<p class="meta acted-on">${t('html.actedOnPeriod')}: ${joinHtml(counts, ' · ')}</p>`;
}

/**
 * Per quality rule of `hypo check` that is on: the share of the hypotheses it applies to that
 * pass, then the failing ones by title and id. Nothing when the config turns every one off.
 */
function quality(shares: readonly QualityShare[], named: (ids: readonly string[]) => SafeHtml, t: Translator): SafeHtml | '' {
  if (shares.length === 0) return '';
  const heading = html`<h3 class="sub">${t('heading.hypothesisQuality')}</h3>`;
  if (noHypothesesJudged(shares)) return html`${heading}${emptyNote(`${t.sentence('empty.quality')}.`)}`;
  const figures = shares.map(
    (share) =>
      html`<div class="stat" data-rule="${share.rule}" data-passed="${share.passed}" data-of="${share.of}"><span class="num">${percent(share.share, t)}</span><span class="what">${qualityPassing(share.rule, t)}: ${qualityCount(share, t)}</span></div>`,
  );
  const failing = shares
    .filter((share) => share.failing.length > 0)
    .map(
      (share) =>
        html`<p class="links" data-failing="${share.rule}">${t('col.failing')} “${qualityPassing(share.rule, t)}” · ${share.failing.length}</p>${named(share.failing)}`,
    );
  return html`${heading}<p class="meta scope">${t('html.qualityLead')}<code>hypo check</code>${t('html.qualityTail')}</p>
<div class="metrics quality">
${figures}
</div>
${failing}`;
}

/** The statuses a finished test leaves, each drawn in the colour of the outcome that leads to it. */
const STATUS_OUTCOMES = { supported: 'supports', refuted: 'refutes', inconclusive: 'inconclusive' } as const;

function assumptionMap(report: LearningLoopReport, t: Translator): SafeHtml {
  const key = [
    ...Object.entries(STATUS_OUTCOMES).map(([status, outcome]) => keyItem(OUTCOME_COLORS[outcome], t.word('status', status))),
    keyItem('#34577c', t('html.openOrTesting')),
    html`<span>${t('html.paleDot')}</span>`,
  ];
  const risk = riskWords(report.assumptionMap, t);
  return html`<figure>${assumptionMapChart(report.assumptionMap, t)}<p class="key">${key}</p>${risk ? html`<p class="meta">${risk}</p>` : ''}</figure>`;
}

/** The top of `hypo next` as of the report day: each hypothesis with its score, reasons and the method to try. */
function testNextItem(item: NextItem, index: number, t: Translator): SafeHtml {
  const rank = index + 1;
  const importance = pill('neutral', item.importance ? t('html.importance', { level: t.word('importance', item.importance) }) : t('html.importanceNotStated'));
  const evidence = pill('neutral', item.evidence === 'none' ? t('map.noEvidence') : t('item.evidence', { level: t.word('evidence', item.evidence) }));
  const suggested = item.suggested
    ? html`<p class="links">${t('html.next')}: <strong>${t.word('method', item.suggested.method)}</strong>, ${whyText(item.suggested.why, t)}</p>`
    : '';
  return html`<article class="item" data-id="${item.id}" data-rank="${rank}" data-score="${item.score}">${itemHead(`${rank}. ${item.title}`, importance, evidence)}
<p class="meta">${t('html.score')} ${t.number(item.score)} · <code>${item.id}</code></p>
<ul class="reasons">${item.reasons.map((reason) => html`<li>${reasonText(reason, t)}</li>`)}</ul>
${suggested}</article>`;
}

/** The customer-focus bar and its key: customer metrics stand out, the rest fade. */
const FOCUS_COLORS = { customer: '#34577c', business: '#9fb3c8' };

function journeyStage(stage: JourneyStage, t: Translator): SafeHtml {
  // The stage's numbers as data-* attributes, so they can be read without parsing the text.
  const data = html`data-stage="${stage.stage}" data-hypotheses="${stage.hypotheses}" data-tested="${stage.tested}" data-supported="${stage.supported}"`;
  const count = html`<span class="stage-count">${t('count.hypotheses', { n: stage.hypotheses })}</span>`;
  const progress = html`<span class="what">${stage.tested} ${t('focus.tested')} · ${stage.supported} ${t('focus.supported')}</span>`;
  return html`<li class="${stage.guessing ? 'guessing' : ''}" ${data}><strong>${stage.stage}</strong>
${count}${progress}${stage.guessing ? html`<br><span class="pill">${t('html.stillGuessing')}</span>` : ''}</li>`;
}

function customerFocus(report: LearningLoopReport, t: Translator): SafeHtml {
  const focus = report.customerFocus;
  const { customer, business, unspecified, customerShare } = focus;
  // The bar counts what the headline counts: hypotheses with a metric type. Those without
  // one are named beside the key, outside the bar.
  const total = customer + business;
  // A part of zero draws nothing, so nothing is divided by a total of zero.
  const part = (value: number, colour: string, what: string) =>
    value ? html`<span style="width:${Math.round((value / total) * 1000) / 10}%;background:${colour}" title="${value} ${what}"></span>` : '';
  const parts = [part(customer, FOCUS_COLORS.customer, t('html.customerMetrics')), part(business, FOCUS_COLORS.business, t('html.businessMetrics'))];
  const key = [
    keyItem(FOCUS_COLORS.customer, t('html.customerCount', { n: customer })),
    keyItem(FOCUS_COLORS.business, t('html.businessCount', { n: business })),
    unspecified ? html`<span>${customerFocusLeftOut(focus, t)}</span>` : '',
  ];
  const headline = customerShare === null ? t('html.noMetricType') : customerShareWords(focus, t);
  const cpi = cpiWords(focus, t);
  const stages = report.journeyCoverage.map((stage) => journeyStage(stage, t));
  // A period not started yet has no coverage, configured stages or not.
  const noStages = startsAfterReportDay(report) ? `${t.sentence('empty.journeyNotStarted')}.` : t('empty.journeyHtml');
  return html`${metric(percent(customerShare, t), headline, 'stat bare')}
${total ? html`<div class="split" aria-hidden="true" data-customer="${customer}" data-business="${business}">${parts}</div>` : ''}
<p class="key">${key}</p>
${cpi ? html`<p class="key cpi">${cpi}</p>` : ''}
<h3 class="sub">${t('heading.journeyCoverage')}</h3>
${stages.length ? html`<ol class="journey">${stages}</ol>` : emptyNote(noStages)}`;
}
