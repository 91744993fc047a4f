// `hypo show --format text`: a record as a card, in the words of the test card
// ("We believe that … To verify that, we will … And measure … We are right if …")
// and the learning card ("We observed … We learned … Therefore we will …"),
// then the records linked to it. Every line fits 80 columns.
//
// In another language the headings, the labels and the card's own words change; the values
// of the closed-list fields (status, kind, method, outcome, action, evidence, importance,
// risk …) stay as written in the record, since they are what a person types into `hypo set`
// and `hypo list --status`. So do the dates of date fields; the dates the card writes
// itself (an experiment's period, when a decision was taken) are the language's.

import { formatQuantity } from '../model/quantity.js';
import type { QuantityView } from '../report/metric-view.js';
import type { ExperimentCard, HypothesisCard, InsightCard, LinkedRecord, RecordCard } from '../report/record-card.js';
import { type MessageKey, messages, type Translator } from './messages/index.js';
import { type Painter, paintStatus } from './painter.js';
import { sanitizeLine } from './terminal-text.js';
import { LINE_WIDTH, oneLine, type Part, truncateToWidth, wrapParts, wrapText } from './text-layout.js';

const EN = messages('en');
const INDENT = '  ';
/** The columns a linked record's title may take. */
const TITLE_WIDTH = 40;

type Block = string[];

export function renderShowText(card: RecordCard, paint: Painter, t: Translator = EN): string {
  const blocks =
    card.kind === 'hypothesis'
      ? hypothesisBlocks(card, paint, t)
      : card.kind === 'experiment'
        ? experimentBlocks(card, paint, t)
        : insightBlocks(card, paint, t);
  blocks.push(linkBlock(t('show.startedBy'), card.startedBy, (linked) => insightParts(linked, paint, t), paint));
  return `${blocks
    .filter((block) => block.length > 0)
    .map((block) => block.join('\n'))
    .join('\n\n')}\n`;
}

function hypothesisBlocks(card: HypothesisCard, paint: Painter, t: Translator): Block[] {
  const { record } = card;
  const { metric } = card;
  const kindOfMetric = metric.type
    ? metric.cpi
      ? t('show.metricTypeCpi', { type: metric.type, cpi: metric.cpi })
      : t('show.metricType', { type: metric.type })
    : metric.cpi
      ? t('show.metricCpi', { cpi: metric.cpi })
      : undefined;
  const measure = record.metric ? [kindOfMetric ? `${record.metric} (${kindOfMetric})` : record.metric] : kindOfMetric ? [kindOfMetric] : [];
  const verify = card.experiments.map((linked) => truncateToWidth(`${INDENT}${planLine(linked, t)}`, LINE_WIDTH));
  const level = card.evidence.level;
  return [
    head(card, record.title, paint, t, [
      meta(t('show.label.importance'), record.importance),
      meta(t('show.label.risk'), record.risk),
      // Derived evidence says so: "no evidence" rather than "evidence none".
      level === 'none' ? { text: t('show.noEvidence') } : meta(t('show.label.evidence'), card.evidence.stated ? t('show.stated', { level }) : level),
      meta(t('show.label.segment'), record.segment),
      meta(t('show.label.journey'), record.journey),
      meta(t('show.label.touchpoint'), record.touchpoint),
    ]),
    section(t('show.weBelieve'), [withoutLead(record.statement, 'show.weBelieve', t)], paint),
    [paint.bold(t('show.toVerify')), ...(verify.length > 0 ? verify : [paint.dim(`${INDENT}${t('show.noExperimentYet')}`)])],
    measureBlock(measure, numbersLines(card, t), paint, t),
    section(t('show.weAreRight'), record.success ? [withoutLead(record.success, 'show.weAreRight', t)] : [], paint),
    linkBlock(t('show.experimentsTesting'), card.experiments, (linked) => experimentParts(linked, paint, t), paint),
    insightsBlock(card.insights, paint, t),
  ];
}

/** "58 % → 70 %", or "baseline 58 %" / "target 70 %" when only one is stated; undefined for neither. */
function rangeWords(baseline: QuantityView | null, target: QuantityView | null, t: Translator): string | undefined {
  if (baseline && target) return `${baseline.text} → ${target.text}`;
  if (baseline) return t('show.baseline', { value: baseline.text });
  return target ? t('show.target', { value: target.text }) : undefined;
}

/** Baseline → target, then each value measured with the experiment that measured it, newest first. */
function numbersLines(card: HypothesisCard, t: Translator): string[] {
  const { metric } = card;
  const range = rangeWords(metric.baseline, metric.target, t);
  const measured = metric.measured.map((each) => ({ text: t('show.measuredBy', { value: each.value.text, experiment: sanitizeLine(each.experiment) }) }));
  const parts = [...(range ? [{ text: range }] : []), ...measured];
  return parts.length === 0 ? [] : wrapParts(parts, INDENT);
}

/** "And measure …": the metric and its kind, then its numbers; either alone is enough for the heading. */
function measureBlock(measure: readonly string[], numbers: readonly string[], paint: Painter, t: Translator): Block {
  if (measure.length === 0 && numbers.length === 0) return [];
  return [paint.bold(t('show.andMeasure')), ...measure.flatMap((text) => wrapText(text, INDENT)), ...numbers];
}

function experimentBlocks(card: ExperimentCard, paint: Painter, t: Translator): Block[] {
  const { record } = card;
  const value = record.result?.value === undefined ? undefined : formatQuantity(record.result.value);
  const result = record.result
    ? [
        record.result.summary,
        ...(record.result.outcome ? [t('show.outcome', { outcome: record.result.outcome })] : []),
        ...(value ? [t('show.measured', { value })] : []),
      ]
    : [];
  return [
    head(card, record.title, paint, t, [
      meta(t('show.label.method'), record.method),
      meta(t('show.label.dates'), dateRange(record.start, record.end, t)),
      meta(t('show.label.sample'), record.sample?.toString()),
      meta(t('show.label.journey'), record.journey),
      meta(t('show.label.touchpoint'), record.touchpoint),
    ]),
    section(t('show.toVerify'), record.plan ? [withoutLead(record.plan, 'show.toVerify', t)] : [], paint),
    section(t('show.andMeasure'), record.measure ? [record.measure] : [], paint),
    linkBlock(t('show.tests'), card.hypotheses, (linked) => statusParts(linked, paint, t), paint),
    section(t('show.result'), result, paint),
    insightsBlock(card.insights, paint, t),
  ];
}

function insightBlocks(card: InsightCard, paint: Painter, t: Translator): Block[] {
  const { record } = card;
  return [
    head(card, record.title, paint, t, [
      meta(t('show.label.evidence'), record.evidence),
      meta(t('show.label.date'), record.date),
      meta(t('show.label.journey'), record.journey),
      meta(t('show.label.touchpoint'), record.touchpoint),
    ]),
    section(t('show.weObserved'), record.observed ? [withoutLead(record.observed, 'show.weObserved', t)] : [], paint),
    section(t('show.weLearned'), [withoutLead(record.learned, 'show.weLearned', t)], paint),
    decisionBlock(card, paint, t),
    linkBlock(t('show.fromExperiments'), card.from, (linked) => experimentParts(linked, paint, t), paint),
    linkBlock(t('show.aboutHypotheses'), card.hypotheses, (linked) => statusParts(linked, paint, t), paint),
    linkBlock(t('show.next'), card.next, (linked) => statusParts(linked, paint, t, true), paint),
  ];
}

/** "Therefore we will …" with the action, the summary and who decided when; or how to record a decision. */
function decisionBlock(card: InsightCard, paint: Painter, t: Translator): Block {
  const decision = card.record.decision;
  if (!decision) return [paint.bold(t('show.noDecision')), ...wrapParts([{ text: `hypo decide ${card.id} <action> --summary "…"`, paint: paint.dim }], INDENT)];
  const summary = wrapText(`${decision.action}: ${withoutLead(decision.summary, 'show.therefore', t)}`, INDENT);
  const when = [
    decision.date ? t('show.decidedOn', { date: t.date(decision.date) }) : '',
    decision.owner ? t('show.decidedBy', { owner: decision.owner }) : '',
  ].filter(Boolean);
  return [
    paint.bold(t('show.therefore')),
    ...paintLead(summary, `${INDENT}${decision.action}`, paint.ok),
    ...(when.length > 0 ? wrapText(t('show.decided', { when: when.join(' ') }), INDENT).map(paint.dim) : []),
  ];
}

/** Title, then `id · kind · status`, then the kind's own facts, then owner and tags. */
function head(card: RecordCard, title: string, paint: Painter, t: Translator, facts: (Part | undefined)[]): Block {
  // An insight's status is what `hypo list --status` takes (decided, undecided): as written.
  const status = card.kind === 'insight' ? (card.record.decision ? 'decided' : 'undecided') : card.record.status;
  const record = card.record;
  const common = [
    meta(t('show.label.owner'), record.owner),
    meta(t('show.label.created'), record.created),
    meta(t('show.label.reviewBy'), record.review_by),
    meta(t('show.label.tags'), record.tags?.join(', ')),
  ];
  return [
    ...wrapText(title, '').map(paint.bold),
    ...wrapParts([{ text: sanitizeLine(card.id) }, { text: card.kind }, { text: status, paint: paintStatus(status, paint) }], ''),
    ...wrapParts(present(facts), ''),
    ...wrapParts(present(common), ''),
    ...wrapParts([{ text: sanitizeLine(card.file), paint: paint.path }], ''),
  ];
}

/** The insights around a record, with the decision taken on each and what it started. */
function insightsBlock(insights: readonly LinkedRecord[], paint: Painter, t: Translator): Block {
  if (insights.length === 0) return [];
  const lines = [paint.bold(t('show.insights'))];
  for (const linked of insights) {
    lines.push(...wrapParts(insightParts(linked, paint, t), INDENT));
    if (linked.next && linked.next.length > 0) lines.push(...wrapText(t('show.startedRecords', { ids: linked.next.join(', ') }), `${INDENT}${INDENT}`));
  }
  return lines;
}

function linkBlock(heading: string, records: readonly LinkedRecord[], parts: (linked: LinkedRecord) => Part[], paint: Painter): Block {
  if (records.length === 0) return [];
  return [paint.bold(heading), ...records.flatMap((linked) => wrapParts(parts(linked), INDENT))];
}

function experimentParts(linked: LinkedRecord, paint: Painter, t: Translator): Part[] {
  const broken = brokenParts(linked, paint, t);
  if (broken) return broken;
  return present([
    { text: linked.id },
    titlePart(linked),
    linked.method ? { text: linked.method } : undefined,
    statusPart(linked.status, paint),
    linked.outcome ? { text: linked.outcome } : undefined,
  ]);
}

function insightParts(linked: LinkedRecord, paint: Painter, t: Translator): Part[] {
  return (
    brokenParts(linked, paint, t) ??
    present([
      { text: linked.id },
      titlePart(linked),
      linked.action ? { text: linked.action, paint: paint.ok } : { text: t('show.notActedOn'), paint: paint.warning },
    ])
  );
}

/** `id · status`, with the kind too where the list mixes kinds (a decision's next records). */
function statusParts(linked: LinkedRecord, paint: Painter, t: Translator, withKind = false): Part[] {
  return (
    brokenParts(linked, paint, t) ??
    present([{ text: linked.id }, titlePart(linked), withKind && linked.kind ? { text: linked.kind } : undefined, statusPart(linked.status, paint)])
  );
}

/** A dangling or broken link says so, rather than printing empty fields. */
function brokenParts(linked: LinkedRecord, paint: Painter, t: Translator): Part[] | undefined {
  if (linked.missing) return [{ text: linked.id }, { text: t('show.noSuchRecord'), paint: paint.error }];
  if (linked.invalid) return [{ text: linked.id }, { text: t('show.notValid'), paint: paint.error }];
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
function planLine(linked: LinkedRecord, t: Translator): string {
  if (linked.missing) return oneLine(`${linked.id} (${t('show.noSuchRecord')})`);
  if (linked.invalid) return oneLine(`${linked.id} (${t('show.notValid')})`);
  const what = linked.plan ? withoutLead(linked.plan, 'show.toVerify', t) : (linked.method ?? '');
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

/** An experiment's period, in the card's words: its days the language's way. */
function dateRange(start: string | undefined, end: string | undefined, t: Translator): string | undefined {
  if (start && end) return `${t.date(start)} – ${t.date(end)}`;
  if (start) return t('show.from', { date: t.date(start) });
  return end ? t('show.until', { date: t.date(end) }) : undefined;
}

/** The first line with its leading word (a decision's action) painted. */
function paintLead(lines: string[], lead: string, style: (text: string) => string): string[] {
  const [first, ...rest] = lines;
  if (first === undefined || !first.startsWith(lead)) return lines;
  return [`${lead.slice(0, lead.length - lead.trimStart().length)}${style(lead.trimStart())}${first.slice(lead.length)}`, ...rest];
}

/**
 * The card's headings already say "We believe that …", "To verify that, we will …": do not say
 * it twice. The lead is the heading's words, in English and in the card's language, so a
 * Swedish card drops "Vi tror att" as well as "We believe that".
 */
function withoutLead(text: string, heading: MessageKey, t: Translator): string {
  const trimmed = text.trim();
  const lower = trimmed.toLowerCase();
  const lead = [EN(heading), t(heading)].map((words) => words.replace(/ …$/, '').toLowerCase()).find((words) => lower.startsWith(words));
  if (lead === undefined) return trimmed;
  const rest = trimmed.slice(lead.length).replace(/^[\s,:…]+/, '');
  return rest === '' ? trimmed : rest;
}
