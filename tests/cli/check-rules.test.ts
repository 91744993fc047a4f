// One case per rule of `hypo check`: a repository with one broken file beside valid
// ones, asserting the file, line, column and rule of the problem reported; then all
// of them at once.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROKEN_CASES } from '../helpers/broken-cases.js';
import { VALID_FILES } from '../helpers/records.js';
import { checkJson } from '../helpers/run-cli.js';
import { makeRepo } from '../helpers/temp-repo.js';

describe('hypo check reports each rule at its place', () => {
  for (const testCase of BROKEN_CASES) {
    it(testCase.name, async () => {
      const repo = makeRepo(VALID_FILES);
      repo.write(testCase.file, testCase.content);
      const { code, json, stderr } = await checkJson(repo.root);
      const severity = testCase.expected.severity ?? 'error';
      const match = json.problems.find((problem) => problem.rule === testCase.expected.rule);
      expect(match, JSON.stringify(json.problems, null, 2)).toBeDefined();
      expect(match).toMatchObject({ file: testCase.file, line: testCase.expected.line, column: testCase.expected.column, severity });
      if (testCase.expected.message) expect(match!.message).toMatch(testCase.expected.message);
      expect(code).toBe(severity === 'error' ? 1 : 0);
      expect(json.ok).toBe(severity !== 'error');
      expect(stderr).toBe('');
    });
  }
});

describe('hypo check on a repository mixing every broken case', () => {
  it('reports each one at its line, in one run, and exits 1', async () => {
    const repo = makeRepo(VALID_FILES);
    // Each case gets a file name of its own, so that no two share an id.
    const placed = BROKEN_CASES.map((testCase, index) => {
      const file = `learning/mixed/c${index}-${path.posix.basename(testCase.file)}`;
      repo.write(file, testCase.content);
      return { ...testCase, file };
    });
    const { code, json, stderr } = await checkJson(repo.root);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    for (const testCase of placed) {
      const found = json.problems.some(
        (problem) =>
          problem.file === testCase.file &&
          problem.rule === testCase.expected.rule &&
          problem.line === testCase.expected.line &&
          problem.column === testCase.expected.column,
      );
      expect(found, `${testCase.name}: ${testCase.expected.rule} at ${testCase.file}:${testCase.expected.line}:${testCase.expected.column}`).toBe(true);
    }
    // The valid records are still loaded and counted.
    expect(json.problems.filter((problem) => problem.file.startsWith('learning/hypotheses/'))).toEqual([]);
    expect(json.files).toBe(3 + BROKEN_CASES.length);
  });
});
