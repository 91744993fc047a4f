// `hypo stale` for a person: one line per finding, `file:line` first, then a summary.
import type { StaleReport } from '../report/stale-report.js';
import type { Painter } from './painter.js';
import { sanitizeLine } from './terminal-text.js';

export function renderStaleText(report: StaleReport, paint: Painter): string {
  const lines = report.stale.map((finding) => {
    const where = paint.path(`${sanitizeLine(finding.file)}:${finding.line}`);
    return `${where} ${paint.warning(sanitizeLine(finding.reason))} ${sanitizeLine(finding.id)}: ${sanitizeLine(finding.message)}`;
  });
  const count = report.stale.length;
  const records = count === 1 ? 'record' : 'records';
  const among = report.skipped.length > 0 ? ' among the records that could be read' : '';
  lines.push(count === 0 ? paint.ok(`✔ nothing stale${among} as of ${report.asOf}`) : paint.error(`✖ ${count} stale ${records} as of ${report.asOf}`));
  return `${lines.join('\n')}\n`;
}
