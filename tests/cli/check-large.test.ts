// A large repository (400 records or more) starts the records' history
// walk while it parses, for success-after-test: the same findings as walking afterwards,
// and a walk nobody needed (no hypothesis the rule can apply to) never fails the check.
import { describe, expect, it } from 'vitest';
import { runCli, TEST_ENV } from '../helpers/run-cli.js';
import { makeRepo, makeTempDir, type TempRepo } from '../helpers/temp-repo.js';

const FILLERS = 420;

function largeRepo(candidate: boolean): TempRepo {
  const repo = makeRepo({}, { git: true });
  for (let i = 0; i < FILLERS; i++) repo.write(`learning/h/h${i}.yaml`, `kind: hypothesis\ntitle: H${i}\nstatement: s, because r\nstatus: open\n`);
  if (candidate) {
    repo.write('learning/h/late.yaml', 'kind: hypothesis\ntitle: Late\nstatement: s, because r\nstatus: testing\nsuccess: at least 5 of 8\n');
    repo.write('learning/e/test.yaml', 'kind: experiment\ntitle: T\ntests: [late]\nmethod: interview\nstatus: running\nstart: 2026-10-01\n');
  }
  repo.commit('Records', '2026-09-01');
  if (candidate) {
    repo.write('learning/h/late.yaml', 'kind: hypothesis\ntitle: Late\nstatement: s, because r\nstatus: testing\nsuccess: at least 4 of 8\n');
    repo.commit('Lower the bar', '2026-10-10');
  }
  return repo;
}

describe('hypo check on a large repository', () => {
  it('finds a success criterion changed after the test began, from the walk started while parsing', async () => {
    const repo = largeRepo(true);
    const { code, stdout } = await runCli(['-C', repo.root, 'check', '--no-cache', '--format', 'json'], { env: { ...TEST_ENV, HYPO_WORKERS: '0' } });
    expect(code).toBe(0);
    const findings = JSON.parse(stdout).problems.filter((problem: { rule: string }) => problem.rule === 'success-after-test');
    expect(findings).toEqual([expect.objectContaining({ file: 'learning/h/late.yaml', line: 5, severity: 'warning' })]);
    expect(findings[0].message).toMatch(/^the success was last changed in commit [0-9a-f]{7} on 2026-10-10, after "test" started on 2026-10-01/);
  });

  it('does not fail for want of git when no hypothesis turned out to need it', async () => {
    const repo = largeRepo(false);
    const { code, stderr } = await runCli(['-C', repo.root, 'check', '--no-cache', '--format', 'json'], {
      env: { ...TEST_ENV, HYPO_WORKERS: '0', PATH: makeTempDir('hypo-no-git-') },
    });
    expect([code, stderr]).toEqual([0, '']);
  });
});
