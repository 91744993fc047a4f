// `hypo affected` for a person: each record the change rests on, with status, age and the files.
import { type AffectedReport, failingRecords } from '../report/affected-report.js';
import type { Painter } from './painter.js';
import { sanitizeLine } from './terminal-text.js';
import { oneLine } from './text-layout.js';

export function renderAffectedText(report: AffectedReport, paint: Painter): string {
  const scope = report.since ? `since ${report.since}` : 'in the given changes';
  const changed = `(${report.changed.length} changed ${report.changed.length === 1 ? 'file' : 'files'})`;
  const unread = report.unread.length;
  // A record that could not be read may cover the change: never answer "nothing is touched" then.
  const unknown =
    unread > 0
      ? paint.warning(
          unread === 1
            ? '⚠ 1 record could not be read: whether the change touches its code is unknown'
            : `⚠ ${unread} records could not be read: whether the change touches their code is unknown`,
        )
      : '';
  if (report.affected.length === 0) {
    if (unread > 0) return `${paint.warning(`⚠ no readable record's code is touched ${scope}`)} ${changed}\n${unknown}\n`;
    return `${paint.ok(`✔ no record's code is touched ${scope}`)} ${changed}\n`;
  }
  const failing = new Set(failingRecords(report));
  const lines: string[] = [];
  for (const record of report.affected) {
    const status = failing.has(record) ? paint.error(sanitizeLine(record.status)) : paint.warning(sanitizeLine(record.status));
    lines.push(`${paint.bold(sanitizeLine(record.id))} ${sanitizeLine(record.kind ?? 'record')} · ${status} · ${record.ageDays} days old`);
    lines.push(`  ${oneLine(record.title)}`);
    for (const file of record.files) lines.push(`  ${paint.path(sanitizeLine(file))}`);
  }
  const count = report.affected.length;
  const failures = failing.size ? paint.error(`; ${failing.size} with a failing status (${report.failOn.join(', ')})`) : '';
  lines.push(`${count} ${count === 1 ? 'record rests' : 'records rest'} on code changed ${scope}${failures}`);
  if (unknown) lines.push(unknown);
  return `${lines.join('\n')}\n`;
}
