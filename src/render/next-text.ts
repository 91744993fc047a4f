// `hypo next` for a person: the hypotheses to test next, each with its score, its reasons
// and the method to try, wrapped to the terminal, then how to plan one. The report's
// Test next section prints its items the same way.
import type { NextItem, NextReport } from '../report/next-model.js';
import { messages, type Translator } from './messages/index.js';
import { reasonText, whyText } from './next-reasons.js';
import type { Painter } from './painter.js';
import { fitLine, LINE_WIDTH, wrapParts, wrapText } from './text-layout.js';

const EN = messages('en');

export function renderNextText(report: NextReport, paint: Painter, width = LINE_WIDTH, t: Translator = EN): string {
  const date = t.date(report.asOf);
  if (report.next.length === 0) return `${paint.ok(`✔ ${t('next.nothing', { date, why: t('empty.testNext') })}`)}\n`;
  return `${[
    paint.bold(t('next.heading', { date })),
    '',
    ...nextItemsText(report.next, paint, '', width, t).flatMap((lines) => [...lines, '']),
    paint.dim(t('next.planHint')),
  ].join('\n')}\n`;
}

/** Each item's lines, numbered from 1, under `indent`. */
export function nextItemsText(items: readonly NextItem[], paint: Painter, indent: string, width = LINE_WIDTH, t: Translator = EN): string[][] {
  return items.map((item, index) => {
    const number = `${String(index + 1).padStart(2)}. `;
    const detail = `${indent}    `;
    return [
      `${indent}${number}${fitLine(item.title, '', paint.bold, width - indent.length - number.length)}`,
      ...wrapParts(
        [item.id, t('next.score', { score: item.score })].map((text) => ({ text, paint: paint.dim })),
        detail,
        ' · ',
        width,
      ),
      ...item.reasons.flatMap((reason) => bullet('• ', reasonText(reason, t), detail, width)),
      ...(item.suggested ? bullet('→ ', `${t.word('method', item.suggested.method)}: ${whyText(item.suggested.why, t)}`, detail, width, paint.ok) : []),
    ];
  });
}

/** A wrapped line under a mark, its continuation lines indented past the mark. */
function bullet(mark: string, text: string, indent: string, width: number, style: (text: string) => string = (text) => text): string[] {
  const [head = '', ...rest] = wrapText(text, `${indent}  `, width).map((line) => line.slice(indent.length + 2));
  return [`${indent}${mark}${style(head)}`, ...rest.map((line) => `${indent}  ${style(line)}`)];
}
