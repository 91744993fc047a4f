// hypo journey: the journey map, stage by stage, for the team that asks where it is still
// guessing and whether it measures what the customer gains or only its own KPIs.

import type { Lang } from '../model/lang.js';
import { resolveDay } from '../model/parse-day.js';
import { journeyInFolder } from '../operations/folder-results.js';
import { toJson } from '../render/json-text.js';
import { loadPainter } from '../render/load-painter.js';
import type { Translator } from '../render/messages/index.js';
import type { Painter } from '../render/painter.js';
import type { JourneyMap } from '../report/journey-model.js';
import type { Context } from './context.js';
import { deliverDocument } from './deliver-document.js';
import { outputFormat } from './output-format.js';
import { outputMessages } from './output-language.js';

export type JourneyFormat = 'text' | 'markdown' | 'json' | 'html';

export const JOURNEY_FORMATS: readonly JourneyFormat[] = ['text', 'markdown', 'json', 'html'];

export interface JourneyOptions {
  /** As of the end of this day, YYYY-MM-DD. */
  asOf?: string;
  /** Default: what --out's extension names (.html, .md, .json), else text. */
  format?: JourneyFormat;
  out?: string;
  /** Exit 1 when a record was left out for errors. */
  strict?: boolean;
  /** The language of the text, markdown and HTML; default: the config's `lang`, else English. JSON never changes. */
  lang?: Lang;
}

export async function runJourney(options: JourneyOptions, ctx: Context): Promise<number> {
  const asOf = resolveDay(options.asOf, ctx.now(), '--as-of');
  // The map as computed last time when nothing it depends on changed since; rendered anew in every format and language.
  const { result, lang } = await journeyInFolder(ctx.cwd, { asOf, today: ctx.now(), env: ctx.env });
  const { journey, warnings } = result;
  const format = outputFormat(options.format, options.out, JOURNEY_FORMATS, 'text');
  const t = outputMessages(options.lang, lang);
  const output = await render(journey, format, await loadPainter(ctx.color && options.out === undefined), t);
  return deliverDocument(ctx, { output, out: options.out, warnings, skipped: journey.skipped, strict: options.strict, t });
}

async function render(journey: JourneyMap, format: JourneyFormat, paint: Painter, t: Translator): Promise<string> {
  switch (format) {
    case 'json':
      return toJson(journey);
    case 'markdown':
      return (await import('../render/journey-markdown.js')).renderJourneyMarkdown(journey, t);
    case 'html':
      return (await import('../render/journey-html.js')).renderJourneyHtml(journey, t);
    default:
      return (await import('../render/journey-text.js')).renderJourneyText(journey, paint, t);
  }
}
