// hypo check: check, render. Exit 0 without errors, 1 with errors (or with warnings
// under --strict).
import { formatDay } from '../model/dates.js';
import type { Lang } from '../model/lang.js';
import { checkFolder } from '../operations/check.js';
import { renderCheckGithub } from '../render/check-github.js';
import { renderCheckJson } from '../render/check-json.js';
import { renderCheckText } from '../render/check-text.js';
import { githubPathFor } from '../render/github-annotations.js';
import { loadPainter } from '../render/load-painter.js';
import { type Context, EXIT_FINDINGS, EXIT_OK } from './context.js';
import { outputMessages } from './output-language.js';

export interface CheckOptions {
  format: 'text' | 'json' | 'github';
  strict: boolean;
  /** `--changed [ref]`: true for the uncommitted changes, or the ref to compare with. */
  changed?: string | boolean;
  /** Reuse the last result when nothing changed (default true; --no-cache). */
  cache?: boolean;
  /** `--staged`: check what the next commit holds, read from git's index. */
  staged?: boolean;
  /** The language of the summary line; default: the config's `lang`, else English. The problems, the JSON and the annotations never change. */
  lang?: Lang;
}

export async function runCheck(options: CheckOptions, ctx: Context): Promise<number> {
  const run = await checkFolder(ctx.cwd, {
    strict: options.strict,
    changed: options.changed ?? false,
    cache: options.cache ?? true,
    staged: options.staged ?? false,
    env: ctx.env,
    today: formatDay(ctx.now()),
  });
  if (options.format === 'json') ctx.stdout.write(renderCheckJson(run.result));
  else if (options.format === 'github') ctx.stdout.write(renderCheckGithub(run.result, githubPathFor(run)));
  else ctx.stdout.write(renderCheckText(run.result, run.sources, await loadPainter(ctx.color), outputMessages(options.lang, run.lang)));
  // The result was being kept meanwhile: the run ends once it is.
  await run.kept;
  return run.result.ok ? EXIT_OK : EXIT_FINDINGS;
}
