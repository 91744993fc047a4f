// `hypo show --format text`: a record as a card, in the words of the test card
// ("We believe that … To verify that, we will … And measure … We are right if …")
// and the learning card ("We observed … We learned … Therefore we will …"),
// then the records linked to it. Every line fits 80 columns.

import { formatQuantity } from '../model/quantity.js';
import type { ExperimentCard, HypothesisCard, InsightCard, LinkedRecord, RecordCard } from '../report/record-card.js';
import { rangeWords } from './metric-words.js';
import { type Painter, paintStatus } from './painter.js';
import { sanitizeLine } from './terminal-text.js';
import { LINE_WIDTH, oneLine, type Part, truncateToWidth, wrapParts, wrapText } from './text-layout.js';

const INDENT = '  ';
/** The columns a linked record's title may take. */
const TITLE_WIDTH = 40;

type Block = string[];

export function renderShowText(card: RecordCard, paint: Painter): string {
  const blocks =
    card.kind === 'hypothesis' ? hypothesisBlocks(card, paint) : card.kind === 'experiment' ? experimentBlocks(card, paint) : insightBlocks(card, paint);
  blocks.push(linkBlock('Started by', card.startedBy, (linked) => insightParts(linked, paint), paint));
  return `${blocks
    .filter((block) => block.length > 0)
    .map((block) => block.join('\n'))
    .join('\n\n')}\n`;
}

function hypothesisBlocks(card: HypothesisCard, paint: Painter): Block[] {
  const { record } = card;
  const { metric } = card;
  const kindOfMetric = metric.type ? `${metric.type} metric${metric.cpi ? `: ${metric.cpi}` : ''}` : metric.cpi ? `cpi ${metric.cpi}` : undefined;
  const measure = record.metric ? [kindOfMetric ? `${record.metric} (${kindOfMetric})` : record.metric] : kindOfMetric ? [kindOfMetric] : [];
  const verify = card.experiments.map((linked) => truncateToWidth(`${INDENT}${planLine(linked)}`, LINE_WIDTH));
  return [
    head(card, record.title, paint, [
      meta('importance', record.importance),
      meta('risk', record.risk),
      // Derived evidence says so: "no evidence" rather than "evidence none".
      card.evidence.level === 'none' ? { text: 'no evidence' } : meta('evidence', `${card.evidence.level}${card.evidence.stated ? ' (stated)' : ''}`),
      meta('segment', record.segment),
      meta('journey', record.journey),
      meta('touchpoint', record.touchpoint),
    ]),
    section('We believe that …', [withoutLead(record.statement, 'we believe that')], paint),
    [paint.bold('To verify that, we will …'), ...(verify.length > 0 ? verify : [paint.dim(`${INDENT}no experiment tests it yet`)])],
    measureBlock(measure, numbersLines(card), paint),
    section('We are right if …', record.success ? [withoutLead(record.success, 'we are right if')] : [], paint),
    linkBlock('Experiments testing it', card.experiments, (linked) => experimentParts(linked, paint), paint),
    insightsBlock(card.insights, paint),
  ];
}

/** Baseline → target, then each value measured with the experiment that measured it, newest first. */
function numbersLines(card: HypothesisCard): string[] {
  const { metric } = card;
  const range = rangeWords(metric.baseline, metric.target);
  const measured = metric.measured.map((each) => ({ text: `measured ${each.value.text} (${sanitizeLine(each.experiment)})` }));
  const parts = [...(range ? [{ text: range }] : []), ...measured];
  return parts.length === 0 ? [] : wrapParts(parts, INDENT);
}

/** "And measure …": the metric and its kind, then its numbers; either alone is enough for the heading. */
function measureBlock(measure: readonly string[], numbers: readonly string[], paint: Painter): Block {
  if (measure.length === 0 && numbers.length === 0) return [];
  return [paint.bold('And measure …'), ...measure.flatMap((text) => wrapText(text, INDENT)), ...numbers];
}

function experimentBlocks(card: ExperimentCard, paint: Painter): Block[] {
  const { record } = card;
  const value = record.result?.value === undefined ? undefined : formatQuantity(record.result.value);
  const result = record.result
    ? [record.result.summary, ...(record.result.outcome ? [`outcome: ${record.result.outcome}`] : []), ...(value ? [`measured: ${value}`] : [])]
    : [];
  return [
    head(card, record.title, paint, [
      meta('method', record.method),
      meta('dates', dateRange(record.start, record.end)),
      meta('sample', record.sample?.toString()),
      meta('journey', record.journey),
      meta('touchpoint', record.touchpoint),
    ]),
    section('To verify that, we will …', record.plan ? [withoutLead(record.plan, 'to verify that, we will')] : [], paint),
    section('And measure …', record.measure ? [record.measure] : [], paint),
    linkBlock('Tests', card.hypotheses, (linked) => statusParts(linked, paint), paint),
    section('Result', result, paint),
    insightsBlock(card.insights, paint),
  ];
}

function insightBlocks(card: InsightCard, paint: Painter): Block[] {
  const { record } = card;
  return [
    head(card, record.title, paint, [
      meta('evidence', record.evidence),
      meta('date', record.date),
      meta('journey', record.journey),
      meta('touchpoint', record.touchpoint),
    ]),
    section('We observed …', record.observed ? [withoutLead(record.observed, 'we observed')] : [], paint),
    section('We learned …', [withoutLead(record.learned, 'we learned')], paint),
    decisionBlock(card, paint),
    linkBlock('From experiments', card.from, (linked) => experimentParts(linked, paint), paint),
    linkBlock('About hypotheses', card.hypotheses, (linked) => statusParts(linked, paint), paint),
    linkBlock('Next', card.next, (linked) => statusParts(linked, paint, true), paint),
  ];
}

/** "Therefore we will …" with the action, the summary and who decided when; or how to record a decision. */
function decisionBlock(card: InsightCard, paint: Painter): Block {
  const decision = card.record.decision;
  if (!decision) return [paint.bold('No decision yet'), ...wrapParts([{ text: `hypo decide ${card.id} <action> --summary "…"`, paint: paint.dim }], INDENT)];
  const summary = wrapText(`${decision.action}: ${withoutLead(decision.summary, 'therefore we will')}`, INDENT);
  const when = [decision.date ? `on ${decision.date}` : '', decision.owner ? `by ${decision.owner}` : ''].filter(Boolean);
  return [
    paint.bold('Therefore we will …'),
    ...paintLead(summary, `${INDENT}${decision.action}`, paint.ok),
    ...(when.length > 0 ? wrapText(`decided ${when.join(' ')}`, INDENT).map(paint.dim) : []),
  ];
}

/** Title, then `id · kind · status`, then the kind's own facts, then owner and tags. */
function head(card: RecordCard, title: string, paint: Painter, facts: (Part | undefined)[]): Block {
  const status = card.kind === 'insight' ? (card.record.decision ? 'decided' : 'undecided') : card.record.status;
  const record = card.record;
  const common = [meta('owner', record.owner), meta('created', record.created), meta('review by', record.review_by), meta('tags', record.tags?.join(', '))];
  return [
    ...wrapText(title, '').map(paint.bold),
    ...wrapParts([{ text: sanitizeLine(card.id) }, { text: card.kind }, { text: status, paint: paintStatus(status, paint) }], ''),
    ...wrapParts(present(facts), ''),
    ...wrapParts(present(common), ''),
    ...wrapParts([{ text: sanitizeLine(card.file), paint: paint.path }], ''),
  ];
}

/** The insights around a record, with the decision taken on each and what it started. */
function insightsBlock(insights: readonly LinkedRecord[], paint: Painter): Block {
  if (insights.length === 0) return [];
  const lines = [paint.bold('Insights')];
  for (const linked of insights) {
    lines.push(...wrapParts(insightParts(linked, paint), INDENT));
    if (linked.next && linked.next.length > 0) lines.push(...wrapText(`started ${linked.next.join(', ')}`, `${INDENT}${INDENT}`));
  }
  return lines;
}

function linkBlock(heading: string, records: readonly LinkedRecord[], parts: (linked: LinkedRecord) => Part[], paint: Painter): Block {
  if (records.length === 0) return [];
  return [paint.bold(heading), ...records.flatMap((linked) => wrapParts(parts(linked), INDENT))];
}

function experimentParts(linked: LinkedRecord, paint: Painter): Part[] {
  const broken = brokenParts(linked, paint);
  if (broken) return broken;
  return present([
    { text: linked.id },
    titlePart(linked),
    linked.method ? { text: linked.method } : undefined,
    statusPart(linked.status, paint),
    linked.outcome ? { text: linked.outcome } : undefined,
  ]);
}

function insightParts(linked: LinkedRecord, paint: Painter): Part[] {
  return (
    brokenParts(linked, paint) ??
    present([{ text: linked.id }, titlePart(linked), linked.action ? { text: linked.action, paint: paint.ok } : { text: 'not acted on', paint: paint.warning }])
  );
}

/** `id · status`, with the kind too where the list mixes kinds (a decision's next records). */
function statusParts(linked: LinkedRecord, paint: Painter, withKind = false): Part[] {
  return (
    brokenParts(linked, paint) ??
    present([{ text: linked.id }, titlePart(linked), withKind && linked.kind ? { text: linked.kind } : undefined, statusPart(linked.status, paint)])
  );
}

/** A dangling or broken link says so, rather than printing empty fields. */
function brokenParts(linked: LinkedRecord, paint: Painter): Part[] | undefined {
  if (linked.missing) return [{ text: linked.id }, { text: 'no such record', paint: paint.error }];
  if (linked.invalid) return [{ text: linked.id }, { text: 'not valid: see hypo check', paint: paint.error }];
  return undefined;
}

/** A linked record's title beside its id, cut so that its facts still fit on the line. */
function titlePart(linked: LinkedRecord): Part | undefined {
  return linked.title ? { text: truncateToWidth(oneLine(linked.title), TITLE_WIDTH) } : undefined;
}

function statusPart(status: string, paint: Painter): Part | undefined {
  return status ? { text: status, paint: paintStatus(status, paint) } : undefined;
}

/** One line per experiment under "To verify that, we will …": its id and status, then its plan (or method), cut to fit. */
function planLine(linked: LinkedRecord): string {
  if (linked.missing) return oneLine(`${linked.id} (no such record)`);
  if (linked.invalid) return oneLine(`${linked.id} (not valid: see hypo check)`);
  const what = linked.plan ? withoutLead(linked.plan, 'to verify that, we will') : (linked.method ?? '');
  return oneLine(`${linked.id} (${linked.status}): ${what}`);
}

function section(heading: string, texts: readonly string[], paint: Painter): Block {
  if (texts.length === 0) return [];
  return [paint.bold(heading), ...texts.flatMap((text) => wrapText(text, INDENT))];
}

function meta(label: string, value: string | undefined): Part | undefined {
  return value ? { text: `${label} ${value}` } : undefined;
}

function present(parts: readonly (Part | undefined)[]): Part[] {
  return parts.filter((part): part is Part => part !== undefined);
}

function dateRange(start: string | undefined, end: string | undefined): string | undefined {
  if (start && end) return `${start} – ${end}`;
  if (start) return `from ${start}`;
  return end ? `until ${end}` : undefined;
}

/** The first line with its leading word (a decision's action) painted. */
function paintLead(lines: string[], lead: string, style: (text: string) => string): string[] {
  const [first, ...rest] = lines;
  if (first === undefined || !first.startsWith(lead)) return lines;
  return [`${lead.slice(0, lead.length - lead.trimStart().length)}${style(lead.trimStart())}${first.slice(lead.length)}`, ...rest];
}

/** The card's headings already say "We believe that …", "To verify that, we will …": do not say it twice. */
function withoutLead(text: string, lead: string): string {
  const trimmed = text.trim();
  if (!trimmed.toLowerCase().startsWith(lead)) return trimmed;
  const rest = trimmed.slice(lead.length).replace(/^[\s,:…]+/, '');
  return rest === '' ? trimmed : rest;
}
