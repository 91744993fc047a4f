// hypo acted: every decision with whether the code followed it. Exit 1 when a decision is
// in a state --fail-on names, so a scheduled CI job can fail on overdue decisions.
import type { Lang } from '../model/lang.js';
import { resolveDay } from '../model/parse-day.js';
import { actedInFolder } from '../operations/folder-acted.js';
import { renderActedGithub } from '../render/acted-github.js';
import { renderActedMarkdown } from '../render/acted-markdown.js';
import { renderActedText } from '../render/acted-text.js';
import { githubPathFor } from '../render/github-annotations.js';
import { toJson } from '../render/json-text.js';
import { loadPainter } from '../render/load-painter.js';
import { LINE_WIDTH } from '../render/text-layout.js';
import { ACTED_STATES, type ActedReport, type ActedState } from '../report/acted-model.js';
import { type Context, EXIT_FINDINGS, EXIT_OK } from './context.js';
import { parseWordList } from './option-values.js';
import { outputMessages } from './output-language.js';
import { printWarnings } from './print-warnings.js';
import { strictExit, warnSkipped } from './skipped-warning.js';
import { terminalWidth } from './terminal-width.js';

export interface ActedOptions {
  since?: string;
  asOf?: string;
  format: 'text' | 'markdown' | 'json' | 'github';
  failOn?: string;
  strict?: boolean;
  /** The language of the text, markdown and annotations; default: the config's `lang`, else English. JSON never changes. */
  lang?: Lang;
}

export async function runActed(options: ActedOptions, ctx: Context): Promise<number> {
  const failOn = parseStates(options.failOn);
  const asOf = resolveDay(options.asOf, ctx.now(), '--as-of');
  // The decisions as judged last time when nothing they depend on changed since; rendered anew in every format and language.
  const found = await actedInFolder(ctx.cwd, {
    asOf,
    today: ctx.now(),
    env: ctx.env,
    ...(options.since === undefined ? {} : { since: options.since }),
  });
  const report = found.result;
  const t = outputMessages(options.lang, found.lang);
  if (options.format !== 'github') printWarnings(ctx, report.warnings, t);
  if (options.format === 'json') ctx.stdout.write(toJson(actedJson(report)));
  else if (options.format === 'markdown') ctx.stdout.write(renderActedMarkdown(report, t));
  else if (options.format === 'github') ctx.stdout.write(renderActedGithub(report, githubPathFor(found), failOn, t));
  else ctx.stdout.write(renderActedText(report, await loadPainter(ctx.color), terminalWidth(ctx) ?? LINE_WIDTH, t));
  warnSkipped(ctx, report.skipped, 'leftOut', t);
  const failed = report.decisions.some((decision) => failOn.has(decision.state));
  return strictExit(failed ? EXIT_FINDINGS : EXIT_OK, report.skipped, options.strict);
}

/** The JSON contract: these keys, in this order (where the decision line is stays out). */
function actedJson(report: ActedReport) {
  return {
    asOf: report.asOf,
    decisions: report.decisions.map(({ id, title, action, date, state, firstCommit, days, files }) => ({
      id,
      title,
      action,
      date,
      state,
      firstCommit,
      days,
      files,
    })),
    skipped: report.skipped,
  };
}

/** `--fail-on overdue,code-remains`: states of `hypo acted`, checked before anything is read. */
function parseStates(input: string | undefined): Set<ActedState> {
  return new Set(parseWordList('--fail-on', input, ACTED_STATES, { one: 'a state of hypo acted', many: 'states' }));
}
