// `hypo check --format text`: one block per problem, `file:line:col` first so that
// terminals and editors make it a link, then a code frame, then a summary line.
import type { Problem } from '../model/problem.js';
import type { CheckResult } from '../rules/check-repository.js';
import { renderCodeFrame, splitSourceLines } from './code-frame.js';
import type { Painter } from './painter.js';
import { sanitizeLine } from './terminal-text.js';

export function renderCheckText(result: CheckResult, sources: ReadonlyMap<string, string>, paint: Painter): string {
  return `${[...renderProblemBlocks(result.problems, sources, paint), summary(result, paint)].join('\n\n')}\n`;
}

/** Each problem as a block: `file:line:col severity message [rule]` and its code frame. */
export function renderProblemBlocks(problems: readonly Problem[], sources: ReadonlyMap<string, string>, paint: Painter): string[] {
  // Each file is split into lines once, however many problems it has.
  const lines = new Map<string, readonly string[]>();
  const linesOf = (file: string) => {
    const source = sources.get(file);
    if (source === undefined) return undefined;
    let split = lines.get(file);
    if (!split) {
      split = splitSourceLines(source);
      lines.set(file, split);
    }
    return split;
  };
  return problems.map((problem) => renderProblem(problem, linesOf(problem.file), paint));
}

function renderProblem(problem: Problem, source: readonly string[] | undefined, paint: Painter): string {
  const severity = problem.severity === 'error' ? paint.error('error') : paint.warning('warning');
  const where = paint.path(`${sanitizeLine(problem.file)}:${problem.line}:${problem.column}`);
  const head = `${where} ${severity} ${sanitizeLine(problem.message)} ${paint.dim(`[${problem.rule}]`)}`;
  const frame = source === undefined ? '' : renderCodeFrame(source, problem, paint);
  return frame ? `${head}\n${frame}` : head;
}

function summary(result: CheckResult, paint: Painter): string {
  const files = `${result.files} ${plural(result.files, 'file')}`;
  const records = `${result.records} ${plural(result.records, 'record')}`;
  if (result.problems.length === 0) return paint.ok(`✔ ${records} in ${files}: no problems`);
  const counts = [`${result.errors} ${plural(result.errors, 'error')}`, `${result.warnings} ${plural(result.warnings, 'warning')}`].join(', ');
  const affected = new Set(result.problems.map((problem) => problem.file)).size;
  const line = `${result.ok ? '⚠' : '✖'} ${counts} in ${affected} of ${files} (${records} valid)`;
  return result.ok ? paint.warning(line) : paint.error(line);
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
