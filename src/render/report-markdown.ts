// `hypo report --format markdown`: the learning loop of a period for a pull-request
// comment or a wiki page. Tables for the records, GitHub alerts for the two lists the
// report exists for (insights not acted on, decisions without evidence), and mermaid
// charts for the loop funnel and the outcomes. Every piece of record text goes through
// escapeMarkdown; mermaid labels hold only counts and fixed words, so no record text
// ever reaches a diagram and its syntax cannot be broken by a title. Words from closed
// lists (methods, outcomes, actions) and dates are escaped too: they come from the
// files, and escaping costs nothing when they are what the schema says.

import { EVIDENCE_LEVELS, OUTCOMES } from '../model/vocabulary.js';
import { ACTED_ON_ORDER } from '../report/acted-model.js';
import { startsAfterReportDay } from '../report/future-period.js';
import type { LearningLoopReport, LoopMetrics, OutcomeCounts, QualityShare } from '../report/loop-model.js';
import {
  countOf,
  customerFocusRest,
  customerShareWords,
  days,
  mediansScope,
  NO_COMMITS,
  noHypothesesJudged,
  percent,
  QUALITY_WORDS,
  qualityCount,
  reportWarnings,
  riskWords,
} from './figures.js';
import { mermaid, table } from './markdown-blocks.js';
import { markdownId, escapeMarkdown as md } from './markdown-escape.js';
import { cpiWords, testedValueWords } from './metric-words.js';
import { nextItemsMarkdown } from './next-markdown.js';
import { NOTHING_TO_TEST } from './next-text.js';

const IMPORTANCE_ROWS = ['high', 'medium', 'low', null] as const;

export function renderReportMarkdown(report: LearningLoopReport): string {
  const blocks = [
    ...header(report),
    ...tested(report),
    ...learned(report),
    ...decided(report),
    ...opened(report),
    ...loopHealth(report),
    ...assumptionMap(report),
    ...testNext(report),
    ...customerFocus(report),
    ...warnings(report),
  ];
  return `${blocks.join('\n\n')}\n`;
}

function header(report: LearningLoopReport): string[] {
  const { period } = report;
  return [
    period.label ? `# Learning loop report: ${md(period.label)}` : '# Learning loop report',
    `${md(period.since)} – ${md(period.until)} · as of ${md(report.asOf)}`,
  ];
}

function tested(report: LearningLoopReport): string[] {
  const heading = `## Tested (${report.tested.length})`;
  if (report.tested.length === 0) return [heading, '_Nothing tested in this period._'];
  const rows = report.tested.map((item) => [
    `**${md(item.title)}**<br>${markdownId(item.id)}`,
    md(item.method),
    item.sample === null ? '–' : String(item.sample),
    item.outcome ? md(item.outcome) : 'no outcome',
    [md(item.summary), ...(testedValueWords(item) ? [md(testedValueWords(item)!)] : [])].join('<br>'),
    item.hypotheses.map((id) => titleOf(id, report)).join('<br>'),
  ]);
  return [heading, table(['Experiment', 'Method', 'Sample', 'Outcome', 'Result', 'Tested'], ['left', 'left', 'right'], rows)];
}

function learned(report: LearningLoopReport): string[] {
  const heading = `## Learned (${report.learned.length})`;
  if (report.learned.length === 0) return [heading, '_No insights in this period._'];
  const rows = report.learned.map((item) => {
    const known = new Set(item.basis.map((basis) => basis.id));
    const basis = [
      ...item.basis.map((basis) => `${md(basis.method)} (${md(basis.outcome ?? 'no outcome')})`),
      ...item.from.filter((id) => !known.has(id)).map((id) => `${markdownId(id)} (no such experiment)`),
    ];
    return [
      `**${md(item.title)}**<br>${markdownId(item.id)}`,
      md(item.learned),
      item.evidence ? md(item.evidence) : '–',
      basis.length > 0 ? basis.join('<br>') : '**no experiment**',
    ];
  });
  return [heading, table(['Insight', 'What we learned', 'Evidence', 'Based on'], [], rows)];
}

function decided(report: LearningLoopReport): string[] {
  const heading = `## Decided (${report.decided.length})`;
  if (report.decided.length === 0) return [heading, '_No decisions in this period._'];
  const rows = report.decided.map((item) => {
    const unfounded = report.metrics.decidedWithoutEvidence.includes(item.id) ? '<br>⚠️ no experiment behind it' : '';
    const started = item.next.map((id) => `${md(report.titles[id]?.kind ?? 'record')}: ${titleOf(id, report)}`);
    return [
      `**${md(item.action)}**`,
      `${md(item.title)}<br>${markdownId(item.id)}${unfounded}`,
      md(item.summary),
      started.length > 0 ? started.join('<br>') : '–',
    ];
  });
  return [heading, table(['Action', 'Insight', 'Decision', 'Started'], [], rows)];
}

function opened(report: LearningLoopReport): string[] {
  const heading = `## Opened (${report.opened.length})`;
  if (report.opened.length === 0) return [heading, '_No new hypotheses in this period._'];
  const rows = report.opened.map((item) => [md(item.title), markdownId(item.id), md(item.created)]);
  return [heading, table(['Hypothesis', 'Id', 'Opened'], [], rows)];
}

function loopHealth(report: LearningLoopReport): string[] {
  const { metrics, funnel } = report;
  const { medianDays, cycleDays } = metrics;
  const rows = [
    ['Hypotheses opened', String(metrics.hypothesesOpened)],
    ['Experiments done', String(metrics.experimentsDone)],
    ['Insights', String(metrics.insights)],
    ['Decisions', String(metrics.decisions)],
    ['Open hypotheses being tested', metrics.shareBeingTested === null ? '–' : percent(metrics.shareBeingTested)],
    ['Acted on (decisions in this period)', actedOnWords(metrics.actedOn)],
  ];
  // The medians are not of the period alone: their heading says what they cover.
  const medians = [
    ['Hypothesis to first experiment', days(medianDays.toFirstExperiment)],
    ['Experiment to insight', days(medianDays.experimentToInsight)],
    ['Insight to decision', days(medianDays.insightToDecision)],
    ['Hypothesis to testing', days(cycleDays.toTesting)],
    ['Hypothesis to outcome', days(cycleDays.toOutcome)],
    ['Decision to first commit', days(metrics.actedOn?.medianDays.decisionToCommit ?? null)],
    ['Hypothesis to first code commit', days(metrics.actedOn?.medianDays.hypothesisToCode ?? null)],
  ];
  const mediansHeading = metrics.mediansUpTo === null ? 'Median days' : `Median days ${md(mediansScope(metrics.mediansUpTo))}`;
  return [
    '## Loop health',
    table(['Measure', 'Value'], ['left', 'right'], rows),
    table([mediansHeading, 'Days'], ['left', 'right'], medians),
    ...quality(metrics.quality),
    ...stuckList('Not acted on', 'insights with no decision yet', 'every insight so far has a decision', metrics.notActedOn, report),
    ...stuckList(
      'Decided without evidence',
      'no done experiment behind the decision',
      'every decision has a done experiment behind it',
      metrics.decidedWithoutEvidence,
      report,
    ),
    '### Stale assumptions',
    metrics.stale.length === 0 ? 'None.' : `${list(metrics.stale, report)}\n\n_\`hypo stale\` says why._`,
    '### Loop funnel',
    'Everything up to the end of the period.',
    mermaid([
      'flowchart LR',
      `  h["${countOf(funnel.hypotheses, 'hypothesis', 'hypotheses')}"] --> t["${funnel.tested} tested"]`,
      `  t --> i["${countOf(funnel.insights, 'insight')}"] --> d["${countOf(funnel.decisions, 'decision')}"]`,
    ]),
    '### Outcomes',
    ...outcomes(metrics.outcomes),
    ...outcomeHistory(report),
  ];
}

/** "2 acted · 0 not-yet · 1 overdue · …": fixed words and counts; "–" and why without the commits. */
function actedOnWords(actedOn: LoopMetrics['actedOn']): string {
  if (actedOn === null) return `– (${NO_COMMITS})`;
  return ACTED_ON_ORDER.map((state) => `${actedOn.states[state]} ${state}`).join(' · ');
}

/** Per quality rule of `hypo check` that is on, the hypotheses that pass and the ids that fail; nothing when every one is off. */
function quality(shares: readonly QualityShare[]): string[] {
  if (shares.length === 0) return [];
  const heading = '### Hypothesis quality';
  if (noHypothesesJudged(shares)) return [heading, '_No hypotheses to judge._'];
  const rows = shares.map((share) => [
    capitalise(QUALITY_WORDS[share.rule].passing),
    md(qualityCount(share)),
    share.share === null ? '–' : percent(share.share),
    share.failing.length > 0 ? share.failing.map(markdownId).join('<br>') : '–',
  ]);
  return [
    heading,
    'Hypotheses not retired, as `hypo check` judges them (it says why each one fails).',
    table(['Criterion', 'Passed', 'Share', 'Failing'], ['left', 'left', 'right'], rows),
  ];
}

/** A GitHub alert, so that the lists the review is about cannot be scrolled past. */
function stuckList(heading: string, meaning: string, none: string, ids: readonly string[], report: LearningLoopReport): string[] {
  if (ids.length === 0) return [`### ${heading}`, `None: ${none}.`];
  const items = list(ids, report)
    .split('\n')
    .map((line) => `> ${line}`);
  return [`### ${heading} (${ids.length})`, ['> [!WARNING]', `> ${capitalise(meaning)}:`, '>', ...items].join('\n')];
}

function outcomes(counts: OutcomeCounts): string[] {
  if (OUTCOMES.every((outcome) => counts[outcome] === 0)) return ['No outcomes in this period.'];
  // Zero slices are left out: mermaid would draw them as empty wedges with labels on top of each other.
  const slices = OUTCOMES.filter((outcome) => counts[outcome] > 0).map((outcome) => `  "${outcome}" : ${counts[outcome]}`);
  return [mermaid(['pie showData', '  title Outcomes of the experiments done in this period', ...slices])];
}

function outcomeHistory(report: LearningLoopReport): string[] {
  if (report.outcomeHistory.length < 2) return [];
  const rows = report.outcomeHistory.map((window) => [md(window.label), ...OUTCOMES.map((outcome) => String(window.outcomes[outcome]))]);
  return ['Outcomes per period, this one last:', table(['Period', ...OUTCOMES], ['left', 'right', 'right', 'right'], rows)];
}

function assumptionMap(report: LearningLoopReport): string[] {
  const items = report.assumptionMap;
  const heading = `## Assumption map (${countOf(items.length, 'hypothesis', 'hypotheses')})`;
  if (items.length === 0) return [heading, '_No hypotheses to map._'];
  const rows = IMPORTANCE_ROWS.map((importance) => {
    const here = items.filter((item) => item.importance === importance);
    return [
      importance ?? 'unrated',
      ...EVIDENCE_LEVELS.map((evidence) => {
        return String(here.filter((item) => item.evidence === evidence).length);
      }),
    ];
  });
  const risk = riskWords(items);
  return [
    heading,
    table(['Importance', 'No evidence', 'Weak', 'Medium', 'Strong'], ['left', 'right', 'right', 'right', 'right'], rows),
    ...(risk ? [risk] : []),
  ];
}

/** The top of `hypo next` as of the report day, as `hypo next --format markdown` lists it. */
function testNext(report: LearningLoopReport): string[] {
  const heading = `## Test next (${report.testNext.length})`;
  if (report.testNext.length === 0) return [heading, `Nothing: ${NOTHING_TO_TEST}.`];
  return [heading, nextItemsMarkdown(report.testNext).join('\n')];
}

/** The customer metrics by CPI, on its own line of the share's paragraph; "" when none names one. */
function cpiLine(focus: LearningLoopReport['customerFocus']): string {
  const words = cpiWords(focus);
  return words ? `<br>\n${md(words)}` : '';
}

function customerFocus(report: LearningLoopReport): string[] {
  const focus = report.customerFocus;
  const rest = customerFocusRest(focus);
  const share =
    focus.customerShare === null
      ? 'No hypothesis has a metric_type.'
      : `**${percent(focus.customerShare)}**: ${customerShareWords(focus)}${rest.length ? ` (${rest.join('; ')})` : ''}.${cpiLine(focus)}`;
  const stages = report.journeyCoverage;
  if (stages.length === 0) {
    // A period not started yet has no coverage, configured stages or not.
    const none = startsAfterReportDay(report)
      ? '_No journey coverage: the period has not started._'
      : '_No journey stages: list them under `journey` in hypo.config.yaml._';
    return ['## Customer focus', share, none];
  }
  const rows = stages.map((stage) => [
    md(stage.stage),
    String(stage.hypotheses),
    String(stage.tested),
    String(stage.supported),
    stage.guessing ? (stage.hypotheses === 0 ? 'no hypotheses' : '**guessing**') : '',
  ]);
  const guessing = stages.filter((stage) => stage.guessing).map((stage) => md(stage.stage));
  return [
    '## Customer focus',
    share,
    table(['Stage', 'Hypotheses', 'Tested', 'Supported', ''], ['left', 'right', 'right', 'right'], rows),
    guessing.length === 0 ? 'Every stage has a tested hypothesis.' : `Still guessing: ${guessing.join(', ')}.`,
  ];
}

function warnings(report: LearningLoopReport): string[] {
  const all = reportWarnings(report);
  if (all.length === 0) return [];
  return ['## Warnings', all.map((warning) => `- ${md(warning)}`).join('\n')];
}

/** Records by title and id, one list item each; the item starts with fixed markup, so no title can turn it into a heading. */
function list(ids: readonly string[], report: LearningLoopReport): string {
  return ids.map((id) => `- **${titleOf(id, report)}** ${markdownId(id)}`).join('\n');
}

/** A record the report names, escaped: by title, or by id when the report does not know it. */
function titleOf(id: string, report: LearningLoopReport): string {
  return md(report.titles[id]?.title ?? id);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
