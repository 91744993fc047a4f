import { describe, expect, it } from 'vitest';
import { renderCheckGithub } from '../../src/render/check-github.js';
import type { CheckResult } from '../../src/rules/check-repository.js';

const result: CheckResult = {
  ok: false,
  files: 2,
  records: 1,
  errors: 1,
  warnings: 1,
  problems: [
    { file: 'learning/a.yaml', line: 3, column: 9, severity: 'error', rule: 'invalid-value', message: 'status, 100%' },
    { file: 'learning/b.yaml', line: 1, column: 1, severity: 'warning', rule: 'status-without-evidence', message: 'w' },
  ],
};

describe('renderCheckGithub', () => {
  const output = renderCheckGithub(result, (file) => `repo/${file}`);
  const lines = output.trimEnd().split('\n');

  it('writes one annotation per problem with the mapped path, then a summary', () => {
    expect(lines).toEqual([
      '::error file=repo/learning/a.yaml,line=3,col=9,title=hypo invalid-value::status, 100%25',
      '::warning file=repo/learning/b.yaml,line=1,col=1,title=hypo status-without-evidence::w',
      'hypo check: 1 error(s), 1 warning(s) in 2 file(s)',
    ]);
  });

  it('ends with a newline', () => {
    expect(output.endsWith('\n')).toBe(true);
  });
});
