// `hypo report --format markdown`: the learning loop of a period for a pull-request
// comment or a wiki page. Tables for the records, GitHub alerts for the two lists the
// report exists for (insights not acted on, decisions without evidence), and mermaid
// charts for the loop funnel and the outcomes. Every piece of record text goes through
// escapeMarkdown; mermaid labels hold only counts and fixed words, so no record text
// ever reaches a diagram and its syntax cannot be broken by a title. Words from closed
// lists (methods, outcomes, actions) and dates are escaped too: they come from the
// files, and escaping costs nothing when they are what the schema says.

import { isCalendarDate } from '../model/dates.js';
import { EVIDENCE_LEVELS, OUTCOMES } from '../model/vocabulary.js';
import { ACTED_ON_ORDER } from '../report/acted-model.js';
import { startsAfterReportDay } from '../report/future-period.js';
import type { LearningLoopReport, LoopMetrics, OutcomeCounts, QualityShare } from '../report/loop-model.js';
import {
  customerFocusRest,
  customerShareWords,
  days,
  noHypothesesJudged,
  percent,
  qualityCount,
  qualityPassing,
  reportWarnings,
  riskWords,
} from './figures.js';
import { mermaid, table } from './markdown-blocks.js';
import { markdownId, escapeMarkdown as md } from './markdown-escape.js';
import { capitalise, messages, type Translator } from './messages/index.js';
import { cpiWords, testedValueWords } from './metric-words.js';
import { nextItemsMarkdown } from './next-markdown.js';

const IMPORTANCE_ROWS = ['high', 'medium', 'low', null] as const;

export function renderReportMarkdown(report: LearningLoopReport, t: Translator = messages('en')): string {
  const blocks = [
    ...header(report, t),
    ...tested(report, t),
    ...learned(report, t),
    ...decided(report, t),
    ...opened(report, t),
    ...loopHealth(report, t),
    ...assumptionMap(report, t),
    ...testNext(report, t),
    ...customerFocus(report, t),
    ...warnings(report, t),
  ];
  return `${blocks.join('\n\n')}\n`;
}

function header(report: LearningLoopReport, t: Translator): string[] {
  const { period } = report;
  return [
    period.label ? `# ${t('heading.title')}: ${md(period.label)}` : `# ${t('heading.title')}`,
    `${md(t.date(period.since))} – ${md(t.date(period.until))} · ${t('period.asOf', { date: md(t.date(report.asOf)) })}`,
  ];
}

function tested(report: LearningLoopReport, t: Translator): string[] {
  const heading = `## ${t('heading.tested')} (${report.tested.length})`;
  if (report.tested.length === 0) return [heading, `_${t.sentence('empty.tested')}._`];
  const rows = report.tested.map((item) => [
    `**${md(item.title)}**<br>${markdownId(item.id)}`,
    md(t.word('method', item.method)),
    item.sample === null ? '–' : String(item.sample),
    item.outcome ? md(t.word('outcome', item.outcome)) : t('item.noOutcome'),
    [md(item.summary), ...(testedValueWords(item, t) ? [md(testedValueWords(item, t)!)] : [])].join('<br>'),
    item.hypotheses.map((id) => titleOf(id, report)).join('<br>'),
  ]);
  return [
    heading,
    table([t('col.experiment'), t('col.method'), t('col.sample'), t('col.outcome'), t('col.result'), t('col.tested')], ['left', 'left', 'right'], rows),
  ];
}

function learned(report: LearningLoopReport, t: Translator): string[] {
  const heading = `## ${t('heading.learned')} (${report.learned.length})`;
  if (report.learned.length === 0) return [heading, `_${t.sentence('empty.learned')}._`];
  const rows = report.learned.map((item) => {
    const known = new Set(item.basis.map((basis) => basis.id));
    const basis = [
      ...item.basis.map((basis) => `${md(t.word('method', basis.method))} (${md(basis.outcome ? t.word('outcome', basis.outcome) : t('item.noOutcome'))})`),
      ...item.from.filter((id) => !known.has(id)).map((id) => t('item.noSuchExperiment', { id: markdownId(id) })),
    ];
    return [
      `**${md(item.title)}**<br>${markdownId(item.id)}`,
      md(item.learned),
      item.evidence ? md(t.word('insightEvidence', item.evidence)) : '–',
      basis.length > 0 ? basis.join('<br>') : `**${t('col.noExperiment')}**`,
    ];
  });
  return [heading, table([t('col.insight'), t('col.whatWeLearned'), t('col.evidence'), t('col.basedOn')], [], rows)];
}

function decided(report: LearningLoopReport, t: Translator): string[] {
  const heading = `## ${t('heading.decided')} (${report.decided.length})`;
  if (report.decided.length === 0) return [heading, `_${t.sentence('empty.decided')}._`];
  const rows = report.decided.map((item) => {
    const unfounded = report.metrics.decidedWithoutEvidence.includes(item.id) ? `<br>⚠️ ${t('item.noExperimentBehind')}` : '';
    const started = item.next.map((id) => {
      const kind = report.titles[id]?.kind;
      return `${md(kind ? t.word('kind', kind) : t('item.record'))}: ${titleOf(id, report)}`;
    });
    return [
      `**${md(t.word('action', item.action))}**`,
      `${md(item.title)}<br>${markdownId(item.id)}${unfounded}`,
      md(item.summary),
      started.length > 0 ? started.join('<br>') : '–',
    ];
  });
  return [heading, table([t('col.action'), t('col.insight'), t('col.decision'), t('col.started')], [], rows)];
}

function opened(report: LearningLoopReport, t: Translator): string[] {
  const heading = `## ${t('heading.opened')} (${report.opened.length})`;
  if (report.opened.length === 0) return [heading, `_${t.sentence('empty.opened')}._`];
  const rows = report.opened.map((item) => [md(item.title), markdownId(item.id), md(isCalendarDate(item.created) ? t.date(item.created) : item.created)]);
  return [heading, table([t('col.hypothesis'), t('col.id'), t('col.opened')], [], rows)];
}

function loopHealth(report: LearningLoopReport, t: Translator): string[] {
  const { metrics, funnel } = report;
  const { medianDays, cycleDays } = metrics;
  const rows = [
    [t('measure.hypothesesOpened'), String(metrics.hypothesesOpened)],
    [t('measure.experimentsDone'), String(metrics.experimentsDone)],
    [t('measure.insights'), String(metrics.insights)],
    [t('measure.decisions'), String(metrics.decisions)],
    [t('measure.beingTested'), metrics.shareBeingTested === null ? '–' : percent(metrics.shareBeingTested, t)],
    [t.sentence('loop.actedOnHeading'), actedOnWords(metrics.actedOn, t)],
  ];
  // The medians are not of the period alone: their heading says what they cover.
  const medians = [
    [t.sentence('median.toFirstExperiment'), days(medianDays.toFirstExperiment, t)],
    [t.sentence('median.experimentToInsight'), days(medianDays.experimentToInsight, t)],
    [t.sentence('median.insightToDecision'), days(medianDays.insightToDecision, t)],
    [t.sentence('median.toTesting'), days(cycleDays.toTesting, t)],
    [t.sentence('median.toOutcome'), days(cycleDays.toOutcome, t)],
    [t.sentence('median.decisionToCommit'), days(metrics.actedOn?.medianDays.decisionToCommit ?? null, t)],
    [t.sentence('median.hypothesisToCode'), days(metrics.actedOn?.medianDays.hypothesisToCode ?? null, t)],
  ];
  const mediansHeading =
    metrics.mediansUpTo === null
      ? t('heading.medianDays')
      : `${t('heading.medianDays')} ${md(t('period.mediansScope', { date: t.date(metrics.mediansUpTo) }))}`;
  return [
    `## ${t('heading.loopHealth')}`,
    table([t('col.measure'), t('col.value')], ['left', 'right'], rows),
    table([mediansHeading, t('col.days')], ['left', 'right'], medians),
    ...quality(metrics.quality, t),
    ...stuckList(t('heading.notActedOn'), t('loop.notActedOnMeaning'), t('md.everyInsightDecided'), metrics.notActedOn, report, t),
    ...stuckList(
      t('heading.decidedWithoutEvidence'),
      t('loop.withoutEvidenceMeaning'),
      t('md.everyDecisionEvidenced'),
      metrics.decidedWithoutEvidence,
      report,
      t,
    ),
    `### ${t('heading.staleAssumptions')}`,
    metrics.stale.length === 0 ? t('md.none') : `${list(metrics.stale, report)}\n\n_${t('md.staleWhy')}_`,
    `### ${t('heading.loopFunnel')}`,
    t('md.funnelScope'),
    mermaid([
      'flowchart LR',
      `  h["${t('count.hypotheses', { n: funnel.hypotheses })}"] --> t["${t('md.funnelTested', { n: funnel.tested })}"]`,
      `  t --> i["${t('count.insights', { n: funnel.insights })}"] --> d["${t('count.decisions', { n: funnel.decisions })}"]`,
    ]),
    `### ${t('heading.outcomes')}`,
    ...outcomes(metrics.outcomes, t),
    ...outcomeHistory(report, t),
  ];
}

/** "2 acted · 0 not-yet · 1 overdue · …": fixed words and counts; "–" and why without the commits. */
function actedOnWords(actedOn: LoopMetrics['actedOn'], t: Translator): string {
  if (actedOn === null) return `– (${t('loop.noCommits')})`;
  return ACTED_ON_ORDER.map((state) => `${actedOn.states[state]} ${t.word('acted', state)}`).join(' · ');
}

/** Per quality rule of `hypo check` that is on, the hypotheses that pass and the ids that fail; nothing when every one is off. */
function quality(shares: readonly QualityShare[], t: Translator): string[] {
  if (shares.length === 0) return [];
  const heading = `### ${t('heading.hypothesisQuality')}`;
  if (noHypothesesJudged(shares)) return [heading, `_${t.sentence('empty.quality')}._`];
  const rows = shares.map((share) => [
    capitalise(qualityPassing(share.rule, t)),
    md(qualityCount(share, t)),
    share.share === null ? '–' : percent(share.share, t),
    share.failing.length > 0 ? share.failing.map(markdownId).join('<br>') : '–',
  ]);
  return [heading, t('md.qualityScope'), table([t('col.criterion'), t('col.passed'), t('col.share'), t('col.failing')], ['left', 'left', 'right'], rows)];
}

/** A GitHub alert, so that the lists the review is about cannot be scrolled past. */
function stuckList(heading: string, meaning: string, none: string, ids: readonly string[], report: LearningLoopReport, t: Translator): string[] {
  if (ids.length === 0) return [`### ${heading}`, t('md.noneBecause', { why: none })];
  const items = list(ids, report)
    .split('\n')
    .map((line) => `> ${line}`);
  return [`### ${heading} (${ids.length})`, ['> [!WARNING]', `> ${capitalise(meaning)}:`, '>', ...items].join('\n')];
}

function outcomes(counts: OutcomeCounts, t: Translator): string[] {
  if (OUTCOMES.every((outcome) => counts[outcome] === 0)) return [t('empty.outcomes')];
  // Zero slices are left out: mermaid would draw them as empty wedges with labels on top of each other.
  const slices = OUTCOMES.filter((outcome) => counts[outcome] > 0).map((outcome) => `  "${t.word('outcome', outcome)}" : ${counts[outcome]}`);
  return [mermaid(['pie showData', `  title ${t('md.outcomesTitle')}`, ...slices])];
}

function outcomeHistory(report: LearningLoopReport, t: Translator): string[] {
  if (report.outcomeHistory.length < 2) return [];
  const rows = report.outcomeHistory.map((window) => [md(window.label), ...OUTCOMES.map((outcome) => String(window.outcomes[outcome]))]);
  return [
    t('md.outcomesPerPeriod'),
    table([t('col.period'), ...OUTCOMES.map((outcome) => t.word('outcome', outcome))], ['left', 'right', 'right', 'right'], rows),
  ];
}

function assumptionMap(report: LearningLoopReport, t: Translator): string[] {
  const items = report.assumptionMap;
  const heading = `## ${t('heading.assumptionMap')} (${t('count.hypotheses', { n: items.length })})`;
  if (items.length === 0) return [heading, `_${t.sentence('empty.assumptionMap')}._`];
  const rows = IMPORTANCE_ROWS.map((importance) => {
    const here = items.filter((item) => item.importance === importance);
    return [
      importance ? t.word('importance', importance) : t('map.unrated'),
      ...EVIDENCE_LEVELS.map((evidence) => {
        return String(here.filter((item) => item.evidence === evidence).length);
      }),
    ];
  });
  const risk = riskWords(items, t);
  return [
    heading,
    table(
      [t.sentence('map.importance'), t.sentence('map.noEvidence'), t('col.weak'), t('col.medium'), t('col.strong')],
      ['left', 'right', 'right', 'right', 'right'],
      rows,
    ),
    ...(risk ? [risk] : []),
  ];
}

/** The top of `hypo next` as of the report day, as `hypo next --format markdown` lists it. */
function testNext(report: LearningLoopReport, t: Translator): string[] {
  const heading = `## ${t('heading.testNext')} (${report.testNext.length})`;
  if (report.testNext.length === 0) return [heading, `${t.sentence('focus.testNextNothing', { why: t('empty.testNext') })}.`];
  return [heading, nextItemsMarkdown(report.testNext, t).join('\n')];
}

/** The customer metrics by CPI, on its own line of the share's paragraph; "" when none names one. */
function cpiLine(focus: LearningLoopReport['customerFocus'], t: Translator): string {
  const words = cpiWords(focus, t);
  return words ? `<br>\n${md(words)}` : '';
}

function customerFocus(report: LearningLoopReport, t: Translator): string[] {
  const focus = report.customerFocus;
  const rest = customerFocusRest(focus, t);
  const share =
    focus.customerShare === null
      ? t('md.noMetricType')
      : `**${percent(focus.customerShare, t)}**: ${customerShareWords(focus, t)}${rest.length ? ` (${rest.join('; ')})` : ''}.${cpiLine(focus, t)}`;
  const stages = report.journeyCoverage;
  if (stages.length === 0) {
    // A period not started yet has no coverage, configured stages or not.
    const none = startsAfterReportDay(report) ? `_${t.sentence('empty.journeyNotStarted')}._` : `_${t('empty.journeyMarkdown')}_`;
    return [`## ${t('heading.customerFocus')}`, share, none];
  }
  const rows = stages.map((stage) => [
    md(stage.stage),
    String(stage.hypotheses),
    String(stage.tested),
    String(stage.supported),
    stage.guessing ? (stage.hypotheses === 0 ? t('focus.noHypotheses') : `**${t('focus.guessing')}**`) : '',
  ]);
  const guessing = stages.filter((stage) => stage.guessing).map((stage) => md(stage.stage));
  return [
    `## ${t('heading.customerFocus')}`,
    share,
    table(
      [t.sentence('focus.stage'), t.sentence('focus.hypotheses'), t.sentence('focus.tested'), t.sentence('focus.supported'), ''],
      ['left', 'right', 'right', 'right'],
      rows,
    ),
    guessing.length === 0 ? `${t.sentence('focus.everyStageTested')}.` : `${t.sentence('focus.stillGuessing', { stages: guessing.join(', ') })}.`,
  ];
}

function warnings(report: LearningLoopReport, t: Translator): string[] {
  const all = reportWarnings(report, t);
  if (all.length === 0) return [];
  return [`## ${t('heading.warnings')}`, all.map((warning) => `- ${md(warning)}`).join('\n')];
}

/** Records by title and id, one list item each; the item starts with fixed markup, so no title can turn it into a heading. */
function list(ids: readonly string[], report: LearningLoopReport): string {
  return ids.map((id) => `- **${titleOf(id, report)}** ${markdownId(id)}`).join('\n');
}

/** A record the report names, escaped: by title, or by id when the report does not know it. */
function titleOf(id: string, report: LearningLoopReport): string {
  return md(report.titles[id]?.title ?? id);
}
