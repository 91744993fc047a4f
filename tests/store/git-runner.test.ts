// The runner's quick questions (rev-parse, ls-files) are spawned without simple-git: they
// must answer exactly as simple-git's raw does, in success, in silent failure and in failure.
import { simpleGit } from 'simple-git';
import { describe, expect, it } from 'vitest';
import { createGitRunner } from '../../src/store/git.js';
import { TEST_ENV } from '../helpers/run-cli.js';
import { makeRepo, makeTempDir } from '../helpers/temp-repo.js';

const PURPOSE = { why: 'for a test' };
const viaSimpleGit = (cwd: string, args: string[]) =>
  simpleGit({ baseDir: cwd, unsafe: { allowUnsafeConfigPaths: true } })
    .env(TEST_ENV as Record<string, string>)
    .raw(args);

describe('the runner’s direct questions', () => {
  it('answer as simple-git does, with and without a commit', async () => {
    const repo = makeRepo({ 'learning/hypotheses/h-färja.yaml': 'kind: hypothesis\n', 'src/kö ö.ts': 'x\n' }, { git: true });
    const runner = createGitRunner(repo.root, TEST_ENV, PURPOSE);
    // No commit yet: rev-parse exits 1 in silence, which is an empty answer, not a failure.
    const noCommit = ['rev-parse', '--verify', '-q', 'HEAD'];
    expect(await runner.raw(noCommit)).toBe('');
    expect(await runner.raw(noCommit)).toBe(await viaSimpleGit(repo.root, noCommit));
    repo.commit('Först', '2026-11-30');
    for (const args of [noCommit, ['rev-parse', '--is-shallow-repository', '--verify', '-q', 'HEAD'], ['ls-files', '-z']]) {
      const answer = await runner.raw(args);
      expect(answer, args.join(' ')).toBe(await viaSimpleGit(repo.root, args));
      expect(answer.length, args.join(' ')).toBeGreaterThan(0);
    }
    expect((await runner.raw(['ls-files', '-z'])).split('\0')).toContain('src/kö ö.ts');
  });

  it('fail as git-failed with git’s own words, where simple-git fails', async () => {
    const outside = makeTempDir();
    const runner = createGitRunner(outside, { ...TEST_ENV, GIT_CEILING_DIRECTORIES: outside }, PURPOSE);
    await expect(viaSimpleGit(outside, ['ls-files', '-z'])).rejects.toThrow(/not a git repository/);
    await expect(runner.raw(['ls-files', '-z'])).rejects.toMatchObject({
      code: 'git-failed',
      message: expect.stringMatching(/^git ls-files failed: fatal: not a git repository/),
    });
  });

  it('say that git is missing, and what for, when it is not on PATH', async () => {
    const repo = makeRepo({}, { git: true });
    const runner = createGitRunner(repo.root, { ...TEST_ENV, PATH: makeTempDir('hypo-no-git-') }, { why: 'to see what changed' });
    await expect(runner.raw(['rev-parse', '--verify', '-q', 'HEAD'])).rejects.toMatchObject({
      code: 'git-missing',
      message: 'git is needed to see what changed, but there is no git program on PATH',
    });
  });
});
