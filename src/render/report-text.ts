// `hypo report --format text`: the learning loop of a period for the sprint review,
// in an 80-column terminal. What was tested, learned, decided and opened; then where
// the loop is stuck (insights not acted on, decisions without evidence), how many
// hypotheses pass hypo check's quality rules, which beliefs to test next and where on
// the customer journey the team is still guessing.

import { isCalendarDate } from '../model/dates.js';
import type { Outcome } from '../model/vocabulary.js';
import { EVIDENCE_LEVELS, OUTCOMES } from '../model/vocabulary.js';
import { ACTED_ON_ORDER, type ActedState } from '../report/acted-model.js';
import { startsAfterReportDay } from '../report/future-period.js';
import type {
  AssumptionItem,
  DecidedItem,
  LearnedItem,
  LearningLoopReport,
  LoopMetrics,
  OpenedItem,
  OutcomeCounts,
  QualityShare,
  TestedItem,
} from '../report/loop-model.js';
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
import { messages, type Translator } from './messages/index.js';
import { cpiWords, testedValueWords } from './metric-words.js';
import { nextItemsText } from './next-text.js';
import type { Painter } from './painter.js';
import { alignedRows, displayWidth, fitLine, LINE_WIDTH, leadLine, oneLine, type Part, packParts, type Style, wrapParts, wrapText } from './text-layout.js';

const INDENT = '  ';
const DETAIL = '    ';
const IMPORTANCE_ROWS = ['high', 'medium', 'low', null] as const;

type Block = string[];

export function renderReportText(report: LearningLoopReport, paint: Painter, t: Translator = messages('en')): string {
  const blocks: Block[] = [
    header(report, paint, t),
    section(`${t('heading.tested')} (${report.tested.length})`, report.tested, t('empty.tested'), (item) => testedLines(item, report, paint, t), paint),
    section(`${t('heading.learned')} (${report.learned.length})`, report.learned, t('empty.learned'), (item) => learnedLines(item, paint, t), paint),
    section(`${t('heading.decided')} (${report.decided.length})`, report.decided, t('empty.decided'), (item) => decidedLines(item, report, paint, t), paint),
    section(`${t('heading.opened')} (${report.opened.length})`, report.opened, t('empty.opened'), (item) => openedLines(item, paint, t), paint),
    loopHealth(report, paint, t),
    assumptionMap(report, paint, t),
    testNext(report, paint, t),
    customerFocus(report, paint, t),
    warnings(report, paint, t),
  ];
  return `${blocks
    .filter((block) => block.length > 0)
    .map((block) => block.join('\n'))
    .join('\n\n')}\n`;
}

function header(report: LearningLoopReport, paint: Painter, t: Translator): Block {
  const { period } = report;
  const title = period.label ? `${t('heading.title')} · ${period.label}` : t('heading.title');
  return [
    fitLine(title, '', paint.bold),
    ...packParts(
      [{ text: `${t.date(period.since)} – ${t.date(period.until)}` }, { text: t('period.asOf', { date: t.date(report.asOf) }), paint: paint.dim }],
      '',
    ),
  ];
}

function section<T>(heading: string, items: readonly T[], nothing: string, lines: (item: T) => string[], paint: Painter): Block {
  if (items.length === 0) return [paint.bold(heading), paint.dim(`${INDENT}${nothing}`)];
  return [paint.bold(heading), ...items.flatMap(lines)];
}

function testedLines(item: TestedItem, report: LearningLoopReport, paint: Painter, t: Translator): string[] {
  const facts: Part[] = [{ text: item.id, paint: paint.dim }, { text: t.word('method', item.method) }];
  if (item.sample !== null) facts.push({ text: t('item.sample', { n: item.sample }) });
  facts.push(
    item.outcome ? { text: t.word('outcome', item.outcome), paint: outcomeStyle(item.outcome, paint) } : { text: t('item.noOutcome'), paint: paint.dim },
  );
  return [
    fitLine(`• ${item.title}`, INDENT, paint.bold),
    ...packParts(facts, DETAIL),
    ...(item.summary.trim() ? wrapText(item.summary, DETAIL) : []),
    ...wrapText(testedValueWords(item, t) ?? '', DETAIL).filter((line) => line.trim() !== ''),
    ...item.hypotheses.map((id) => fitLine(t('item.tested', { title: titleOf(id, report) }), DETAIL)),
  ];
}

function learnedLines(item: LearnedItem, paint: Painter, t: Translator): string[] {
  const facts: Part[] = [{ text: item.id, paint: paint.dim }, { text: t.date(item.date) }];
  if (item.evidence) facts.push({ text: t('item.evidence', { level: t.word('insightEvidence', item.evidence) }) });
  const known = new Set(item.basis.map((basis) => basis.id));
  const basis: Part[] = [
    ...item.basis.map((basis) => ({
      text: `${t.word('method', basis.method)} (${basis.outcome ? t.word('outcome', basis.outcome) : t('item.noOutcome')})`,
      paint: basis.outcome ? outcomeStyle(basis.outcome, paint) : paint.dim,
    })),
    ...item.from.filter((id) => !known.has(id)).map((id) => ({ text: t('item.noSuchExperiment', { id }), paint: paint.error })),
  ];
  return [
    fitLine(`• ${item.title}`, INDENT, paint.bold),
    ...packParts(facts, DETAIL),
    ...(item.learned.trim() ? wrapText(item.learned, DETAIL) : []),
    ...(basis.length > 0 ? packParts(basis, DETAIL, { lead: t('item.basedOn') }) : [fitLine(t('item.basedOnNothing'), DETAIL, paint.warning)]),
  ];
}

function decidedLines(item: DecidedItem, report: LearningLoopReport, paint: Painter, t: Translator): string[] {
  const facts: Part[] = [{ text: item.id, paint: paint.dim }, { text: t.date(item.date) }];
  if (report.metrics.decidedWithoutEvidence.includes(item.id)) facts.push({ text: t('item.noExperimentBehind'), paint: paint.error });
  return [
    leadLine({ text: `• ${t.word('action', item.action)}: `, paint: paint.ok }, item.title, INDENT, paint.bold),
    ...packParts(facts, DETAIL),
    ...(item.summary.trim() ? wrapText(item.summary, DETAIL) : []),
    ...item.next.map((id) => fitLine(t('item.started', { kind: kindOf(id, report, t), title: titleOf(id, report) }), DETAIL)),
  ];
}

function openedLines(item: OpenedItem, paint: Painter, t: Translator): string[] {
  const created = t('item.opened', { date: isCalendarDate(item.created) ? t.date(item.created) : oneLine(item.created) });
  return [`${fitLine(`• ${item.title}`, INDENT, undefined, LINE_WIDTH - displayWidth(created) - 2)}  ${paint.dim(created)}`];
}

function loopHealth(report: LearningLoopReport, paint: Painter, t: Translator): Block {
  const { metrics } = report;
  const { medianDays, cycleDays, actedOn } = metrics;
  const share = metrics.shareBeingTested === null ? t('loop.noOpenHypotheses') : t('loop.shareTested', { percent: percent(metrics.shareBeingTested, t) });
  return [
    paint.bold(t('heading.loopHealth')),
    ...packParts(
      [
        { text: t('loop.opened', { n: metrics.hypothesesOpened, count: t('count.hypotheses', { n: metrics.hypothesesOpened }) }) },
        { text: t('loop.done', { n: metrics.experimentsDone, count: t('count.experiments', { n: metrics.experimentsDone }) }) },
        { text: t('count.insights', { n: metrics.insights }) },
        { text: t('count.decisions', { n: metrics.decisions }) },
      ],
      INDENT,
    ),
    ...packParts(outcomeParts(metrics.outcomes, paint, t), INDENT, { lead: t('loop.outcomes') }),
    fitLine(t('loop.beingTested', { share }), INDENT),
    ...actedOnLines(metrics.actedOn, paint, t),
    fitLine(mediansHeading(metrics.mediansUpTo, t), INDENT),
    ...alignedRows(
      [
        [{ text: t('median.toFirstExperiment') }, { text: days(medianDays.toFirstExperiment, t) }],
        [{ text: t('median.experimentToInsight') }, { text: days(medianDays.experimentToInsight, t) }],
        [{ text: t('median.insightToDecision') }, { text: days(medianDays.insightToDecision, t) }],
        [{ text: t('median.toTesting') }, { text: days(cycleDays.toTesting, t) }],
        [{ text: t('median.toOutcome') }, { text: days(cycleDays.toOutcome, t) }],
        [{ text: t('median.decisionToCommit') }, { text: days(actedOn?.medianDays.decisionToCommit ?? null, t) }],
        [{ text: t('median.hypothesisToCode') }, { text: days(actedOn?.medianDays.hypothesisToCode ?? null, t) }],
      ],
      DETAIL,
    ),
    ...qualityLines(metrics.quality, paint, t),
    '',
    ...stuckList(t('heading.notActedOn'), t('loop.notActedOnMeaning'), metrics.notActedOn, report, paint, t),
    ...(metrics.notActedOn.length > 0 ? [fitLine(t('loop.decideWith'), DETAIL, paint.dim)] : []),
    ...stuckList(t('heading.decidedWithoutEvidence'), t('loop.withoutEvidenceMeaning'), metrics.decidedWithoutEvidence, report, paint, t),
    ...staleList(metrics.stale, report, paint, t),
  ];
}

/**
 * The decisions of the period by what the code did, under a heading that says they are of
 * the period (the medians below are not): zeros dim, stuck states red, like the outcomes.
 * Without the commits, one dim line says so; its medians show "–" as cycleDays' do without git.
 */
function actedOnLines(actedOn: LoopMetrics['actedOn'], paint: Painter, t: Translator): string[] {
  if (actedOn === null) return [fitLine(t('loop.actedOnUnknown', { why: t('loop.noCommits') }), INDENT, paint.dim)];
  const parts = ACTED_ON_ORDER.map((state) => {
    const count = actedOn.states[state];
    return { text: `${count} ${t.word('acted', state)}`, paint: count === 0 ? paint.dim : actedStyle(state, paint) };
  });
  return [fitLine(t('loop.actedOnHeading'), INDENT), ...packParts(parts, DETAIL)];
}

function actedStyle(state: ActedState, paint: Painter): Style {
  if (state === 'acted') return paint.ok;
  return state === 'overdue' || state === 'code-remains' ? paint.error : paint.warning;
}

/** "median days over everything up to 2026-10-25": the medians are not of the period alone. */
function mediansHeading(upTo: string | null, t: Translator): string {
  return upTo === null ? t('loop.medianDays') : `${t('loop.medianDays')} ${t('period.mediansScope', { date: t.date(upTo) })}`;
}

/**
 * Per quality rule of `hypo check` that is on: what passing means, how many of the hypotheses
 * it applies to pass, the share, and the ids that fail on a dim line under it. Nothing when
 * the config turns every one of them off.
 */
function qualityLines(quality: readonly QualityShare[], paint: Painter, t: Translator): string[] {
  if (quality.length === 0) return [];
  if (noHypothesesJudged(quality)) return [`${INDENT}${t('loop.qualityNone')}${paint.dim(t('empty.quality'))}`];
  const rows = alignedRows(
    quality.map((share) => [
      { text: qualityPassing(share.rule, t) },
      { text: qualityCount(share, t) },
      share.share === null ? { text: '–', paint: paint.dim } : { text: percent(share.share, t) },
    ]),
    DETAIL,
    { right: [2] },
  );
  return [fitLine(t('loop.qualityHeading'), INDENT), ...quality.flatMap((share, index) => [rows[index]!, ...failingLines(share.failing, paint, t)])];
}

/**
 * "failing: a · b", dim, as many ids on a line as fit and the rest hanging under the first:
 * ids are never cut, so they can be copied.
 */
function failingLines(ids: readonly string[], paint: Painter, t: Translator): string[] {
  if (ids.length === 0) return [];
  const lead = `${DETAIL}  ${t('loop.failing')}`;
  const hanging = ' '.repeat(lead.length);
  const lines = wrapParts(
    ids.map((id) => ({ text: id })),
    hanging,
  );
  return lines.map((line, index) => paint.dim(index === 0 ? lead + line.slice(hanging.length) : line));
}

/** The two lists the report exists for: a red mark and each record by title and id, or a green "none". */
function stuckList(heading: string, meaning: string, ids: readonly string[], report: LearningLoopReport, paint: Painter, t: Translator): string[] {
  if (ids.length === 0) return [fitLine(`✔ ${t('loop.none', { heading })}`, INDENT, paint.ok)];
  return [
    `${INDENT}${paint.error(paint.bold(`✖ ${heading} (${ids.length})`))}${paint.dim(`: ${meaning}`)}`,
    ...ids.flatMap((id) => [fitLine(`• ${titleOf(id, report)}`, DETAIL, paint.error), fitLine(id, `${DETAIL}  `, paint.dim)]),
  ];
}

function staleList(ids: readonly string[], report: LearningLoopReport, paint: Painter, t: Translator): string[] {
  const heading = t('heading.staleAssumptions');
  if (ids.length === 0) return [fitLine(`✔ ${t('loop.none', { heading })}`, INDENT, paint.ok)];
  return [
    `${INDENT}${paint.warning(`⚠ ${heading} (${ids.length})`)}${paint.dim(t('loop.staleWhy'))}`,
    ...ids.map((id) => fitLine(`• ${titleOf(id, report)}`, DETAIL)),
  ];
}

function assumptionMap(report: LearningLoopReport, paint: Painter, t: Translator): Block {
  const items = report.assumptionMap;
  const heading = paint.bold(`${t('heading.assumptionMap')} (${t('count.hypotheses', { n: items.length })})`);
  if (items.length === 0) return [heading, paint.dim(`${INDENT}${t('empty.assumptionMap')}`)];
  const rows: Part[][] = [
    [
      { text: t('map.importance'), paint: paint.dim },
      ...EVIDENCE_LEVELS.map((level) => ({ text: level === 'none' ? t('map.noEvidence') : t.word('evidence', level), paint: paint.dim })),
    ],
  ];
  for (const importance of IMPORTANCE_ROWS) {
    const here = items.filter((item) => item.importance === importance);
    rows.push([
      { text: importance ? t.word('importance', importance) : t('map.unrated') },
      ...EVIDENCE_LEVELS.map((evidence) => {
        const count = here.filter((item) => item.evidence === evidence).length;
        return count === 0 ? { text: String(count), paint: paint.dim } : { text: String(count) };
      }),
    ]);
  }
  return [heading, ...alignedRows(rows, INDENT, { right: [1, 2, 3, 4] }), ...riskLine(items, paint, t)];
}

/** The top of `hypo next` as of the report day, printed as `hypo next` prints it. */
function testNext(report: LearningLoopReport, paint: Painter, t: Translator): Block {
  const heading = paint.bold(`${t('heading.testNext')} (${report.testNext.length})`);
  if (report.testNext.length === 0) return [heading, ...wrapText(`✔ ${t('focus.testNextNothing', { why: t('empty.testNext') })}`, INDENT).map(paint.ok)];
  return [heading, ...nextItemsText(report.testNext, paint, INDENT, LINE_WIDTH, t).flatMap((lines, index) => (index === 0 ? lines : ['', ...lines]))];
}

/** How many mapped hypotheses carry each risk type; nothing when no hypothesis states one. */
function riskLine(items: readonly AssumptionItem[], paint: Painter, t: Translator): string[] {
  const words = riskWords(items, t);
  return words ? wrapText(words, INDENT).map(paint.dim) : [];
}

function customerFocus(report: LearningLoopReport, paint: Painter, t: Translator): Block {
  const focus = report.customerFocus;
  const rest = customerFocusRest(focus, t);
  const share =
    focus.customerShare === null
      ? [fitLine(t('focus.noMetricType'), INDENT)]
      : [
          ...wrapText(`${customerShareWords(focus, t)} (${percent(focus.customerShare, t)})`, INDENT),
          ...(rest.length ? [fitLine(rest.join(' · '), INDENT)] : []),
        ];
  const cpi = cpiWords(focus, t);
  const lines = [paint.bold(t('heading.customerFocus')), ...share, ...(cpi ? wrapText(cpi, INDENT) : [])];
  const stages = report.journeyCoverage;
  if (stages.length === 0) return [...lines, paint.dim(`${INDENT}${noJourneyStages(report, t)}`)];
  const rows: Part[][] = [
    [
      { text: t('focus.stage'), paint: paint.dim },
      { text: t('focus.hypotheses'), paint: paint.dim },
      { text: t('focus.tested'), paint: paint.dim },
      { text: t('focus.supported'), paint: paint.dim },
    ],
  ];
  for (const stage of stages) {
    const row: Part[] = [{ text: stage.stage }, { text: String(stage.hypotheses) }, { text: String(stage.tested) }, { text: String(stage.supported) }];
    if (stage.guessing) row.push({ text: stage.hypotheses === 0 ? t('focus.noHypotheses') : t('focus.guessing'), paint: paint.warning });
    rows.push(row);
  }
  const guessing = stages.filter((stage) => stage.guessing).map((stage) => stage.stage);
  return [
    ...lines,
    ...alignedRows(rows, INDENT, { right: [1, 2, 3], maxFirst: 24 }),
    ...(guessing.length === 0
      ? [fitLine(`✔ ${t('focus.everyStageTested')}`, INDENT, paint.ok)]
      : wrapText(t('focus.stillGuessing', { stages: guessing.join(', ') }), INDENT).map(paint.warning)),
  ];
}

/** A period not started yet has no coverage, configured stages or not: no advice to configure them then. */
function noJourneyStages(report: LearningLoopReport, t: Translator): string {
  return startsAfterReportDay(report) ? t('empty.journeyNotStarted') : t('empty.journeyText');
}

function warnings(report: LearningLoopReport, paint: Painter, t: Translator): Block {
  const all = reportWarnings(report, t);
  if (all.length === 0) return [];
  return [paint.bold(t('heading.warnings')), ...all.flatMap((warning) => wrapText(`⚠ ${warning}`, INDENT).map(paint.warning))];
}

function outcomeParts(outcomes: OutcomeCounts, paint: Painter, t: Translator): Part[] {
  return OUTCOMES.map((outcome) => ({
    text: `${outcomes[outcome]} ${t.word('outcome', outcome)}`,
    paint: outcomes[outcome] ? outcomeStyle(outcome, paint) : paint.dim,
  }));
}

function outcomeStyle(outcome: Outcome, paint: Painter): Style {
  return outcome === 'supports' ? paint.ok : outcome === 'refutes' ? paint.error : paint.warning;
}

/** What kind of record a decision started, in the report's language; "record" when the report does not know it. */
function kindOf(id: string, report: LearningLoopReport, t: Translator): string {
  const kind = report.titles[id]?.kind;
  return kind ? t.word('kind', kind) : t('item.record');
}

/** A record the report names, by title; by id when the report does not know it. */
function titleOf(id: string, report: LearningLoopReport): string {
  return report.titles[id]?.title ?? id;
}
