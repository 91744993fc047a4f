// `hypo list --format text`: a table that fits an 80-column terminal, then a count.

import type { Kind } from '../model/vocabulary.js';
import type { RecordRow } from '../report/record-list.js';
import { type Painter, paintStatus } from './painter.js';
import { sanitizeLine } from './terminal-text.js';
import { displayWidth, LINE_WIDTH, oneLine, padToWidth, truncateToWidth } from './text-layout.js';

const GAP = '  ';
/** The title column never shrinks below this; long ids are cut instead. */
const MIN_TITLE_WIDTH = 20;
/** The longest status of format v1 (inconclusive); a broken record's odd status is cut to it. */
const MAX_STATUS_WIDTH = 12;

const KIND_LABELS: Record<Kind, string> = { hypothesis: 'hyp', experiment: 'exp', insight: 'ins' };

export function renderListText(rows: readonly RecordRow[], paint: Painter): string {
  if (rows.length === 0) return 'no records match\n';
  const cells = rows.map((row) => ({
    id: sanitizeLine(row.id),
    kind: KIND_LABELS[row.kind],
    status: oneLine(row.status),
    title: oneLine(row.title),
    raw: row.status,
  }));
  const kindWidth = Math.max(displayWidth('KIND'), ...cells.map((cell) => displayWidth(cell.kind)));
  const statusWidth = Math.min(Math.max(displayWidth('STATUS'), ...cells.map((cell) => displayWidth(cell.status))), MAX_STATUS_WIDTH);
  const fixed = kindWidth + statusWidth + GAP.length * 3;
  // Ids and titles share what is left: when both are long, half each, since a cut id
  // is still a prefix that `hypo show` accepts; when titles are short, ids get the room.
  const room = LINE_WIDTH - fixed;
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
    const line = [
      padToWidth(truncateToWidth(cell.id, idWidth), idWidth),
      padToWidth(cell.kind, kindWidth),
      statusCell,
      truncateToWidth(cell.title, titleWidth),
    ].join(GAP);
    lines.push(line.trimEnd());
  }
  lines.push(`${rows.length} ${rows.length === 1 ? 'record' : 'records'}`);
  return `${lines.join('\n')}\n`;
}
