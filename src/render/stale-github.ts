// `hypo stale --format github`: one annotation per finding on the line of its field.
import type { StaleReport } from '../report/stale-report.js';
import { renderAnnotation, skippedAnnotations } from './github-annotations.js';

export function renderStaleGithub(report: StaleReport, pathFor: (file: string) => string, level: 'error' | 'warning'): string {
  const lines = report.warnings.map((message) => renderAnnotation({ level: 'warning', title: 'hypo stale', message }));
  for (const finding of report.stale) {
    lines.push(
      renderAnnotation({
        level,
        file: pathFor(finding.file),
        line: finding.line,
        title: `hypo stale: ${finding.reason}`,
        message: `${finding.id}: ${finding.message}`,
      }),
    );
  }
  lines.push(...skippedAnnotations(report.skipped, pathFor));
  lines.push(`hypo stale: ${report.stale.length} stale record(s) as of ${report.asOf}`);
  return `${lines.join('\n')}\n`;
}
