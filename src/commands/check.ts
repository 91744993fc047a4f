// hypo check: load, check, render. Exit 0 without errors, 1 with errors
// (or with warnings under --strict).
import type { Context } from '../cli/context.js';
import { renderCheckGithub } from '../render/check-github.js';
import { renderCheckJson } from '../render/check-json.js';
import { renderCheckText } from '../render/check-text.js';
import { loadPainter } from '../render/painter.js';
import { type CheckResult, checkRepository } from '../rules/check-repository.js';
import { cacheFolder, fingerprintFiles, readCachedCheck, writeCachedCheck } from '../store/check-cache.js';
import { findRepoRoot } from '../store/find-repo-root.js';
import type { Repository } from '../store/load-repository.js';
import { githubPathFor } from './support/github-paths.js';

export interface CheckOptions {
  format: 'text' | 'json' | 'github';
  strict: boolean;
  /** `--changed [ref]`: true for the uncommitted changes, or the ref to compare with. */
  changed?: string | boolean;
  /** Reuse the last result when nothing changed (default true; --no-cache). */
  cache?: boolean;
}

export async function runCheck(options: CheckOptions, ctx: Context): Promise<number> {
  const folder = options.changed || options.cache === false ? undefined : cacheFolder(ctx.env);
  if (folder) {
    const root = findRepoRoot(ctx.cwd);
    const cached = await readCachedCheck(folder, root.root, options.strict);
    if (cached) return print(cached.result, new Map(Object.entries(cached.sources)), { root: root.root, ...(root.gitRoot ? { gitRoot: root.gitRoot } : {}) }, options, ctx);
  }
  // The parser and the schemas load only when there is something to parse.
  const { openRepository, readRepository } = await import('../store/load-repository.js');
  const opened = await openRepository(ctx.cwd);
  const fingerprint = folder ? await fingerprintFiles(opened.root, opened.paths) : undefined;
  let repository: Repository;
  let only: Set<string> | undefined;
  if (options.changed) {
    // Loaded only here: it brings git in.
    const { readChangedRecords } = await import('./support/changed-records.js');
    const selection = await readChangedRecords(opened, typeof options.changed === 'string' ? options.changed : undefined, ctx.env);
    repository = selection.repository;
    only = selection.selected;
  } else {
    repository = await readRepository(opened, { env: ctx.env });
  }
  const result = checkRepository(repository, { strict: options.strict, ...(only ? { only } : {}) });
  // Code frames need the text of the files with problems (graph problems included).
  const withProblems = new Set(result.problems.map((problem) => problem.file));
  const sources = new Map<string, string>();
  for (const file of repository.files) if (file.text !== undefined && withProblems.has(file.file)) sources.set(file.file, file.text);
  if (folder && fingerprint) {
    await writeCachedCheck(folder, opened.root, { fingerprint, recordRoot: opened.recordRoot, result, sources: Object.fromEntries(sources), strict: options.strict });
  }
  return print(result, sources, repository, options, ctx);
}

async function print(
  result: CheckResult,
  sources: ReadonlyMap<string, string>,
  where: Pick<Repository, 'root' | 'gitRoot'>,
  options: CheckOptions,
  ctx: Context,
): Promise<number> {
  if (options.format === 'json') ctx.stdout.write(renderCheckJson(result));
  else if (options.format === 'github') ctx.stdout.write(renderCheckGithub(result, githubPathFor(where)));
  else ctx.stdout.write(renderCheckText(result, sources, await loadPainter(ctx.color)));
  return result.ok ? 0 : 1;
}
