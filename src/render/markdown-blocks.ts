// The block-level pieces the markdown renderers (report, trend) lay out: tables and
// mermaid diagrams. They only arrange what they are given: every cell and every label
// must be made safe by the caller (markdown-escape.ts), so escaping stays where the
// text is known to be record text.

export type Align = 'left' | 'right';

/** A GitHub table; `align` lists the columns from the left, the rest are left-aligned. Cells must be escaped already. */
export function table(headings: readonly string[], align: readonly Align[], rows: readonly (readonly string[])[]): string {
  const rule = headings.map((_, column) => (align[column] === 'right' ? '---:' : '---'));
  return [headings, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** A fenced mermaid block, which GitHub draws as a diagram. */
export function mermaid(lines: readonly string[]): string {
  return ['```mermaid', ...lines, '```'].join('\n');
}
