// hypo check --changed: only the changed records and their neighbours, with exactly
// the problems a full check gives those files.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUALITY_OFF } from '../helpers/records.js';
import { checkJson, type JsonProblem } from '../helpers/run-cli.js';
import { makeRepo, type TempRepo } from '../helpers/temp-repo.js';

const hypothesis = (status = 'open') => `kind: hypothesis\ntitle: T\nstatement: s\nstatus: ${status}\n`;
const experiment = (tests: string, status = 'planned', extra = '') =>
  `kind: experiment\ntitle: E\ntests: [${tests}]\nmethod: survey\nstatus: ${status}\n${extra}`;

function repoWithHistory(): TempRepo {
  // About which records --changed selects: the quality group (tested on its own) is off.
  const repo = makeRepo({}, { git: true, config: QUALITY_OFF });
  repo.write('learning/h/alpha.yaml', hypothesis());
  repo.write('learning/h/beta.yaml', hypothesis());
  repo.write('learning/h/lonely.yaml', hypothesis());
  repo.write('learning/h/broken-elsewhere.yaml', 'kind: hypothesis\ntitle: T\nstatus: nope\n');
  repo.write('learning/e/tests-alpha.yaml', experiment('alpha'));
  repo.write('learning/e/tests-beta.yaml', experiment('beta'));
  repo.write('learning/i/about-alpha.yaml', 'kind: insight\ntitle: I\nlearned: l\nhypotheses: [alpha]\n');
  repo.commit('Records', '2026-10-01');
  return repo;
}

const forFiles = (problems: JsonProblem[], files: Set<string>) => problems.filter((problem) => files.has(problem.file));

describe('hypo check --changed', () => {
  it('checks nothing when nothing changed', async () => {
    const { code, json } = await checkJson(repoWithHistory().root, '--changed');
    expect(code).toBe(0);
    expect(json).toEqual({ ok: true, files: 0, records: 0, problems: [] });
  });

  it('checks a changed record, the records that refer to it and those it refers to', async () => {
    const repo = repoWithHistory();
    repo.write('learning/h/alpha.yaml', hypothesis('supported')); // now a warning: no supporting experiment
    repo.write('learning/e/new-one.yaml', experiment('beta, missing')); // new, untracked, a bad reference
    const { code, json } = await checkJson(repo.root, '--changed');
    expect(code).toBe(1);
    // alpha + the two records that mention it; new-one + beta, which it names.
    expect(json.files).toBe(5);
    const full = await checkJson(repo.root);
    const selected = new Set([
      'learning/h/alpha.yaml',
      'learning/e/tests-alpha.yaml',
      'learning/i/about-alpha.yaml',
      'learning/e/new-one.yaml',
      'learning/h/beta.yaml',
    ]);
    expect(json.problems).toEqual(forFiles(full.json.problems, selected));
    expect(json.problems.map((problem) => `${path.basename(problem.file)}:${problem.rule}`)).toEqual([
      'new-one.yaml:unknown-reference',
      'alpha.yaml:status-without-evidence',
    ]);
    // The broken record nobody touched is not reported.
    expect(full.json.problems.some((problem) => problem.file === 'learning/h/broken-elsewhere.yaml')).toBe(true);
  });

  it('checks the records that referred to a deleted one', async () => {
    const repo = repoWithHistory();
    rmSync(path.join(repo.root, 'learning/h/beta.yaml'));
    const { code, json } = await checkJson(repo.root, '--changed');
    expect(code).toBe(1);
    expect(json.problems).toMatchObject([{ file: 'learning/e/tests-beta.yaml', rule: 'unknown-reference', line: 3 }]);
  });

  it('compares with a ref, and finds a duplicate id among unchanged files', async () => {
    const repo = repoWithHistory();
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('learning/e/alpha.yml', experiment('beta'));
    repo.commit('Same id as a hypothesis', '2026-10-05');
    const sinceMain = await checkJson(repo.root, '--changed', 'main');
    expect(sinceMain.json.problems.filter((problem) => problem.rule === 'duplicate-id').map((problem) => problem.file)).toEqual([
      'learning/e/alpha.yml',
      'learning/h/alpha.yaml',
    ]);
    const uncommittedOnly = await checkJson(repo.root, '--changed');
    expect(uncommittedOnly.json.files).toBe(0);
  });
});
