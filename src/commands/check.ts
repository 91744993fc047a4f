// hypo check: load, check, render. Exit 0 without errors, 1 with errors
// (or with warnings under --strict).
import type { Context } from '../cli/context.js';
import { renderCheckGithub } from '../render/check-github.js';
import { renderCheckJson } from '../render/check-json.js';
import { renderCheckText } from '../render/check-text.js';
import { createPainter } from '../render/painter.js';
import { checkRepository } from '../rules/check-repository.js';
import { openRepository, readRepository, type Repository } from '../store/load-repository.js';
import { readChangedRecords } from './support/changed-records.js';
import { githubPathFor } from './support/github-paths.js';

export interface CheckOptions {
  format: 'text' | 'json' | 'github';
  strict: boolean;
  /** `--changed [ref]`: true for the uncommitted changes, or the ref to compare with. */
  changed?: string | boolean;
}

export async function runCheck(options: CheckOptions, ctx: Context): Promise<number> {
  const opened = await openRepository(ctx.cwd);
  let repository: Repository;
  let only: Set<string> | undefined;
  if (options.changed) {
    const selection = await readChangedRecords(opened, typeof options.changed === 'string' ? options.changed : undefined, ctx.env);
    repository = selection.repository;
    only = selection.selected;
  } else {
    repository = await readRepository(opened, { env: ctx.env });
  }
  const result = checkRepository(repository, { strict: options.strict, ...(only ? { only } : {}) });
  if (options.format === 'json') {
    ctx.stdout.write(renderCheckJson(result));
  } else if (options.format === 'github') {
    ctx.stdout.write(renderCheckGithub(result, githubPathFor(repository)));
  } else {
    // Code frames need the text of the files with problems (graph problems included).
    const withProblems = new Set(result.problems.map((problem) => problem.file));
    const sources = new Map<string, string>();
    for (const file of repository.files) if (file.text !== undefined && withProblems.has(file.file)) sources.set(file.file, file.text);
    ctx.stdout.write(renderCheckText(result, sources, createPainter(ctx.color)));
  }
  return result.ok ? 0 : 1;
}
