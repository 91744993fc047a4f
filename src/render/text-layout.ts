// The layout base of every text renderer: record text in an 80-column terminal.
// Widths are measured in terminal columns (not bytes or UTF-16 units, so å, ä, ö and
// emoji keep columns straight) and on the plain text: colour is added afterwards, so
// escape codes never count as columns and a plain painter gives the same layout.
// Record text is made safe for the terminal here, so callers may pass it as it is.
import { sanitizeForTerminal } from './terminal-text.js';

/** The width every text renderer fits its lines to. */
export const LINE_WIDTH = 80;

export type Style = (text: string) => string;

/** A piece of a line (or a table cell) that is painted as a whole. */
export interface Part {
  text: string;
  paint?: Style;
}

const unstyled: Style = (text) => text;

// Combining marks (a decomposed å is "a" + U+030A), zero-width joiners and variation selectors take no column.
// (Variation selectors are nonspacing marks, \p{Mn}.)
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\u200b-\u200f\u2060]$/u;
// Emoji and the common wide scripts take two columns; a simple rule, not the full East Asian Width table.
const WIDE = /^[\p{Extended_Pictographic}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u{1f1e6}-\u{1f1ff}]$/u;

function charWidth(char: string): number {
  if (ZERO_WIDTH.test(char)) return 0;
  if (WIDE.test(char)) return 2;
  return 1;
}

/** The columns `text` takes in a terminal (one line, no escape sequences). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** `text` cut to at most `width` columns, ending in "…" when something was cut. */
export function truncateToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let result = '';
  let used = 0;
  for (const char of text) {
    const next = charWidth(char);
    if (used + next > width - 1) break;
    result += char;
    used += next;
  }
  return `${result}…`;
}

/** `text` padded with spaces to `width` columns. */
export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Record text on one line: escapes made visible, line breaks and runs of space folded into one space. */
export function oneLine(text: string): string {
  return sanitizeForTerminal(text).replace(/\s+/g, ' ').trim();
}

/** Cut to `room` columns with "…", never leaving a space before the "…". */
function cut(text: string, room: number): string {
  return truncateToWidth(text, room).replace(/\s+…$/, '…');
}

/** Record text on one line under `indent`: escapes made visible, breaks folded, cut with "…" to fit. */
export function fitLine(text: string, indent: string, paint: Style = unstyled, width = LINE_WIDTH): string {
  const room = Math.max(1, width - displayWidth(indent));
  return indent + paint(cut(oneLine(text), room));
}

/** One line: a painted lead ("• persevere: ") and record text cut to what is left. */
export function leadLine(lead: Part, text: string, indent: string, paint: Style = unstyled, width = LINE_WIDTH): string {
  const room = Math.max(1, width - displayWidth(indent) - displayWidth(lead.text));
  return indent + (lead.paint ?? unstyled)(lead.text) + paint(cut(oneLine(text), room));
}

/**
 * Record text word-wrapped to the line width under `indent`. Line breaks the author wrote
 * (a `|` block) are kept; a word longer than a line is split, so nothing runs past the width.
 */
export function wrapText(text: string, indent: string, width = LINE_WIDTH): string[] {
  const room = Math.max(1, width - displayWidth(indent));
  const lines: string[] = [];
  for (const paragraph of sanitizeForTerminal(text).replace(/\t/g, ' ').trim().split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ').filter(Boolean)) {
      for (const piece of splitWord(word, room)) {
        if (line === '') line = piece;
        else if (displayWidth(`${line} ${piece}`) <= room) line += ` ${piece}`;
        else {
          lines.push(indent + line);
          line = piece;
        }
      }
    }
    lines.push(indent + line);
  }
  return lines.map((line) => line.trimEnd());
}

function splitWord(word: string, room: number): string[] {
  if (displayWidth(word) <= room) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (displayWidth(piece + char) > room) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

export interface PackOptions {
  separator?: string;
  /** Plain words before the first part ("from "), counted in the width. */
  lead?: string;
  width?: number;
}

/** Parts joined by a separator (" · "), as many on a line as fit; a part too long for a line of its own is cut. */
export function packParts(parts: readonly Part[], indent: string, options: PackOptions = {}): string[] {
  const { separator = ' · ', lead = '', width = LINE_WIDTH } = options;
  const room = Math.max(1, width - displayWidth(indent));
  const lines: string[] = [];
  let plain = lead;
  let painted = lead;
  let empty = true;
  for (const part of parts) {
    const text = cut(oneLine(part.text), room - (empty ? displayWidth(plain) : 0));
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

/**
 * Parts joined by " · ", as many on a line as fit; a part too long for a line of its own is
 * word-wrapped rather than cut, and one without spaces (an id, a path) may run long, since
 * cutting it would break copying and clicking.
 */
export function wrapParts(parts: readonly Part[], indent: string, separator = ' · ', width = LINE_WIDTH): string[] {
  const lines: string[] = [];
  let plain = '';
  let painted = '';
  for (const part of parts) {
    const text = oneLine(part.text);
    const styled = part.paint ? part.paint(text) : text;
    if (plain !== '' && displayWidth(indent + plain + separator + text) <= width) {
      plain += separator + text;
      painted += separator + styled;
      continue;
    }
    if (plain !== '') lines.push(indent + painted);
    if (displayWidth(indent + text) <= width) {
      plain = text;
      painted = styled;
    } else if (!text.includes(' ')) {
      lines.push(indent + styled);
      plain = '';
      painted = '';
    } else {
      lines.push(...wrapText(text, indent, width).map((line) => (part.paint ? part.paint(line) : line)));
      plain = '';
      painted = '';
    }
  }
  if (plain !== '') lines.push(indent + painted);
  return lines;
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
export function alignedRows(rows: readonly (readonly Part[])[], indent: string, layout: TableLayout = {}): string[] {
  const safe = rows.map((row) => row.map((cell, column) => ({ ...cell, text: column === 0 ? oneLine(cell.text) : cell.text })));
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
