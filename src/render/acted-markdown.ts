// `hypo acted --format markdown`: the same groups for a wiki page, an issue or the sprint
// review, every piece of record and commit text escaped.
import { ACTED_STATES, type ActedDecision, type ActedReport } from '../report/acted-model.js';
import { stateHeading } from './acted-words.js';
import { escapeMarkdown, markdownId } from './markdown-escape.js';
import { capitalise, messages, type Translator } from './messages/index.js';

export function renderActedMarkdown(report: ActedReport, t: Translator = messages('en')): string {
  const lines = [`## ${t('acted.md.heading')}`, '', t('acted.md.lead', { date: t.date(report.asOf), n: report.actWithinDays })];
  if (report.decisions.length === 0) lines.push('', t('acted.md.none'));
  for (const state of ACTED_STATES) {
    const here = report.decisions.filter((decision) => decision.state === state);
    if (here.length === 0) continue;
    const { title, why } = stateHeading(state, report.actWithinDays, t);
    lines.push('', `### ${title} (${here.length})`, '', `${capitalise(why)}.`, '', ...here.map((decision) => item(decision, t)));
  }
  return `${lines.join('\n')}\n`;
}

function item(decision: ActedDecision, t: Translator): string {
  const parts = [`- **${t.word('action', decision.action)}** ${t.date(decision.date)}: ${escapeMarkdown(decision.title)} ${markdownId(decision.id)}`];
  if (decision.firstCommit) {
    const commit = decision.firstCommit;
    const first = t('acted.md.firstCommit', { date: t.date(commit.date), n: decision.days ?? 0 });
    parts.push(`${first}: ${markdownId(commit.sha.slice(0, 7))} ${escapeMarkdown(commit.subject)}`);
  }
  if (decision.files.length > 0) parts.push(t('acted.md.stillTracked', { files: decision.files.map(markdownId).join(', ') }));
  return parts.join(' · ');
}
