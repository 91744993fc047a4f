// `hypo acted` for a person: the decisions grouped by state, what needs attention first,
// each with its day and what the code did since; then one line of counts.
import { daysBetween } from '../model/dates.js';
import { ACTED_STATES, type ActedDecision, type ActedReport } from '../report/acted-model.js';
import { stateHeading } from './acted-words.js';
import { messages, type Translator } from './messages/index.js';
import type { Painter } from './painter.js';
import { fitLine, LINE_WIDTH, wrapParts } from './text-layout.js';

const INDENT = '  ';
const DETAIL = '    ';
/** Enough paths to recognise the code; the JSON has them all. */
const FILES_SHOWN = 3;

export function renderActedText(report: ActedReport, paint: Painter, width = LINE_WIDTH, t: Translator = messages('en')): string {
  const asOf = t.date(report.asOf);
  if (report.decisions.length === 0) return `${paint.ok(`✔ ${t('acted.noneToFollowUp', { date: asOf })}`)}\n`;
  const blocks: string[][] = [[paint.bold(t('acted.heading', { date: asOf }))]];
  for (const state of ACTED_STATES) {
    const here = report.decisions.filter((decision) => decision.state === state);
    if (here.length === 0) continue;
    const { title, why } = stateHeading(state, report.actWithinDays, t);
    const style = state === 'overdue' || state === 'code-remains' ? paint.error : state === 'acted' ? paint.ok : paint.warning;
    blocks.push([
      fitLine(`${title} (${here.length}): ${why}`, '', (text) => style(paint.bold(text)), width),
      ...here.flatMap((decision) => decisionLines(decision, report.asOf, paint, width, t)),
    ]);
  }
  return `${[...blocks.map((block) => block.join('\n')), summary(report, paint, t, width)].join('\n\n')}\n`;
}

function decisionLines(decision: ActedDecision, asOf: string, paint: Painter, width: number, t: Translator): string[] {
  const facts = [decision.id, t('acted.ago', { n: daysBetween(decision.date, asOf) })];
  if (decision.firstCommit) {
    const commit = decision.firstCommit;
    const first = t('acted.firstCommit', { date: t.date(commit.date), n: decision.days ?? 0 });
    facts.push(`${first}: ${commit.sha.slice(0, 7)} ${commit.subject}`);
  }
  if (decision.files.length > 0) {
    const more = decision.files.length > FILES_SHOWN ? t('acted.moreFiles', { n: decision.files.length - FILES_SHOWN }) : '';
    facts.push(`${t('acted.filesStillMatch', { n: decision.files.length })}: ${decision.files.slice(0, FILES_SHOWN).join(', ')}${more}`);
  }
  // The action is running text here, a word of the sentence: in the reader's language.
  return [
    fitLine(`• ${t.word('action', decision.action)} ${t.date(decision.date)}: ${decision.title}`, INDENT, (text) => text, width),
    ...wrapParts(
      facts.map((text) => ({ text, paint: paint.dim })),
      DETAIL,
      ' · ',
      width,
    ),
  ];
}

/** The counts by state, wrapped where they would not fit (the Swedish state words are longer), each line painted whole. */
function summary(report: ActedReport, paint: Painter, t: Translator, width: number): string {
  const counts = ACTED_STATES.flatMap((state) => {
    const count = report.decisions.filter((decision) => decision.state === state).length;
    return count ? [t('acted.stateCount', { n: count, state: t.word('acted', state) })] : [];
  });
  const stuck = report.decisions.some((decision) => decision.state === 'overdue' || decision.state === 'code-remains');
  const lines = wrapParts(
    counts.map((text, index) => ({ text: index === 0 ? `${stuck ? '✖' : '✔'} ${text}` : text })),
    '',
    ' · ',
    width,
  );
  return lines.map(stuck ? paint.error : paint.ok).join('\n');
}
