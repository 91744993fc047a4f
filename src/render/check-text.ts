// `hypo check --format text`: one block per problem, `file:line:col` first so that
// terminals and editors make it a link, then a code frame, then a summary line.
// Only the summary line is in the reader's language: the problems, their rule names and the
// code frames stay as they are, since they are what people search for.
import type { Problem } from '../model/problem.js';
import type { CheckResult } from '../rules/check-repository.js';
import { renderCodeFrame, splitSourceLines } from './code-frame.js';
import { messages, type Translator } from './messages/index.js';
import type { Painter } from './painter.js';
import { sanitizeLine } from './terminal-text.js';

export function renderCheckText(result: CheckResult, sources: ReadonlyMap<string, string>, paint: Painter, t: Translator = messages('en')): string {
  return `${[...renderProblemBlocks(result.problems, sources, paint), summary(result, paint, t)].join('\n\n')}\n`;
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

function summary(result: CheckResult, paint: Painter, t: Translator): string {
  const files = t('check.files', { n: result.files });
  const records = t('check.records', { n: result.records });
  if (result.problems.length === 0) return paint.ok(`✔ ${t('check.noProblems', { records, files })}`);
  const errors = t('check.errors', { n: result.errors });
  const warnings = t('check.warnings', { n: result.warnings });
  const affected = new Set(result.problems.map((problem) => problem.file)).size;
  const line = `${result.ok ? '⚠' : '✖'} ${t('check.problems', { errors, warnings, affected, files, records, n: result.records })}`;
  return result.ok ? paint.warning(line) : paint.error(line);
}
