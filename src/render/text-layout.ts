// Building blocks for text renderers that lay record text out in an 80-column terminal:
// one-line fields cut with "…", parts packed onto lines, and small aligned tables.
// Widths are measured on the plain text and colour is added afterwards, so escape
// codes never count as columns and a plain painter gives the same layout.
import { cellText, displayWidth, truncateToWidth } from './list-text.js';

export const LINE_WIDTH = 80;

export type Style = (text: string) => string;

/** A piece of a line that is painted as a whole. */
export interface Part {
  text: string;
  paint?: Style;
}

const unstyled: Style = (text) => text;

/** Cut to `room` columns with "…", never leaving a space before the "…". */
function cut(text: string, room: number): string {
  return truncateToWidth(text, room).replace(/\s+…$/, '…');
}

/** Record text on one line under `indent`: escapes made visible, breaks folded, cut with "…" to fit. */
export function fitLine(text: string, indent: string, paint: Style = unstyled, width = LINE_WIDTH): string {
  const room = Math.max(1, width - displayWidth(indent));
  return indent + paint(cut(cellText(text), room));
}

export interface PackOptions {
  separator?: string;
  /** Plain words before the first part ("from "), counted in the width. */
  lead?: string;
  width?: number;
}

/**
 * Parts joined by a separator (" · "), as many on a line as fit; a part too long for a
 * line of its own is cut. Record text is made safe here, so callers may pass it as it is.
 */
export function packParts(parts: readonly Part[], indent: string, options: PackOptions = {}): string[] {
  const { separator = ' · ', lead = '', width = LINE_WIDTH } = options;
  const room = Math.max(1, width - displayWidth(indent));
  const lines: string[] = [];
  let plain = lead;
  let painted = lead;
  let empty = true;
  for (const part of parts) {
    const text = cut(cellText(part.text), room - (empty ? displayWidth(plain) : 0));
    if (text === '') continue;
    const styled = (part.paint ?? unstyled)(text);
    if (empty) {
      plain += text;
      painted += styled;
      empty = false;
    } else if (displayWidth(plain + separator + text) <= room) {
      plain += separator + text;
      painted += separator + styled;
    } else {
      lines.push(indent + painted);
      plain = text;
      painted = styled;
    }
  }
  if (!empty) lines.push(indent + painted);
  return lines;
}

/** One line: a painted lead ("• persevere: ") and record text cut to what is left. */
export function leadLine(lead: Part, text: string, indent: string, paint: Style = unstyled, width = LINE_WIDTH): string {
  const room = Math.max(1, width - displayWidth(indent) - displayWidth(lead.text));
  return indent + (lead.paint ?? unstyled)(lead.text) + paint(cut(cellText(text), room));
}

export interface Cell {
  text: string;
  paint?: Style;
}

export interface TableLayout {
  /** Right-align these columns (numbers). */
  right?: readonly number[];
  /** The widest the first column may be; longer text is cut with "…". */
  maxFirst?: number;
}

/**
 * Rows of cells in aligned columns two spaces apart, under `indent`. Only the first
 * column holds record text (a label); the others are short words and numbers.
 */
export function alignedRows(rows: readonly (readonly Cell[])[], indent: string, layout: TableLayout = {}): string[] {
  const safe = rows.map((row) => row.map((cell, column) => ({ ...cell, text: column === 0 ? cellText(cell.text) : cell.text })));
  const columns = Math.max(0, ...safe.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) => Math.max(0, ...safe.map((row) => displayWidth(row[column]?.text ?? ''))));
  if (layout.maxFirst !== undefined && widths[0] !== undefined) widths[0] = Math.min(widths[0], layout.maxFirst);
  return safe.map((row) => {
    const cells = row.map((cell, column) => {
      const width = widths[column] ?? 0;
      const text = column === 0 ? cut(cell.text, width) : cell.text;
      const pad = ' '.repeat(Math.max(0, width - displayWidth(text)));
      const styled = (cell.paint ?? unstyled)(text);
      // The last column is never padded on the right, so lines carry no trailing spaces.
      if (layout.right?.includes(column)) return pad + styled;
      return column === row.length - 1 ? styled : styled + pad;
    });
    return indent + cells.join('  ');
  });
}

// Figures in the words both report renderers use.

/** "1 experiment", "2 experiments". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** A share as a whole percentage: 0.666 → "67%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A median in days: medians can be halves; "–" when there was nothing to take it of. */
export function days(value: number | null): string {
  if (value === null) return '–';
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
