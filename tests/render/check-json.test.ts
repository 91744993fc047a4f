import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/model/problem.js';
import { renderCheckJson } from '../../src/render/check-json.js';
import type { CheckResult } from '../../src/rules/check-repository.js';

const problem: Problem = {
  file: 'learning/a.yaml',
  line: 3,
  column: 9,
  endLine: 3,
  endColumn: 15,
  severity: 'error',
  rule: 'invalid-value',
  message: 'status must be one of … — got "testin"',
};

const result: CheckResult = { ok: false, files: 4, records: 3, errors: 1, warnings: 1, problems: [problem, { ...problem, severity: 'warning', rule: 'w' }] };

describe('renderCheckJson', () => {
  const output = renderCheckJson(result);
  const json = JSON.parse(output) as Record<string, unknown>;

  it('has exactly the keys ok, files, records and problems', () => {
    expect(Object.keys(json)).toEqual(['ok', 'files', 'records', 'problems']);
    expect(json).toMatchObject({ ok: false, files: 4, records: 3 });
  });

  it('gives each problem exactly file, line, column, severity, rule and message', () => {
    const problems = json.problems as Record<string, unknown>[];
    expect(problems).toHaveLength(2);
    for (const item of problems) expect(Object.keys(item)).toEqual(['file', 'line', 'column', 'severity', 'rule', 'message']);
    expect(problems[0]).toEqual({ file: 'learning/a.yaml', line: 3, column: 9, severity: 'error', rule: 'invalid-value', message: problem.message });
    expect(problems[1]).toMatchObject({ severity: 'warning', rule: 'w' });
  });

  it('ends with a newline and is indented', () => {
    expect(output.endsWith('}\n')).toBe(true);
    expect(output).toContain('\n  "ok": false');
  });

  it('writes an empty problem list for a clean repository', () => {
    const clean = JSON.parse(renderCheckJson({ ok: true, files: 0, records: 0, errors: 0, warnings: 0, problems: [] })) as unknown;
    expect(clean).toEqual({ ok: true, files: 0, records: 0, problems: [] });
  });
});
