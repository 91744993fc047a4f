// `hypo list --format text`: a table that fits an 80-column terminal, then a count.
// Widths are measured in terminal columns, not bytes or UTF-16 units, so å, ä, ö
// and emoji in titles keep the columns straight.
import type { RecordRow } from '../report/record-list.js';
import type { Kind } from '../model/vocabulary.js';
import type { Painter } from './painter.js';
import { sanitizeForTerminal } from './terminal-text.js';

export const TABLE_WIDTH = 80;
const GAP = '  ';
/** The title column never shrinks below this; long ids are cut instead. */
const MIN_TITLE_WIDTH = 20;
/** The longest status of format v1 (inconclusive); a broken record's odd status is cut to it. */
const MAX_STATUS_WIDTH = 12;

const KIND_LABELS: Record<Kind, string> = { hypothesis: 'hyp', experiment: 'exp', insight: 'ins' };

// Combining marks (a decomposed å is "a" + U+030A), zero-width joiners and variation selectors take no column.
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\u200b-\u200f\u2060\ufe00-\ufe0f]$/u;
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

/** Record text made safe for a table cell: escapes made visible and line breaks folded into spaces. */
export function cellText(text: string): string {
  return sanitizeForTerminal(text).replace(/\s+/g, ' ').trim();
}

/** The colour a status is printed in: green for good news, red for bad, yellow for waiting, cyan for under way. */
export function paintStatus(status: string, paint: Painter): (text: string) => string {
  switch (status) {
    case 'supported':
    case 'done':
    case 'decided':
      return paint.ok;
    case 'refuted':
    case 'cancelled':
      return paint.error;
    case 'open':
    case 'planned':
    case 'undecided':
      return paint.warning;
    case 'testing':
    case 'running':
      return paint.path;
    case 'retired':
      return paint.dim;
    default:
      return (text) => text;
  }
}

export function renderListText(rows: readonly RecordRow[], paint: Painter): string {
  if (rows.length === 0) return 'no records match\n';
  const cells = rows.map((row) => ({ id: cellText(row.id), kind: KIND_LABELS[row.kind], status: cellText(row.status), title: cellText(row.title), raw: row.status }));
  const kindWidth = Math.max(displayWidth('KIND'), ...cells.map((cell) => displayWidth(cell.kind)));
  const statusWidth = Math.min(Math.max(displayWidth('STATUS'), ...cells.map((cell) => displayWidth(cell.status))), MAX_STATUS_WIDTH);
  const fixed = kindWidth + statusWidth + GAP.length * 3;
  // Ids and titles share what is left: when both are long, half each, since a cut id
  // is still a prefix that `hypo show` accepts; when titles are short, ids get the room.
  const room = TABLE_WIDTH - fixed;
  const longestId = Math.max(displayWidth('ID'), ...cells.map((cell) => displayWidth(cell.id)));
  const longestTitle = Math.max(displayWidth('TITLE'), ...cells.map((cell) => displayWidth(cell.title)));
  const idWidth = Math.min(longestId, Math.max(Math.floor(room / 2), room - longestTitle), room - MIN_TITLE_WIDTH);
  const titleWidth = room - idWidth;

  const header = [padToWidth('ID', idWidth), padToWidth('KIND', kindWidth), padToWidth('STATUS', statusWidth), 'TITLE'].join(GAP);
  const lines = [paint.dim(header)];
  for (const cell of cells) {
    const status = truncateToWidth(cell.status, statusWidth);
    // Pad outside the colour codes, so the escape sequences never count as columns.
    const statusCell = paintStatus(cell.raw, paint)(status) + ' '.repeat(statusWidth - displayWidth(status));
    const line = [padToWidth(truncateToWidth(cell.id, idWidth), idWidth), padToWidth(cell.kind, kindWidth), statusCell, truncateToWidth(cell.title, titleWidth)].join(GAP);
    lines.push(line.trimEnd());
  }
  lines.push(`${rows.length} ${rows.length === 1 ? 'record' : 'records'}`);
  return `${lines.join('\n')}\n`;
}
