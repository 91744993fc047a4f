// `hypo acted --format github`: an annotation on the `decision:` line of every overdue and
// code-remains decision, an error where --fail-on names its state, else a warning.
import type { ActedReport, ActedState } from '../report/acted-model.js';

import { renderAnnotation, skippedAnnotations } from './github-annotations.js';
import { messages, type Translator } from './messages/index.js';

const ANNOTATED: ReadonlySet<ActedState> = new Set(['overdue', 'code-remains']);

/** The title names the state as the JSON and --fail-on do, in every language; the message is the language's. */
export function renderActedGithub(
  report: ActedReport,
  pathFor: (file: string) => string,
  failOn: ReadonlySet<ActedState>,
  t: Translator = messages('en'),
): string {
  const lines = report.warnings.map((message) => renderAnnotation({ level: 'warning', title: 'hypo acted', message }));
  for (const decision of report.decisions) {
    if (!ANNOTATED.has(decision.state)) continue;
    const said = { action: t.word('action', decision.action), date: t.date(decision.date), id: decision.id };
    const message = `${decision.id}: ${
      decision.state === 'overdue'
        ? t('acted.github.overdue', { ...said, n: report.actWithinDays })
        : t('acted.github.codeRemains', { ...said, n: decision.files.length, files: decision.files.slice(0, 5).join(', ') })
    }`;
    lines.push(
      renderAnnotation({
        level: failOn.has(decision.state) ? 'error' : 'warning',
        file: pathFor(decision.file),
        line: decision.line,
        title: `hypo acted: ${decision.state}`,
        message,
      }),
    );
  }
  lines.push(...skippedAnnotations(report.skipped, pathFor));
  const flagged = report.decisions.filter((decision) => ANNOTATED.has(decision.state)).length;
  lines.push(`hypo acted: ${t('acted.github.summary', { flagged, n: report.decisions.length, date: t.date(report.asOf) })}`);
  return `${lines.join('\n')}\n`;
}
