// hypo affected: which assumptions the changed code rests on. With --fail-on, a
// pull-request check: exit 1 when a change touches code resting on, say, an
// untested or refuted hypothesis.
import path from 'node:path';
import type { Context } from '../cli/context.js';
import { HypoError } from '../model/hypo-error.js';
import { didYouMean } from '../model/suggest.js';
import { EXPERIMENT_STATUSES, HYPOTHESIS_STATUSES } from '../model/vocabulary.js';
import { renderAffectedGithub } from '../render/affected-github.js';
import { renderAffectedText } from '../render/affected-text.js';
import { loadPainter } from '../render/painter.js';
import { type AffectedReport, affectedReportJson, failingRecords } from '../report/affected-report.js';
import { findAffectedRecords } from '../rules/affected.js';
import { changedFilesSince, relativeToRoot } from '../store/changed-files.js';
import { createGitRunner } from '../store/git.js';
import { resolveAsOf } from './support/dates.js';
import { githubPathFor } from './support/github-paths.js';
import { loadRepositoryWithHistory } from './support/load-history.js';

export interface AffectedOptions {
  paths: readonly string[];
  since?: string;
  failOn?: string;
  asOf?: string;
  format: 'text' | 'json' | 'github';
}

const STATUSES = [...HYPOTHESIS_STATUSES, ...EXPERIMENT_STATUSES, 'decided', 'undecided'];

export async function runAffected(options: AffectedOptions, ctx: Context): Promise<number> {
  const failOn = parseStatuses(options.failOn);
  const asOf = resolveAsOf(options.asOf, ctx.now());
  const { repository, ageOf } = await loadRepositoryWithHistory(ctx);
  let changed: string[];
  if (options.paths.length > 0) {
    changed = options.paths.map((file) => path.relative(repository.root, path.resolve(ctx.cwd, file)).split(path.sep).join('/'));
  } else {
    if (!repository.gitRoot) {
      throw new HypoError('no-git', 'hypo affected needs git to find the changed files, and this is not a git repository', {
        hint: 'give the changed paths as arguments: hypo affected src/checkout/cart.ts',
      });
    }
    const git = createGitRunner(repository.root, ctx.env);
    changed = relativeToRoot(await changedFilesSince(git, options.since), repository.gitRoot, repository.root);
  }
  const affected = findAffectedRecords(repository.files, repository.graph, changed, (file) => ageOf(file, asOf).days);
  const report: AffectedReport = { since: options.paths.length > 0 ? null : (options.since ?? null), changed, affected, failOn };

  if (options.format === 'json') ctx.stdout.write(`${JSON.stringify(affectedReportJson(report), null, 2)}\n`);
  else if (options.format === 'github') ctx.stdout.write(renderAffectedGithub(report, githubPathFor(repository)));
  else ctx.stdout.write(renderAffectedText(report, await loadPainter(ctx.color)));
  return failingRecords(report).length > 0 ? 1 : 0;
}

function parseStatuses(input: string | undefined): string[] {
  if (input === undefined) return [];
  const statuses = input.split(',').map((status) => status.trim()).filter(Boolean);
  for (const status of statuses) {
    if (!STATUSES.includes(status)) {
      throw new HypoError('bad-status', `--fail-on: "${status}" is not a status${didYouMean(status, STATUSES)}`, { hint: `statuses: ${STATUSES.join(', ')}` });
    }
  }
  return statuses;
}
