// `hypo check --format json`: the documented shape, and nothing that is not in it.

import type { CheckResult } from '../rules/check-repository.js';
import { toJson } from './json-text.js';

export function renderCheckJson(result: CheckResult): string {
  const output = {
    ok: result.ok,
    files: result.files,
    records: result.records,
    problems: result.problems.map(({ file, line, column, severity, rule, message }) => ({ file, line, column, severity, rule, message })),
  };
  return toJson(output);
}
