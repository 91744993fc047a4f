import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/graph.js';
import type { Problem } from '../../src/model/problem.js';
import { type CheckInput, checkRepository } from '../../src/rules/check-repository.js';
import { loadFiles } from '../helpers/load-files.js';
import { HYPOTHESIS, VALID_FILES } from '../helpers/records.js';

function input(files: Record<string, string>, problems: Problem[] = []): CheckInput {
  const loaded = loadFiles(files);
  // The quality group has tests of its own (check-quality.test.ts): off here, so each case shows only the rule it is about.
  return { files: loaded, problems, graph: buildGraph(loaded), config: { quality: { level: 'off' } } };
}

const DONE_NO_OUTCOME = 'kind: experiment\ntitle: E\ntests: [riders-want-realtime]\nmethod: panel\nstatus: done\nresult:\n  summary: s\n';

describe('checkRepository', () => {
  it('is ok for valid records, counting files and records', () => {
    const result = checkRepository(input(VALID_FILES));
    expect(result).toEqual({ ok: true, files: 3, records: 3, errors: 0, warnings: 0, problems: [] });
  });

  it('counts errors and fails with them', () => {
    const result = checkRepository(
      input({ ...VALID_FILES, 'learning/hypotheses/broken.yaml': 'kind: hypothesis\ntitle: x\nstatement: s\nstatus: open\ncolour: red\n' }),
    );
    expect(result.ok).toBe(false);
    expect(result.errors).toBe(1);
    expect(result.warnings).toBe(0);
    expect(result.files).toBe(4);
    expect(result.records).toBe(3);
    expect(result.problems[0]).toMatchObject({ file: 'learning/hypotheses/broken.yaml', rule: 'unknown-field' });
  });

  it('counts warnings and stays ok with only warnings', () => {
    const result = checkRepository(input({ ...VALID_FILES, 'learning/experiments/departures-panel.yaml': DONE_NO_OUTCOME }));
    expect(result.errors).toBe(0);
    expect(result.warnings).toBe(1);
    expect(result.ok).toBe(true);
    expect(result.problems[0]).toMatchObject({ rule: 'done-without-outcome', severity: 'warning' });
  });

  it('fails on warnings when strict', () => {
    const files = { ...VALID_FILES, 'learning/experiments/departures-panel.yaml': DONE_NO_OUTCOME };
    expect(checkRepository(input(files), { strict: true }).ok).toBe(false);
    expect(checkRepository(input(VALID_FILES), { strict: true }).ok).toBe(true);
  });

  it('adds the graph problems and the problems found outside any file', () => {
    const badLink: Problem = { file: 'learning/link.yaml', line: 1, column: 1, severity: 'error', rule: 'bad-link', message: 'outside' };
    const files = { ...VALID_FILES, 'learning/experiments/e.yaml': 'kind: experiment\ntitle: E\ntests: [nobody]\nmethod: panel\nstatus: planned\n' };
    const result = checkRepository(input(files, [badLink]));
    expect(result.problems.map((p) => p.rule).sort()).toEqual(['bad-link', 'unknown-reference']);
    expect(result.errors).toBe(2);
  });

  it('sorts problems by file, then line, then column', () => {
    const outside: Problem[] = [
      { file: 'learning/z.yaml', line: 1, column: 1, severity: 'error', rule: 'bad-link', message: 'm' },
      { file: 'learning/a/x.yaml', line: 10, column: 1, severity: 'error', rule: 'r', message: 'm' },
    ];
    const files = {
      'learning/a/x.yaml': `${HYPOTHESIS}colour: red\nowner: ''\n`,
      'learning/m.yaml': 'kind: hypothesis\ntitle: t\nstatement: s\nstatus: testin\ntags: [1]\n',
    };
    const result = checkRepository(input(files, outside));
    const places = result.problems.map((p) => `${p.file}:${p.line}:${p.column}`);
    expect(places).toEqual([
      'learning/a/x.yaml:5:1',
      'learning/a/x.yaml:6:8',
      'learning/a/x.yaml:10:1',
      'learning/m.yaml:4:9',
      'learning/m.yaml:5:8',
      'learning/z.yaml:1:1',
    ]);
  });
});
