// The committed hostile corpus (tests/fixtures/hostile/): each file alone in a repository,
// checked in process against the outcome its README row gives; then all of them at once
// through the built CLI, in every output format, with a time and memory limit.
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectCleanOutput } from '../helpers/clean-output.js';
import { QUALITY_OFF } from '../helpers/records.js';
import { runCli } from '../helpers/run-cli.js';
import { CAN_MEASURE_MEMORY, spawnHypo } from '../helpers/spawn-hypo.js';
import { makeRepo } from '../helpers/temp-repo.js';

const FOLDER = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));

interface Expected {
  file: string;
  code: 0 | 1;
  rule?: string;
  line?: number;
}

/** The rows of the README's "Committed files" table: `file` | what is wrong | exit N · `rule` · line N (or: valid). */
function readExpectations(): Expected[] {
  const readme = readFileSync(path.join(FOLDER, 'README.md'), 'utf8');
  const section = readme.split('## Committed files')[1]!.split('\n## ')[0]!;
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((row) => {
      const cells = row.split(' | ');
      const outcome = cells.at(-1)!;
      const file = /^\| `([^`]+)`/.exec(row)![1]!;
      const code = Number(/exit (\d)/.exec(outcome)![1]) as 0 | 1;
      if (code === 0) return { file, code };
      return { file, code, rule: /`([a-z-]+)`/.exec(outcome)![1]!, line: Number(/line (\d+)/.exec(outcome)![1]) };
    });
}

const EXPECTED = readExpectations();
const FIXTURES = readdirSync(FOLDER).filter((name) => /\.ya?ml$/i.test(name));

function repoWith(...names: string[]) {
  // About hostile YAML: the quality group (tested on its own) is off.
  const repo = makeRepo({}, { config: QUALITY_OFF });
  for (const name of names) {
    const target = repo.write(`learning/hostile/${name}`, '');
    copyFileSync(path.join(FOLDER, name), target);
  }
  return repo;
}

describe('the hostile corpus', () => {
  it('has at least 40 files, each with exactly one row in the README table', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(40);
    expect(EXPECTED.map((row) => row.file).sort()).toEqual([...FIXTURES].sort());
  });

  it('holds only small text files (huge, binary and special files are made at run time)', () => {
    for (const name of FIXTURES) expect(readFileSync(path.join(FOLDER, name)).length, name).toBeLessThan(4096);
  });
});

describe.each(EXPECTED)('hypo check on $file', ({ file, code, rule, line }) => {
  it(code === 0 ? 'passes' : `exits 1 with ${rule} on line ${line}`, async () => {
    const repo = repoWith(file);
    const json = await runCli(['-C', repo.root, 'check', '--format', 'json']);
    expect(json.stderr).toBe('');
    const problems = (JSON.parse(json.stdout) as { problems: { file: string; line: number; column: number; rule: string }[] }).problems;
    expect(json.code).toBe(code);
    if (code === 0) {
      expect(problems).toEqual([]);
    } else {
      expect(problems.map((problem) => `${problem.rule}@${problem.line}`)).toContain(`${rule}@${line}`);
      for (const problem of problems) {
        expect(problem.file).toBe(`learning/hostile/${file}`);
        expect(problem.line).toBeGreaterThanOrEqual(1);
        expect(problem.column).toBeGreaterThanOrEqual(1);
      }
    }
    const text = await runCli(['-C', repo.root, 'check']);
    expect(text.code).toBe(code);
    expectCleanOutput(text, file);
    if (code === 1) expect(text.stdout).toContain(`learning/hostile/${file}:${line}:`);
    const github = await runCli(['-C', repo.root, 'check', '--format', 'github']);
    for (const annotation of github.stdout.split('\n').filter((row) => row.startsWith('::'))) expect(annotation).toMatch(/^::(?:error|warning) file=/);
    expectCleanOutput(github, `${file} (github)`);
  });
});

describe('the whole corpus through the built CLI', () => {
  it('exits 1 in every format, within 10 s and 300 MB, naming every broken file and printing no stack trace', async () => {
    const repo = repoWith(...FIXTURES);
    const broken = EXPECTED.filter((row) => row.code === 1);
    const formats = ['text', 'json', 'github'];
    // The three runs only read: they run at the same time, each held to the limits on its own.
    const results = await Promise.all(formats.map((format) => spawnHypo(['-C', repo.root, 'check', '--format', format], { timeoutMs: 10_000 })));
    for (const [index, format] of formats.entries()) {
      const result = results[index]!;
      expect(result.timedOut, format).toBe(false);
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).toBe('');
      expectCleanOutput(result, format);
      for (const row of broken) expect(result.stdout, row.file).toContain(`learning/hostile/${row.file}`);
      if (CAN_MEASURE_MEMORY) expect(result.maxRssKiB).toBeLessThan(300 * 1024);
    }
  });
});
