// `hypo next` for a person: the hypotheses to test next, each with its score, its reasons
// and the method to try, wrapped to the terminal, then how to plan one. The report's
// Test next section prints its items the same way.
import type { NextItem, NextReport } from '../report/next-model.js';
import type { Painter } from './painter.js';
import { fitLine, LINE_WIDTH, wrapParts, wrapText } from './text-layout.js';

/** Why nothing is listed: every hypothesis is out of the running for one of these. */
export const NOTHING_TO_TEST = 'every hypothesis is settled, well evidenced or being tested';

export function renderNextText(report: NextReport, paint: Painter, width = LINE_WIDTH): string {
  if (report.next.length === 0) return `${paint.ok(`✔ nothing to test next as of ${report.asOf}: ${NOTHING_TO_TEST}`)}\n`;
  return `${[
    paint.bold(`Test next, as of ${report.asOf}`),
    '',
    ...nextItemsText(report.next, paint, '', width).flatMap((lines) => [...lines, '']),
    paint.dim('Plan a test: hypo next --plan <id> [--method <method>]'),
  ].join('\n')}\n`;
}

/** Each item's lines, numbered from 1, under `indent`. */
export function nextItemsText(items: readonly NextItem[], paint: Painter, indent: string, width = LINE_WIDTH): string[][] {
  return items.map((item, index) => {
    const number = `${String(index + 1).padStart(2)}. `;
    const detail = `${indent}    `;
    return [
      `${indent}${number}${fitLine(item.title, '', paint.bold, width - indent.length - number.length)}`,
      ...wrapParts(
        [item.id, `score ${item.score}`].map((text) => ({ text, paint: paint.dim })),
        detail,
        ' · ',
        width,
      ),
      ...item.reasons.flatMap((reason) => bullet('• ', reason, detail, width)),
      ...(item.suggested ? bullet('→ ', `${item.suggested.method}: ${item.suggested.why}`, detail, width, paint.ok) : []),
    ];
  });
}

/** A wrapped line under a mark, its continuation lines indented past the mark. */
function bullet(mark: string, text: string, indent: string, width: number, style: (text: string) => string = (text) => text): string[] {
  const [head = '', ...rest] = wrapText(text, `${indent}  `, width).map((line) => line.slice(indent.length + 2));
  return [`${indent}${mark}${style(head)}`, ...rest.map((line) => `${indent}  ${style(line)}`)];
}
