// `hypo acted --format markdown`: the same groups for a wiki page, an issue or the sprint
// review, every piece of record and commit text escaped.
import { ACTED_STATES, type ActedDecision, type ActedReport } from '../report/acted-model.js';
import { stateHeading } from './acted-words.js';
import { escapeMarkdown, markdownId } from './markdown-escape.js';

export function renderActedMarkdown(report: ActedReport): string {
  const lines = ['## Decisions and the code', '', `As of ${report.asOf}; a decision has ${report.actWithinDays} days to reach the code.`];
  if (report.decisions.length === 0) lines.push('', 'No decisions to follow up.');
  for (const state of ACTED_STATES) {
    const here = report.decisions.filter((decision) => decision.state === state);
    if (here.length === 0) continue;
    const { title, why } = stateHeading(state, report.actWithinDays);
    lines.push('', `### ${title} (${here.length})`, '', `${why[0]!.toUpperCase()}${why.slice(1)}.`, '', ...here.map(item));
  }
  return `${lines.join('\n')}\n`;
}

function item(decision: ActedDecision): string {
  const parts = [`- **${decision.action}** ${decision.date}: ${escapeMarkdown(decision.title)} ${markdownId(decision.id)}`];
  if (decision.firstCommit) {
    const commit = decision.firstCommit;
    parts.push(
      `first commit ${commit.date}, ${decision.days} ${decision.days === 1 ? 'day' : 'days'} later: ${markdownId(commit.sha.slice(0, 7))} ${escapeMarkdown(commit.subject)}`,
    );
  }
  if (decision.files.length > 0) parts.push(`still tracked: ${decision.files.map(markdownId).join(', ')}`);
  return parts.join(' · ');
}
