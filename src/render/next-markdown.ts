// `hypo next --format markdown`: the list for a pull request comment or the sprint
// planning page, numbered, each hypothesis with its reasons and the method to try. The
// report's Test next section uses the same list.
import type { NextItem, NextReport } from '../report/next-model.js';
import { escapeMarkdown, markdownId } from './markdown-escape.js';
import { messages, type Translator } from './messages/index.js';
import { reasonText, whyText } from './next-reasons.js';

const EN = messages('en');

export function renderNextMarkdown(report: NextReport, t: Translator = EN): string {
  const date = t.date(report.asOf);
  const lines = [`## ${t('heading.testNext')}`, '', `${t.sentence('period.asOf', { date })}.`, ''];
  if (report.next.length === 0) lines.push(t('next.md.nothing', { why: t('empty.testNext') }));
  else lines.push(...nextItemsMarkdown(report.next, t), '', t('next.md.planHint'));
  return `${lines.join('\n')}\n`;
}

/** A numbered list, one item per hypothesis with its reasons and suggested method as sub-items. */
export function nextItemsMarkdown(items: readonly NextItem[], t: Translator = EN): string[] {
  return items.flatMap((item, index) => [
    `${index + 1}. **${escapeMarkdown(item.title)}** ${markdownId(item.id)}, ${t('next.score', { score: item.score })}`,
    ...item.reasons.map((reason) => `   - ${escapeMarkdown(reasonText(reason, t))}`),
    ...(item.suggested
      ? [
          `   - ${t('next.md.suggested', {
            method: escapeMarkdown(t.word('method', item.suggested.method)),
            why: escapeMarkdown(whyText(item.suggested.why, t)),
          })}`,
        ]
      : []),
  ]);
}
