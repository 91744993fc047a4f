// `hypo affected --format github`: an annotation on each changed file that rests on a record,
// so the pull request shows the assumption next to the code.
import { type AffectedReport, failingRecords } from '../report/affected-report.js';
import { INVALID_STATUS } from '../rules/affected.js';
import { renderAnnotation, skippedAnnotations } from './github-annotations.js';

export function renderAffectedGithub(report: AffectedReport, pathFor: (file: string) => string): string {
  const failing = new Set(failingRecords(report));
  const lines: string[] = [];
  for (const record of report.affected) {
    for (const file of record.files) {
      lines.push(
        renderAnnotation({
          level: failing.has(record) ? 'error' : 'warning',
          file: pathFor(file),
          line: 1,
          title: `hypo: rests on ${record.kind ?? 'record'} ${record.id}`,
          message:
            record.status === INVALID_STATUS
              ? `This code rests on "${record.title}" (${record.id}), which hypo left out for errors: hypo check shows why.`
              : `This code rests on "${record.title}" (${record.id}), which is ${record.status} (${record.ageDays} days old).`,
        }),
      );
    }
  }
  lines.push(...skippedAnnotations(report.skipped, pathFor));
  lines.push(`hypo affected: ${report.affected.length} record(s) rest on ${report.changed.length} changed file(s)`);
  return `${lines.join('\n')}\n`;
}
