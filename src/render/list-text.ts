// `hypo list --format text`: a table of the records, then a count. Ids are never cut, since
// a person copies them into the next command; titles are cut to `width` when the table must
// fit a terminal, and left whole without one (piped, --wide), where nothing should be lost.
// The header row and the count are the reader's language; the values stay as written, since
// they are what `hypo list --kind/--status` and `hypo set` take.

import type { Kind } from '../model/vocabulary.js';
import type { RecordRow } from '../report/record-list.js';
import { messages, type Translator } from './messages/index.js';
import { type Painter, paintStatus } from './painter.js';
import { sanitizeLine } from './terminal-text.js';
import { displayWidth, oneLine, padToWidth, truncateToWidth } from './text-layout.js';

const GAP = '  ';
/** The title column never shrinks below this: on a narrow terminal a long id makes the line wrap instead. */
const MIN_TITLE_WIDTH = 20;
/** The longest status of format v1 (inconclusive); a broken record's odd status is cut to it in a terminal. */
const MAX_STATUS_WIDTH = 12;

const KIND_LABELS: Record<Kind, string> = { hypothesis: 'hyp', experiment: 'exp', insight: 'ins' };

export interface ListLayout {
  /** The columns a line may take; undefined: as wide as the text. */
  width?: number;
}

export function renderListText(rows: readonly RecordRow[], paint: Painter, layout: ListLayout = {}, t: Translator = messages('en')): string {
  if (rows.length === 0) return `${t('list.noneMatch')}\n`;
  const headings = { id: t('list.id'), kind: t('list.kind'), status: t('list.status'), title: t('list.title') };
  const fit = layout.width !== undefined;
  const cells = rows.map((row) => ({
    id: sanitizeLine(row.id),
    kind: KIND_LABELS[row.kind],
    status: oneLine(row.status),
    title: oneLine(row.title),
    raw: row.status,
  }));
  const widest = (heading: string, texts: string[]) => Math.max(displayWidth(heading), ...texts.map(displayWidth));
  const idWidth = widest(
    headings.id,
    cells.map((cell) => cell.id),
  );
  const kindWidth = widest(
    headings.kind,
    cells.map((cell) => cell.kind),
  );
  const longestStatus = widest(
    headings.status,
    cells.map((cell) => cell.status),
  );
  const statusWidth = fit ? Math.min(longestStatus, MAX_STATUS_WIDTH) : longestStatus;
  const titleStart = idWidth + kindWidth + statusWidth + GAP.length * 3;
  const titleWidth = fit ? Math.max(MIN_TITLE_WIDTH, (layout.width ?? 0) - titleStart) : Number.POSITIVE_INFINITY;

  const header = [padToWidth(headings.id, idWidth), padToWidth(headings.kind, kindWidth), padToWidth(headings.status, statusWidth), headings.title].join(GAP);
  const lines = [paint.dim(header)];
  for (const cell of cells) {
    const status = truncateToWidth(cell.status, statusWidth);
    // Pad outside the colour codes, so the escape sequences never count as columns.
    const statusCell = paintStatus(cell.raw, paint)(status) + ' '.repeat(statusWidth - displayWidth(status));
    const line = [padToWidth(cell.id, idWidth), padToWidth(cell.kind, kindWidth), statusCell, truncateToWidth(cell.title, titleWidth)].join(GAP);
    lines.push(line.trimEnd());
  }
  lines.push(t('list.count', { n: rows.length }));
  return `${lines.join('\n')}\n`;
}
