// `hypo acted` for a person: the decisions grouped by state, what needs attention first,
// each with its day and what the code did since; then one line of counts.
import { daysBetween } from '../model/dates.js';
import { ACTED_STATES, type ActedDecision, type ActedReport } from '../report/acted-model.js';
import { stateHeading } from './acted-words.js';
import type { Painter } from './painter.js';
import { fitLine, LINE_WIDTH, wrapParts } from './text-layout.js';

const INDENT = '  ';
const DETAIL = '    ';
/** Enough paths to recognise the code; the JSON has them all. */
const FILES_SHOWN = 3;

export function renderActedText(report: ActedReport, paint: Painter, width = LINE_WIDTH): string {
  if (report.decisions.length === 0) return `${paint.ok(`✔ no decisions to follow up as of ${report.asOf}`)}\n`;
  const blocks: string[][] = [[paint.bold(`Decisions and the code, as of ${report.asOf}`)]];
  for (const state of ACTED_STATES) {
    const here = report.decisions.filter((decision) => decision.state === state);
    if (here.length === 0) continue;
    const { title, why } = stateHeading(state, report.actWithinDays);
    const style = state === 'overdue' || state === 'code-remains' ? paint.error : state === 'acted' ? paint.ok : paint.warning;
    blocks.push([
      fitLine(`${title} (${here.length}): ${why}`, '', (text) => style(paint.bold(text)), width),
      ...here.flatMap((decision) => decisionLines(decision, report.asOf, paint, width)),
    ]);
  }
  return `${[...blocks.map((block) => block.join('\n')), summary(report, paint)].join('\n\n')}\n`;
}

function decisionLines(decision: ActedDecision, asOf: string, paint: Painter, width: number): string[] {
  const ago = daysBetween(decision.date, asOf);
  const facts = [decision.id, `${ago} ${ago === 1 ? 'day' : 'days'} ago`];
  if (decision.firstCommit) {
    const commit = decision.firstCommit;
    facts.push(`first commit ${commit.date} (${decision.days} ${decision.days === 1 ? 'day' : 'days'} later): ${commit.sha.slice(0, 7)} ${commit.subject}`);
  }
  if (decision.files.length > 0) {
    const more = decision.files.length > FILES_SHOWN ? `, +${decision.files.length - FILES_SHOWN} more` : '';
    facts.push(
      `${decision.files.length === 1 ? '1 tracked file still matches' : `${decision.files.length} tracked files still match`}: ${decision.files.slice(0, FILES_SHOWN).join(', ')}${more}`,
    );
  }
  return [
    fitLine(`• ${decision.action} ${decision.date}: ${decision.title}`, INDENT, (text) => text, width),
    ...wrapParts(
      facts.map((text) => ({ text, paint: paint.dim })),
      DETAIL,
      ' · ',
      width,
    ),
  ];
}

function summary(report: ActedReport, paint: Painter): string {
  const counts = ACTED_STATES.flatMap((state) => {
    const count = report.decisions.filter((decision) => decision.state === state).length;
    return count ? [`${count} ${state}`] : [];
  }).join(' · ');
  const stuck = report.decisions.some((decision) => decision.state === 'overdue' || decision.state === 'code-remains');
  return stuck ? paint.error(`✖ ${counts}`) : paint.ok(`✔ ${counts}`);
}
