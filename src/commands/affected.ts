// hypo affected: which assumptions the changed code rests on. With --fail-on, a
// pull-request check: exit 1 when a change touches code resting on, say, an
// untested or refuted hypothesis.
import { methodCatalogue } from '../model/method-catalogue.js';
import { resolveDay } from '../model/parse-day.js';
import { findAffected } from '../operations/affected.js';
import { loadRepositoryWithHistory } from '../operations/history.js';
import { historyDates } from '../operations/history-dates.js';
import { renderAffectedGithub } from '../render/affected-github.js';
import { renderAffectedMarkdown } from '../render/affected-markdown.js';
import { renderAffectedText } from '../render/affected-text.js';
import { githubPathFor } from '../render/github-annotations.js';
import { toJson } from '../render/json-text.js';
import { loadPainter } from '../render/load-painter.js';
import { affectedComment } from '../report/affected-comment.js';
import { affectedReportJson, failingRecords } from '../report/affected-report.js';
import { type Context, EXIT_FINDINGS, EXIT_OK } from './context.js';
import { parseStatusList } from './option-values.js';
import { printWarnings } from './print-warnings.js';
import { strictExit, warnSkipped } from './skipped-warning.js';

export interface AffectedOptions {
  paths: readonly string[];
  since?: string;
  failOn?: string;
  asOf?: string;
  format: 'text' | 'json' | 'github' | 'markdown';
  /** Exit 1 when a record was left out for errors. */
  strict?: boolean;
}

export async function runAffected(options: AffectedOptions, ctx: Context): Promise<number> {
  const failOn = parseStatusList('--fail-on', options.failOn);
  const asOf = resolveDay(options.asOf, ctx.now(), '--as-of');
  const loaded = await loadRepositoryWithHistory(ctx.cwd, ctx.env);
  const report = await findAffected(loaded, { paths: options.paths, since: options.since, failOn, asOf, cwd: ctx.cwd, env: ctx.env });

  if (options.format === 'json') ctx.stdout.write(toJson(affectedReportJson(report)));
  else if (options.format === 'github') ctx.stdout.write(renderAffectedGithub(report, githubPathFor(loaded.repository)));
  else if (options.format === 'markdown') {
    const { graph, config } = loaded.repository;
    const comment = affectedComment(report, {
      graph,
      catalogue: methodCatalogue(config.methods),
      dates: historyDates(loaded.history, asOf),
      pathsGiven: options.paths.length > 0,
    });
    ctx.stdout.write(renderAffectedMarkdown(comment));
  } else ctx.stdout.write(renderAffectedText(report, await loadPainter(ctx.color)));
  // Ages come from git: a shallow clone (or no git) makes them wrong, and the user should know.
  printWarnings(ctx, loaded.history.warnings);
  warnSkipped(ctx, report.skipped);
  return strictExit(failingRecords(report).length > 0 ? EXIT_FINDINGS : EXIT_OK, report.skipped, options.strict);
}
