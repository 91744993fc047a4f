// hypo show: one record as a card with the records linked to it, or as JSON.
// A record that failed its schema has no card; JSON still gives its data and links.
import type { Context } from '../cli/context.js';
import { loadPainter } from '../render/painter.js';
import { renderShowJson } from '../render/show-json.js';
import { renderShowText } from '../render/show-text.js';
import { sanitizeForTerminal } from '../render/terminal-text.js';
import { buildRecordCard, recordLinks } from '../report/record-card.js';
import { loadRepository } from '../store/load-repository.js';
import { findRecordFile } from './support/find-record.js';

export interface ShowOptions {
  id: string;
  format: 'text' | 'json';
}

export async function runShow(options: ShowOptions, ctx: Context): Promise<number> {
  const repository = await loadRepository(ctx.cwd);
  const file = findRecordFile(repository, options.id);
  // With two files of one id the graph keeps the first by path; show the file that was found.
  const card = file.record && repository.graph.records.get(file.id)?.file === file.file ? buildRecordCard(repository.graph, file.id) : undefined;

  if (options.format === 'json') {
    const links = recordLinks(repository.graph, file.id, file.kind, file.data);
    ctx.stdout.write(renderShowJson({ id: file.id, kind: file.kind ?? null, file: file.file, record: file.data ?? null, links }));
  } else if (card) {
    ctx.stdout.write(renderShowText(card, await loadPainter(ctx.color)));
  }
  if (card) return 0;

  const where = sanitizeForTerminal(file.file);
  const count = file.problems.length;
  ctx.stderr.write(
    count === 0
      ? `hypo: ${where} shares its id with another file, so it cannot be shown as a card\n`
      : `hypo: ${where} has ${count} ${count === 1 ? 'problem' : 'problems'}, so it cannot be shown as a card\n`,
  );
  ctx.stderr.write('hint: hypo check lists them with their lines\n');
  return 1;
}
