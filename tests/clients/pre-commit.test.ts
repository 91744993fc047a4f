// The hypo-check hook as the pre-commit framework runs it (Debian's pre-commit, which .ci/run
// installs): installed from the bare repository at a tag, `language: node`, then guarding commits
// in repositories of records. One hook environment, in a temp PRE_COMMIT_HOME, serves every case.
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { VALID_FILES } from '../helpers/records.js';
import { makeRepo, makeTempDir, type TempRepo } from '../helpers/temp-repo.js';
import { type ClientResult, mustSucceed, runClient } from './client-process.js';

const { url, tag } = inject('hypoGit');

const HAS_PRE_COMMIT = (() => {
  try {
    execFileSync('pre-commit', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

// A missing pre-commit is one clear failure, not a green run that tested nothing: this suite exists to run it.
it('has the pre-commit framework to run the hook with', () => {
  expect(HAS_PRE_COMMIT, 'pre-commit is not on PATH: apt-get install --no-install-recommends pre-commit (.ci/run does)').toBe(true);
});

const CONFIG = `repos:\n  - repo: ${url}\n    rev: ${tag}\n    hooks:\n      - id: hypo-check\n`;
const HYPOTHESIS_FILE = 'learning/hypotheses/riders-want-realtime.yaml';
const BROKEN = 'kind: hypothesis\ntitle: Pendlare vill ha påminnelser\nstatement: Vi tror att pendlare glömmer\nstatus: kanske\n';
const BROKEN_MESSAGE = 'learning/hypotheses/pendlare.yaml:4:9 error status must be one of';

describe.runIf(HAS_PRE_COMMIT).concurrent('pre-commit with the hypo-check hook', () => {
  // Not the user's ~/.cache/pre-commit: a store of its own, shared by the cases below.
  const env = { PRE_COMMIT_HOME: makeTempDir('hypo-pre-commit-', 'file') };
  const commit = (repo: TempRepo, message: string) => runClient('git', ['commit', '-m', message], { cwd: repo.root, env });
  const head = (repo: TempRepo) => repo.git('rev-parse', 'HEAD').trim();

  /** A repository with three valid linked records and the hook config committed, and the hook installed in .git/hooks. */
  async function hookedRepo(): Promise<TempRepo> {
    // Removed when the file ends: the cases run at once, and one case's end must not take another's folder.
    const repo = makeRepo(VALID_FILES, { git: true, lifetime: 'file' });
    repo.write('.pre-commit-config.yaml', CONFIG);
    repo.commit('Records and the hook', '2026-11-01');
    await mustSucceed('pre-commit', ['install'], { cwd: repo.root, env });
    return repo;
  }

  let installed: ClientResult;
  beforeAll(async () => {
    // npm clones the tag, installs its devDependencies, builds (prepare), packs and installs the tarball.
    const repo = makeRepo({ '.pre-commit-config.yaml': CONFIG }, { git: true, lifetime: 'file' });
    installed = await runClient('pre-commit', ['install-hooks'], { cwd: repo.root, env });
  });

  it(`installs the hook from the repository at ${tag}`, () => {
    expect(installed.code, installed.output).toBe(0);
  });

  it('blocks a commit with a broken record, with check’s message', async () => {
    const repo = await hookedRepo();
    const before = head(repo);
    repo.write('learning/hypotheses/pendlare.yaml', BROKEN);
    repo.git('add', '-A');
    const result = await commit(repo, 'Pendlare');
    expect(result.code).toBe(1);
    expect(result.output).toContain('hypo check');
    expect(result.output).toContain(BROKEN_MESSAGE);
    expect(result.output).toContain('> 4 | status: kanske');
    expect(head(repo)).toBe(before);
  });

  it('checks a commit that only deletes a record others point to: unknown-reference blocks it', async () => {
    const repo = await hookedRepo();
    const before = head(repo);
    repo.git('rm', '-q', HYPOTHESIS_FILE);
    const result = await commit(repo, 'Remove the hypothesis');
    expect(result.code).toBe(1);
    expect(result.output).toContain('learning/experiments/departures-panel.yaml:3:9 error tests names "riders-want-realtime"');
    expect(result.output.match(/\[unknown-reference\]/g)).toHaveLength(2);
    expect(head(repo)).toBe(before);
  });

  it('lets an unrelated commit through beside an untracked broken draft', async () => {
    const repo = await hookedRepo();
    const before = head(repo);
    repo.write('learning/hypotheses/pendlare.yaml', BROKEN);
    repo.write('NOTES.md', 'Färjan först\n');
    repo.git('add', 'NOTES.md');
    const result = await commit(repo, 'Notes');
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/hypo check\.+Passed/);
    expect(repo.git('rev-parse', 'HEAD~1').trim()).toBe(before);
  });

  it('fails pre-commit run --all-files on a broken record already committed', async () => {
    const repo = await hookedRepo();
    repo.write('learning/hypotheses/pendlare.yaml', BROKEN);
    repo.git('add', '-A');
    repo.git('commit', '-q', '--no-verify', '-m', 'Broken, past the hook');
    const result = await runClient('pre-commit', ['run', '--all-files'], { cwd: repo.root, env });
    expect(result.code).toBe(1);
    expect(result.output).toContain(BROKEN_MESSAGE);
  });
});
