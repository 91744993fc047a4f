import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/model/problem.js';
import { renderCheckText } from '../../src/render/check-text.js';
import { PLAIN_PAINTER } from '../../src/render/painter.js';
import type { CheckResult } from '../../src/rules/check-repository.js';

const plain = PLAIN_PAINTER;
const noSources = new Map<string, string>();

const problem = (file: string, severity: 'error' | 'warning', rule = 'some-rule'): Problem => ({
  file,
  line: 2,
  column: 8,
  endLine: 2,
  endColumn: 10,
  severity,
  rule,
  message: 'something is off',
});

function result(problems: Problem[], counts: Partial<CheckResult> = {}): CheckResult {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { ok: errors === 0, files: 3, records: 3, errors, warnings: problems.length - errors, problems, ...counts };
}

const lastLine = (text: string) => text.trimEnd().split('\n').at(-1);

describe('renderCheckText summary', () => {
  it('says there are no problems', () => {
    expect(renderCheckText(result([]), noSources, plain)).toBe('✔ 3 records in 3 files: no problems\n');
  });

  it('uses the singular for one file and one record', () => {
    expect(renderCheckText(result([], { files: 1, records: 1 }), noSources, plain)).toBe('✔ 1 record in 1 file: no problems\n');
  });

  it('counts errors and warnings and the files they are in', () => {
    const text = renderCheckText(
      result([problem('a.yaml', 'error'), problem('a.yaml', 'error'), problem('b.yaml', 'warning')], { records: 1 }),
      noSources,
      plain,
    );
    expect(lastLine(text)).toBe('✖ 2 errors, 1 warning in 2 of 3 files (1 record valid)');
  });

  it('marks warnings only with a warning sign', () => {
    const text = renderCheckText(result([problem('a.yaml', 'warning'), problem('a.yaml', 'warning')], { files: 1, records: 1 }), noSources, plain);
    expect(lastLine(text)).toBe('⚠ 0 errors, 2 warnings in 1 of 1 file (1 record valid)');
  });

  it('marks warnings as failure when the result is not ok (strict)', () => {
    const text = renderCheckText(result([problem('a.yaml', 'warning')], { ok: false }), noSources, plain);
    expect(lastLine(text)).toBe('✖ 0 errors, 1 warning in 1 of 3 files (3 records valid)');
  });
});

describe('renderCheckText problems', () => {
  it('starts each problem with file:line:column, severity, message and rule', () => {
    const text = renderCheckText(result([problem('learning/a.yaml', 'error', 'invalid-value'), problem('learning/b.yaml', 'warning')]), noSources, plain);
    const blocks = text.split('\n\n');
    expect(blocks[0]).toBe('learning/a.yaml:2:8 error something is off [invalid-value]');
    expect(blocks[1]).toBe('learning/b.yaml:2:8 warning something is off [some-rule]');
    expect(blocks).toHaveLength(3);
  });

  it('adds a code frame when the source is known', () => {
    const sources = new Map([['learning/a.yaml', 'kind: hypothesis\ntitle: xy\n']]);
    const [block] = renderCheckText(result([problem('learning/a.yaml', 'error')]), sources, plain).split('\n\n');
    expect(block!.split('\n')).toEqual([
      'learning/a.yaml:2:8 error something is off [some-rule]',
      '    1 | kind: hypothesis',
      '  > 2 | title: xy',
      '      |        ^^',
    ]);
  });

  it('makes escape sequences in file names and messages visible', () => {
    const evil = { ...problem('learning/\x1b[2J.yaml', 'error'), message: 'bad \x1b]8;;x\x07' };
    const text = renderCheckText(result([evil]), noSources, plain);
    expect(text).not.toContain('\x1b');
    expect(text).toContain('learning/\\x1b[2J.yaml:2:8');
    expect(text).toContain('bad \\x1b]8;;x\\x07');
  });
});
