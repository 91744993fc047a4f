// `hypo check --format github`: one annotation per problem, then a plain summary line.
import type { CheckResult } from '../rules/check-repository.js';
import { renderAnnotation } from './github-annotations.js';

/** `pathFor` maps a repository-relative path to one relative to the workflow's workspace. */
export function renderCheckGithub(result: CheckResult, pathFor: (file: string) => string): string {
  const lines = result.problems.map((problem) =>
    renderAnnotation({
      level: problem.severity,
      file: pathFor(problem.file),
      line: problem.line,
      column: problem.column,
      title: `hypo ${problem.rule}`,
      message: problem.message,
    }),
  );
  lines.push(`hypo check: ${result.errors} error(s), ${result.warnings} warning(s) in ${result.files} file(s)`);
  return `${lines.join('\n')}\n`;
}
