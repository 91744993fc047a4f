// `hypo stale` for a person: one line per finding, `file:line` first, then a summary.
// The reason is a rule name and stays as it is in every language; the message is the language's.
import type { StaleReportWithFacts } from '../report/stale-report.js';
import { messages, type Translator } from './messages/index.js';
import type { Painter } from './painter.js';
import { staleMessage } from './stale-words.js';
import { sanitizeLine } from './terminal-text.js';

export function renderStaleText(report: StaleReportWithFacts, paint: Painter, t: Translator = messages('en')): string {
  const lines = report.stale.map((finding) => {
    const where = paint.path(`${sanitizeLine(finding.file)}:${finding.line}`);
    return `${where} ${paint.warning(sanitizeLine(finding.reason))} ${sanitizeLine(finding.id)}: ${sanitizeLine(staleMessage(finding, t))}`;
  });
  const count = report.stale.length;
  const date = t.date(report.asOf);
  const nothing = report.skipped.length > 0 ? 'stale.nothingAmongRead' : 'stale.nothing';
  lines.push(count === 0 ? paint.ok(`✔ ${t(nothing, { date })}`) : paint.error(`✖ ${t('stale.count', { n: count, date })}`));
  return `${lines.join('\n')}\n`;
}
