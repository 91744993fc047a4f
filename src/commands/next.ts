// hypo next: what to test next, ranked with reasons and a suggested method; with --plan,
// a planned experiment for one hypothesis, written like `hypo new` writes.
import path from 'node:path';
import { formatDay } from '../model/dates.js';
import { HypoError } from '../model/hypo-error.js';
import type { Lang } from '../model/lang.js';
import { resolveDay } from '../model/parse-day.js';
import { nextInFolder } from '../operations/folder-results.js';
import { loadRepository } from '../operations/repository.js';
import { toJson } from '../render/json-text.js';
import { loadPainter } from '../render/load-painter.js';
import { renderNextMarkdown } from '../render/next-markdown.js';
import { nextReportJson, planText, whyText } from '../render/next-reasons.js';
import { renderNextText } from '../render/next-text.js';
import { sanitizeLine } from '../render/terminal-text.js';
import { LINE_WIDTH } from '../render/text-layout.js';
import { type Context, EXIT_OK } from './context.js';
import { parsePositiveInteger } from './option-values.js';
import { outputMessages } from './output-language.js';
import { printWarnings } from './print-warnings.js';
import { strictExit, warnSkipped } from './skipped-warning.js';
import { terminalWidth } from './terminal-width.js';

export interface NextOptions {
  limit?: string;
  asOf?: string;
  format: 'text' | 'markdown' | 'json';
  /** A hypothesis to plan an experiment for, instead of listing. */
  plan?: string;
  method?: string;
  strict?: boolean;
  /** The language of the text, markdown, the plan and what --plan says; default: the config's `lang`, else English. JSON never changes. */
  lang?: Lang;
}

/** Enough for a sprint's planning; --limit changes it. */
const DEFAULT_LIMIT = 10;

export async function runNext(options: NextOptions, ctx: Context): Promise<number> {
  if (options.plan !== undefined) {
    const listing = options.limit !== undefined ? '--limit' : options.asOf !== undefined ? '--as-of' : undefined;
    if (listing) throw new HypoError('bad-option', `${listing} applies to the list, not to --plan`, { hint: 'leave it out, or leave out --plan' });
    return runPlan(options.plan, options, ctx);
  }
  if (options.method !== undefined) throw new HypoError('bad-option', '--method needs --plan <id>', { hint: 'hypo next --plan <id> --method <method>' });
  const limit = options.limit === undefined ? DEFAULT_LIMIT : parsePositiveInteger('--limit', options.limit);
  const asOf = resolveDay(options.asOf, ctx.now(), '--as-of');
  // The ranking as computed last time when nothing it depends on changed since; rendered anew in every format and language.
  const { result: report, lang } = await nextInFolder(ctx.cwd, { asOf, limit, today: ctx.now(), env: ctx.env });
  const t = outputMessages(options.lang, lang);
  printWarnings(ctx, report.warnings, t);
  if (options.format === 'json') ctx.stdout.write(toJson(nextReportJson(report)));
  else if (options.format === 'markdown') ctx.stdout.write(renderNextMarkdown(report, t));
  else ctx.stdout.write(renderNextText(report, await loadPainter(ctx.color), terminalWidth(ctx) ?? LINE_WIDTH, t));
  warnSkipped(ctx, report.skipped, 'leftOut', t);
  return strictExit(EXIT_OK, report.skipped, options.strict);
}

async function runPlan(hypothesis: string, options: NextOptions, ctx: Context): Promise<number> {
  // Planning writes a record: the record writer (and the schemas it checks against) loads only for --plan.
  const [{ planNextTest }, { saveNewRecords }, { printSaveOutcome }] = await Promise.all([
    import('../operations/plan-next-test.js'),
    import('../operations/save-new-records.js'),
    import('./save-outcome.js'),
  ]);
  const repository = await loadRepository(ctx.cwd, ctx.env);
  const t = outputMessages(options.lang, repository.config.lang);
  const planned = await planNextTest(repository, {
    hypothesis,
    ...(options.method === undefined ? {} : { method: options.method }),
    today: formatDay(ctx.now()),
    env: ctx.env,
    writePlan: (entry) => planText(entry, t),
    nameMethod: (method) => t.word('method', method),
  });
  const outcome = await saveNewRecords(repository, [planned.change], 'plan it again: the next free id is taken then', { faults: ctx.faults });
  const code = await printSaveOutcome(outcome, ctx, 'the planned experiment was');
  if (code !== EXIT_OK) return code;
  const { id, file, method, why } = planned;
  if (options.format === 'json') {
    ctx.stdout.write(toJson({ id, kind: 'experiment', file, tests: planned.hypothesis, method, why: whyText(why) }));
  } else {
    ctx.stdout.write(`${sanitizeLine(path.relative(ctx.cwd, path.join(repository.root, file)) || file)}\n`);
    const said = t('next.planned', { method: t.word('method', method), id: planned.hypothesis, why: whyText(why, t) });
    ctx.stderr.write(`hypo: ${sanitizeLine(said)}\n`);
  }
  return EXIT_OK;
}
