// `hypo next --format markdown`: the list for a pull request comment or the sprint
// planning page, numbered, each hypothesis with its reasons and the method to try. The
// report's Test next section uses the same list.
import type { NextItem, NextReport } from '../report/next-model.js';
import { escapeMarkdown, markdownId } from './markdown-escape.js';
import { NOTHING_TO_TEST } from './next-text.js';

export function renderNextMarkdown(report: NextReport): string {
  const lines = ['## Test next', '', `As of ${report.asOf}.`, ''];
  if (report.next.length === 0) lines.push(`Nothing to test next: ${NOTHING_TO_TEST}.`);
  else lines.push(...nextItemsMarkdown(report.next), '', 'Plan a test: `hypo next --plan <id> [--method <method>]`.');
  return `${lines.join('\n')}\n`;
}

/** A numbered list, one item per hypothesis with its reasons and suggested method as sub-items. */
export function nextItemsMarkdown(items: readonly NextItem[]): string[] {
  return items.flatMap((item, index) => [
    `${index + 1}. **${escapeMarkdown(item.title)}** ${markdownId(item.id)}, score ${item.score}`,
    ...item.reasons.map((reason) => `   - ${escapeMarkdown(reason)}`),
    ...(item.suggested ? [`   - Next: **${escapeMarkdown(item.suggested.method)}**, ${escapeMarkdown(item.suggested.why)}`] : []),
  ]);
}
