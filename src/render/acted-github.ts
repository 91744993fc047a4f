// `hypo acted --format github`: an annotation on the `decision:` line of every overdue and
// code-remains decision, an error where --fail-on names its state, else a warning.
import type { ActedReport, ActedState } from '../report/acted-model.js';
import { renderAnnotation, skippedAnnotations } from './github-annotations.js';

const ANNOTATED: ReadonlySet<ActedState> = new Set(['overdue', 'code-remains']);

export function renderActedGithub(report: ActedReport, pathFor: (file: string) => string, failOn: ReadonlySet<ActedState>): string {
  const lines = report.warnings.map((message) => renderAnnotation({ level: 'warning', title: 'hypo acted', message }));
  for (const decision of report.decisions) {
    if (!ANNOTATED.has(decision.state)) continue;
    const message =
      decision.state === 'overdue'
        ? `${decision.id}: ${decision.action} on ${decision.date}, and no commit about it in the ${report.actWithinDays} days since: carry it out, or say in a commit why not (trailer Hypo: ${decision.id})`
        : `${decision.id}: ${decision.action} on ${decision.date}, yet ${decision.files.length === 1 ? '1 tracked file still matches' : `${decision.files.length} tracked files still match`} its code: ${decision.files.slice(0, 5).join(', ')}`;
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
  lines.push(`hypo acted: ${flagged} of ${report.decisions.length} decision(s) overdue or with code remaining as of ${report.asOf}`);
  return `${lines.join('\n')}\n`;
}
