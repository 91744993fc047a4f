// `hypo report --format text`: the learning loop of a period for the sprint review,
// in an 80-column terminal. What was tested, learned, decided and opened; then where
// the loop is stuck (insights not acted on, decisions without evidence), how many
// hypotheses pass hypo check's quality rules, which beliefs to test next and where on
// the customer journey the team is still guessing.

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
import { cpiWords, testedValueWords } from './metric-words.js';
import { NOTHING_TO_TEST, nextItemsText } from './next-text.js';
import type { Painter } from './painter.js';
import { alignedRows, displayWidth, fitLine, LINE_WIDTH, leadLine, oneLine, type Part, packParts, type Style, wrapParts, wrapText } from './text-layout.js';

const INDENT = '  ';
const DETAIL = '    ';
const IMPORTANCE_ROWS = ['high', 'medium', 'low', null] as const;

type Block = string[];

export function renderReportText(report: LearningLoopReport, paint: Painter): string {
  const blocks: Block[] = [
    header(report, paint),
    section(`Tested (${report.tested.length})`, report.tested, 'nothing tested in this period', (item) => testedLines(item, report, paint), paint),
    section(`Learned (${report.learned.length})`, report.learned, 'no insights in this period', (item) => learnedLines(item, paint), paint),
    section(`Decided (${report.decided.length})`, report.decided, 'no decisions in this period', (item) => decidedLines(item, report, paint), paint),
    section(`Opened (${report.opened.length})`, report.opened, 'no new hypotheses in this period', (item) => openedLines(item, paint), paint),
    loopHealth(report, paint),
    assumptionMap(report, paint),
    testNext(report, paint),
    customerFocus(report, paint),
    warnings(report, paint),
  ];
  return `${blocks
    .filter((block) => block.length > 0)
    .map((block) => block.join('\n'))
    .join('\n\n')}\n`;
}

function header(report: LearningLoopReport, paint: Painter): Block {
  const { period } = report;
  const title = period.label ? `Learning loop report · ${period.label}` : 'Learning loop report';
  return [
    fitLine(title, '', paint.bold),
    ...packParts([{ text: `${period.since} – ${period.until}` }, { text: `as of ${report.asOf}`, paint: paint.dim }], ''),
  ];
}

function section<T>(heading: string, items: readonly T[], nothing: string, lines: (item: T) => string[], paint: Painter): Block {
  if (items.length === 0) return [paint.bold(heading), paint.dim(`${INDENT}${nothing}`)];
  return [paint.bold(heading), ...items.flatMap(lines)];
}

function testedLines(item: TestedItem, report: LearningLoopReport, paint: Painter): string[] {
  const facts: Part[] = [{ text: item.id, paint: paint.dim }, { text: item.method }];
  if (item.sample !== null) facts.push({ text: `sample ${item.sample}` });
  facts.push(item.outcome ? { text: item.outcome, paint: outcomeStyle(item.outcome, paint) } : { text: 'no outcome', paint: paint.dim });
  return [
    fitLine(`• ${item.title}`, INDENT, paint.bold),
    ...packParts(facts, DETAIL),
    ...(item.summary.trim() ? wrapText(item.summary, DETAIL) : []),
    ...wrapText(testedValueWords(item) ?? '', DETAIL).filter((line) => line.trim() !== ''),
    ...item.hypotheses.map((id) => fitLine(`tested: ${titleOf(id, report)}`, DETAIL)),
  ];
}

function learnedLines(item: LearnedItem, paint: Painter): string[] {
  const facts: Part[] = [{ text: item.id, paint: paint.dim }, { text: item.date }];
  if (item.evidence) facts.push({ text: `${item.evidence} evidence` });
  const known = new Set(item.basis.map((basis) => basis.id));
  const basis: Part[] = [
    ...item.basis.map((basis) => ({
      text: `${basis.method} (${basis.outcome ?? 'no outcome'})`,
      paint: basis.outcome ? outcomeStyle(basis.outcome, paint) : paint.dim,
    })),
    ...item.from.filter((id) => !known.has(id)).map((id) => ({ text: `${id} (no such experiment)`, paint: paint.error })),
  ];
  return [
    fitLine(`• ${item.title}`, INDENT, paint.bold),
    ...packParts(facts, DETAIL),
    ...(item.learned.trim() ? wrapText(item.learned, DETAIL) : []),
    ...(basis.length > 0 ? packParts(basis, DETAIL, { lead: 'based on ' }) : [fitLine('based on no experiment', DETAIL, paint.warning)]),
  ];
}

function decidedLines(item: DecidedItem, report: LearningLoopReport, paint: Painter): string[] {
  const facts: Part[] = [{ text: item.id, paint: paint.dim }, { text: item.date }];
  if (report.metrics.decidedWithoutEvidence.includes(item.id)) facts.push({ text: 'no experiment behind it', paint: paint.error });
  return [
    leadLine({ text: `• ${item.action}: `, paint: paint.ok }, item.title, INDENT, paint.bold),
    ...packParts(facts, DETAIL),
    ...(item.summary.trim() ? wrapText(item.summary, DETAIL) : []),
    ...item.next.map((id) => fitLine(`started ${report.titles[id]?.kind ?? 'record'}: ${titleOf(id, report)}`, DETAIL)),
  ];
}

function openedLines(item: OpenedItem, paint: Painter): string[] {
  const created = `opened ${oneLine(item.created)}`;
  return [`${fitLine(`• ${item.title}`, INDENT, undefined, LINE_WIDTH - displayWidth(created) - 2)}  ${paint.dim(created)}`];
}

function loopHealth(report: LearningLoopReport, paint: Painter): Block {
  const { metrics } = report;
  const { medianDays, cycleDays, actedOn } = metrics;
  const share =
    metrics.shareBeingTested === null ? 'no open hypotheses' : `${percent(metrics.shareBeingTested)} of open hypotheses have an experiment planned or running`;
  return [
    paint.bold('Loop health'),
    ...packParts(
      [
        { text: `${countOf(metrics.hypothesesOpened, 'hypothesis', 'hypotheses')} opened` },
        { text: `${countOf(metrics.experimentsDone, 'experiment')} done` },
        { text: countOf(metrics.insights, 'insight') },
        { text: countOf(metrics.decisions, 'decision') },
      ],
      INDENT,
    ),
    ...packParts(outcomeParts(metrics.outcomes, paint), INDENT, { lead: 'outcomes: ' }),
    fitLine(`being tested: ${share}`, INDENT),
    ...actedOnLines(metrics.actedOn, paint),
    fitLine(mediansHeading(metrics.mediansUpTo), INDENT),
    ...alignedRows(
      [
        [{ text: 'hypothesis to first experiment' }, { text: days(medianDays.toFirstExperiment) }],
        [{ text: 'experiment to insight' }, { text: days(medianDays.experimentToInsight) }],
        [{ text: 'insight to decision' }, { text: days(medianDays.insightToDecision) }],
        [{ text: 'hypothesis to testing' }, { text: days(cycleDays.toTesting) }],
        [{ text: 'hypothesis to outcome' }, { text: days(cycleDays.toOutcome) }],
        [{ text: 'decision to first commit' }, { text: days(actedOn?.medianDays.decisionToCommit ?? null) }],
        [{ text: 'hypothesis to first code commit' }, { text: days(actedOn?.medianDays.hypothesisToCode ?? null) }],
      ],
      DETAIL,
    ),
    ...qualityLines(metrics.quality, paint),
    '',
    ...stuckList('Not acted on', 'insights with no decision yet', metrics.notActedOn, report, paint),
    ...(metrics.notActedOn.length > 0 ? [fitLine('decide with: hypo decide <id> <action> --summary "…"', DETAIL, paint.dim)] : []),
    ...stuckList('Decided without evidence', 'no done experiment behind the decision', metrics.decidedWithoutEvidence, report, paint),
    ...staleList(metrics.stale, report, paint),
  ];
}

/**
 * The decisions of the period by what the code did, under a heading that says they are of
 * the period (the medians below are not): zeros dim, stuck states red, like the outcomes.
 * Without the commits, one dim line says so; its medians show "–" as cycleDays' do without git.
 */
function actedOnLines(actedOn: LoopMetrics['actedOn'], paint: Painter): string[] {
  if (actedOn === null) return [fitLine(`acted on: – (${NO_COMMITS})`, INDENT, paint.dim)];
  const parts = ACTED_ON_ORDER.map((state) => {
    const count = actedOn.states[state];
    return { text: `${count} ${state}`, paint: count === 0 ? paint.dim : actedStyle(state, paint) };
  });
  return [fitLine('acted on (decisions in this period)', INDENT), ...packParts(parts, DETAIL)];
}

function actedStyle(state: ActedState, paint: Painter): Style {
  if (state === 'acted') return paint.ok;
  return state === 'overdue' || state === 'code-remains' ? paint.error : paint.warning;
}

/** "median days over everything up to 2026-10-25": the medians are not of the period alone. */
function mediansHeading(upTo: string | null): string {
  return upTo === null ? 'median days' : `median days ${mediansScope(upTo)}`;
}

/**
 * Per quality rule of `hypo check` that is on: what passing means, how many of the hypotheses
 * it applies to pass, the share, and the ids that fail on a dim line under it. Nothing when
 * the config turns every one of them off.
 */
function qualityLines(quality: readonly QualityShare[], paint: Painter): string[] {
  if (quality.length === 0) return [];
  if (noHypothesesJudged(quality)) return [`${INDENT}hypothesis quality: ${paint.dim('no hypotheses to judge')}`];
  const rows = alignedRows(
    quality.map((share) => [
      { text: QUALITY_WORDS[share.rule].passing },
      { text: qualityCount(share) },
      share.share === null ? { text: '–', paint: paint.dim } : { text: percent(share.share) },
    ]),
    DETAIL,
    { right: [2] },
  );
  return [
    fitLine('hypothesis quality (hypo check says why)', INDENT),
    ...quality.flatMap((share, index) => [rows[index]!, ...failingLines(share.failing, paint)]),
  ];
}

/**
 * "failing: a · b", dim, as many ids on a line as fit and the rest hanging under the first:
 * ids are never cut, so they can be copied.
 */
function failingLines(ids: readonly string[], paint: Painter): string[] {
  if (ids.length === 0) return [];
  const lead = `${DETAIL}  failing: `;
  const hanging = ' '.repeat(lead.length);
  const lines = wrapParts(
    ids.map((id) => ({ text: id })),
    hanging,
  );
  return lines.map((line, index) => paint.dim(index === 0 ? lead + line.slice(hanging.length) : line));
}

/** The two lists the report exists for: a red mark and each record by title and id, or a green "none". */
function stuckList(heading: string, meaning: string, ids: readonly string[], report: LearningLoopReport, paint: Painter): string[] {
  if (ids.length === 0) return [fitLine(`✔ ${heading}: none`, INDENT, paint.ok)];
  return [
    `${INDENT}${paint.error(paint.bold(`✖ ${heading} (${ids.length})`))}${paint.dim(`: ${meaning}`)}`,
    ...ids.flatMap((id) => [fitLine(`• ${titleOf(id, report)}`, DETAIL, paint.error), fitLine(id, `${DETAIL}  `, paint.dim)]),
  ];
}

function staleList(ids: readonly string[], report: LearningLoopReport, paint: Painter): string[] {
  if (ids.length === 0) return [fitLine('✔ Stale assumptions: none', INDENT, paint.ok)];
  return [
    `${INDENT}${paint.warning(`⚠ Stale assumptions (${ids.length})`)}${paint.dim(': hypo stale says why')}`,
    ...ids.map((id) => fitLine(`• ${titleOf(id, report)}`, DETAIL)),
  ];
}

function assumptionMap(report: LearningLoopReport, paint: Painter): Block {
  const items = report.assumptionMap;
  const heading = paint.bold(`Assumption map (${countOf(items.length, 'hypothesis', 'hypotheses')})`);
  if (items.length === 0) return [heading, paint.dim(`${INDENT}no hypotheses to map`)];
  const rows: Part[][] = [
    [{ text: 'importance', paint: paint.dim }, ...EVIDENCE_LEVELS.map((level) => ({ text: level === 'none' ? 'no evidence' : level, paint: paint.dim }))],
  ];
  for (const importance of IMPORTANCE_ROWS) {
    const here = items.filter((item) => item.importance === importance);
    rows.push([
      { text: importance ?? 'unrated' },
      ...EVIDENCE_LEVELS.map((evidence) => {
        const count = here.filter((item) => item.evidence === evidence).length;
        return count === 0 ? { text: String(count), paint: paint.dim } : { text: String(count) };
      }),
    ]);
  }
  return [heading, ...alignedRows(rows, INDENT, { right: [1, 2, 3, 4] }), ...riskLine(items, paint)];
}

/** The top of `hypo next` as of the report day, printed as `hypo next` prints it. */
function testNext(report: LearningLoopReport, paint: Painter): Block {
  const heading = paint.bold(`Test next (${report.testNext.length})`);
  if (report.testNext.length === 0) return [heading, ...wrapText(`✔ nothing: ${NOTHING_TO_TEST}`, INDENT).map(paint.ok)];
  return [heading, ...nextItemsText(report.testNext, paint, INDENT).flatMap((lines, index) => (index === 0 ? lines : ['', ...lines]))];
}

/** How many mapped hypotheses carry each risk type; nothing when no hypothesis states one. */
function riskLine(items: readonly AssumptionItem[], paint: Painter): string[] {
  const words = riskWords(items);
  return words ? wrapText(words, INDENT).map(paint.dim) : [];
}

function customerFocus(report: LearningLoopReport, paint: Painter): Block {
  const focus = report.customerFocus;
  const rest = customerFocusRest(focus);
  const share =
    focus.customerShare === null
      ? [fitLine('no metric_type set on any hypothesis', INDENT)]
      : [...wrapText(`${customerShareWords(focus)} (${percent(focus.customerShare)})`, INDENT), ...(rest.length ? [fitLine(rest.join(' · '), INDENT)] : [])];
  const cpi = cpiWords(focus);
  const lines = [paint.bold('Customer focus'), ...share, ...(cpi ? wrapText(cpi, INDENT) : [])];
  const stages = report.journeyCoverage;
  if (stages.length === 0) return [...lines, paint.dim(`${INDENT}${noJourneyStages(report)}`)];
  const rows: Part[][] = [
    [
      { text: 'stage', paint: paint.dim },
      { text: 'hypotheses', paint: paint.dim },
      { text: 'tested', paint: paint.dim },
      { text: 'supported', paint: paint.dim },
    ],
  ];
  for (const stage of stages) {
    const row: Part[] = [{ text: stage.stage }, { text: String(stage.hypotheses) }, { text: String(stage.tested) }, { text: String(stage.supported) }];
    if (stage.guessing) row.push({ text: stage.hypotheses === 0 ? 'no hypotheses' : 'guessing', paint: paint.warning });
    rows.push(row);
  }
  const guessing = stages.filter((stage) => stage.guessing).map((stage) => stage.stage);
  return [
    ...lines,
    ...alignedRows(rows, INDENT, { right: [1, 2, 3], maxFirst: 24 }),
    ...(guessing.length === 0
      ? [fitLine('✔ every stage has a tested hypothesis', INDENT, paint.ok)]
      : wrapText(`still guessing: ${guessing.join(', ')}`, INDENT).map(paint.warning)),
  ];
}

/** A period not started yet has no coverage, configured stages or not: no advice to configure them then. */
function noJourneyStages(report: LearningLoopReport): string {
  return startsAfterReportDay(report) ? 'no journey coverage: the period has not started' : 'no journey stages: list them under journey in hypo.config.yaml';
}

function warnings(report: LearningLoopReport, paint: Painter): Block {
  const all = reportWarnings(report);
  if (all.length === 0) return [];
  return [paint.bold('Warnings'), ...all.flatMap((warning) => wrapText(`⚠ ${warning}`, INDENT).map(paint.warning))];
}

function outcomeParts(outcomes: OutcomeCounts, paint: Painter): Part[] {
  return OUTCOMES.map((outcome) => ({ text: `${outcomes[outcome]} ${outcome}`, paint: outcomes[outcome] ? outcomeStyle(outcome, paint) : paint.dim }));
}

function outcomeStyle(outcome: Outcome, paint: Painter): Style {
  return outcome === 'supports' ? paint.ok : outcome === 'refutes' ? paint.error : paint.warning;
}

/** A record the report names, by title; by id when the report does not know it. */
function titleOf(id: string, report: LearningLoopReport): string {
  return report.titles[id]?.title ?? id;
}
