import { describe, expect, it } from 'vitest';
import { compareProblems, type Problem, problemAt } from '../../src/model/problem.js';
import { pathKey, type SourceMap } from '../../src/model/source-map.js';

const problem = (file: string, line: number, column: number, rule = 'r'): Problem => ({ file, line, column, severity: 'error', rule, message: 'm' });

describe('compareProblems', () => {
  it('orders by file, then line, then column, then rule', () => {
    const sorted = [
      problem('b.yaml', 1, 1),
      problem('a.yaml', 2, 1),
      problem('a.yaml', 1, 5, 'z-rule'),
      problem('a.yaml', 1, 5, 'a-rule'),
      problem('a.yaml', 1, 2),
    ].sort(compareProblems);
    expect(sorted.map((p) => `${p.file}:${p.line}:${p.column}:${p.rule}`)).toEqual([
      'a.yaml:1:2:r',
      'a.yaml:1:5:a-rule',
      'a.yaml:1:5:z-rule',
      'a.yaml:2:1:r',
      'b.yaml:1:1:r',
    ]);
  });

  it('orders line 10 after line 9', () => {
    expect(compareProblems(problem('a', 10, 1), problem('a', 9, 1))).toBeGreaterThan(0);
  });
});

describe('problemAt', () => {
  const sourceMap: SourceMap = {
    values: { [pathKey([])]: [1, 1, 3, 1], [pathKey(['status'])]: [2, 9, 2, 13] },
    keys: { [pathKey(['status'])]: [2, 1, 2, 7] },
  };

  it('places the problem at the value, as an error by default', () => {
    expect(problemAt({ file: 'f.yaml', sourceMap }, ['status'], 'rule-a', 'msg')).toEqual({
      file: 'f.yaml',
      line: 2,
      column: 9,
      endLine: 2,
      endColumn: 13,
      severity: 'error',
      rule: 'rule-a',
      message: 'msg',
    });
  });

  it('places it at the key and with the severity asked for', () => {
    const found = problemAt({ file: 'f.yaml', sourceMap }, ['status'], 'rule-a', 'msg', { atKey: true, severity: 'warning' });
    expect(found).toMatchObject({ line: 2, column: 1, endColumn: 7, severity: 'warning' });
  });

  it('places it at the start of a file without a source map', () => {
    expect(problemAt({ file: 'f.yaml' }, ['status'], 'r', 'm')).toMatchObject({ line: 1, column: 1 });
  });
});
