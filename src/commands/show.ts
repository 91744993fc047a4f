// hypo show: one record as a card with the records linked to it, or as JSON.
// A record that failed its schema has no card; JSON still gives its data and links.
import type { Lang } from '../model/lang.js';
import { loadRepository, skippedOf } from '../operations/repository.js';
import { showRecord } from '../operations/show-record.js';
import { loadPainter } from '../render/load-painter.js';
import { renderShowJson } from '../render/show-json.js';
import { renderShowText } from '../render/show-text.js';
import { sanitizeLine } from '../render/terminal-text.js';
import { type Context, EXIT_FINDINGS, EXIT_OK } from './context.js';
import { outputMessages } from './output-language.js';
import { strictExit, warnSkipped } from './skipped-warning.js';

export interface ShowOptions {
  id: string;
  format: 'text' | 'json';
  /** Exit 1 when a record was left out for errors. */
  strict?: boolean;
  /** The language of the card's headings and labels; default: the config's `lang`, else English. JSON never changes. */
  lang?: Lang;
}

export async function runShow(options: ShowOptions, ctx: Context): Promise<number> {
  const repository = await loadRepository(ctx.cwd, ctx.env);
  const t = outputMessages(options.lang, repository.config.lang);
  const { file, card, links } = showRecord(repository, options.id);
  const skipped = skippedOf(repository);

  if (options.format === 'json') {
    ctx.stdout.write(
      renderShowJson({
        id: file.id,
        kind: file.kind ?? null,
        file: file.file,
        record: file.data ?? null,
        links,
        evidence: card?.kind === 'hypothesis' ? card.evidence : null,
        metric: card?.kind === 'hypothesis' ? card.metric : null,
        skipped,
      }),
    );
  } else if (card) {
    ctx.stdout.write(renderShowText(card, await loadPainter(ctx.color), t));
  }
  if (card) {
    warnSkipped(ctx, skipped, 'leftOut', t);
    return strictExit(EXIT_OK, skipped, options.strict);
  }

  const where = sanitizeLine(file.file);
  const count = file.problems.length;
  ctx.stderr.write(
    count === 0
      ? `hypo: ${where} shares its id with another file, so it cannot be shown as a card\n`
      : `hypo: ${where} has ${count} ${count === 1 ? 'problem' : 'problems'}, so it cannot be shown as a card\n`,
  );
  ctx.stderr.write('hint: hypo check lists them with their lines\n');
  return EXIT_FINDINGS;
}
