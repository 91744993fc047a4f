// `hypo stale --format github`: one annotation per finding on the line of its field.
// The title names the rule and stays as it is in every language; the message is the language's.
import type { StaleReportWithFacts } from '../report/stale-report.js';
import { renderAnnotation, skippedAnnotations } from './github-annotations.js';
import { messages, type Translator } from './messages/index.js';
import { staleMessage } from './stale-words.js';

export function renderStaleGithub(
  report: StaleReportWithFacts,
  pathFor: (file: string) => string,
  level: 'error' | 'warning',
  t: Translator = messages('en'),
): string {
  const lines = report.warnings.map((message) => renderAnnotation({ level: 'warning', title: 'hypo stale', message }));
  for (const finding of report.stale) {
    lines.push(
      renderAnnotation({
        level,
        file: pathFor(finding.file),
        line: finding.line,
        title: `hypo stale: ${finding.reason}`,
        message: `${finding.id}: ${staleMessage(finding, t)}`,
      }),
    );
  }
  lines.push(...skippedAnnotations(report.skipped, pathFor));
  lines.push(`hypo stale: ${t('stale.githubSummary', { n: report.stale.length, date: t.date(report.asOf) })}`);
  return `${lines.join('\n')}\n`;
}
