// What the inline SVG charts of the HTML pages share: the chart frame (an <svg> with a
// title for screen readers), data-* attributes that carry each mark's values, the count
// axis, and how labels are cut to fit. No chart library and nothing fetched, so a page
// stays self-contained; every label goes through `html`.
import { html, joinHtml, type SafeHtml } from './html-escape.js';

export const INK = '#1f2933';
export const MUTED = '#616e7c';
export const GRID = '#e4e7eb';
/** Average glyph width of the system sans serif, as a share of the font size: enough to decide where to cut a label. */
export const GLYPH = 0.54;

/** Coordinates to a tenth of a pixel: finer only bloats the markup. */
export const round = (value: number): number => Math.round(value * 10) / 10;

/** `text` cut to `max` characters with an ellipsis, never splitting a character in two. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= max
    ? chars.join('')
    : `${chars
        .slice(0, Math.max(1, max - 1))
        .join('')
        .trimEnd()}…`;
}

/** `data-name="value"` for each entry, in order and space-separated. */
export function dataAttributes(values: Record<string, string | number>): SafeHtml {
  return joinHtml(
    Object.entries(values).map(([name, value]) => html`data-${name}="${value}"`),
    ' ',
  );
}

/** The <svg> of a chart: `data-chart` names it, `label` is read out and shown as its tooltip. */
export function chart(kind: string, width: number, height: number, label: string, body: SafeHtml | SafeHtml[]): SafeHtml {
  const size = html`viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"`;
  return html`<svg class="chart" data-chart="${kind}" role="img" aria-label="${label}" ${size}><title>${label}</title>${body}</svg>`;
}

/** Gridline step for a count axis: whole numbers, at most about five lines. */
export function tickStep(max: number): number {
  for (const step of [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500]) if (max / step <= 5) return step;
  return Math.ceil(max / 5);
}

/** A period label in at most two lines that fit `chars` characters each (date ranges break at the dash). */
export function labelLines(label: string, chars: number): string[] {
  if (Array.from(label).length <= chars) return [label];
  const dash = label.indexOf(' – ');
  const space = label.lastIndexOf(' ', Math.min(label.length - 1, chars));
  const cut = dash > 0 ? dash : space > 0 ? space : chars;
  return [truncate(label.slice(0, cut), chars), truncate(label.slice(cut).replace(/^\s*–?\s*/, dash > 0 ? '– ' : ''), chars)];
}
