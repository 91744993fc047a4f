// Reading one record's history: two git processes whatever the number of commits,
// each version read once by its blob id, and handed over with the one before it.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createGitRunner } from '../../src/store/git.js';
import { readRecordLog } from '../../src/store/record-log.js';
import { countingGit } from '../helpers/counting-git.js';
import { TEST_ENV } from '../helpers/run-cli.js';
import { GIT_ENV, makeRepo, type TempRepo } from '../helpers/temp-repo.js';

function commitAll(repo: TempRepo, message: string, day: number): void {
  const date = `2026-03-${String(day).padStart(2, '0')}T09:00:00+01:00`;
  const env = { ...process.env, ...GIT_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  execFileSync('git', ['add', '-A'], { cwd: repo.root, env });
  execFileSync('git', ['commit', '-q', '-m', message], { cwd: repo.root, env });
}

const record = (status: string, note: string) =>
  `kind: hypothesis\ntitle: Skärgårdsfärjan\nstatement: Vi tror att öborna vill åka\nstatus: ${status}\nx-note: ${note}\n`;

/** Every commit's version and the one before it, as text, and how often each distinct version was read. */
async function readTexts(git: ReturnType<typeof countingGit>, root: string, file: string) {
  const reads: string[] = [];
  const commits: { file: string; text: string | null; before: string | null | undefined }[] = [];
  await readRecordLog<string | null>(git, { root, gitRoot: root }, file, {
    read(object) {
      const text = object.found === 'blob' ? new TextDecoder().decode(object.bytes) : null;
      reads.push(text ?? '');
      return text;
    },
    visit(commit, text, before) {
      commits.push({ file: commit.file, text, before });
    },
  });
  return { reads, commits };
}

describe('readRecordLog', () => {
  it('starts two git processes for a record with 2 commits and for one with 12, reading each version once', async () => {
    const repo = makeRepo({}, { git: true });
    repo.write('learning/short.yaml', record('open', 'ett'));
    repo.write('learning/long.yaml', record('open', 'v1'));
    commitAll(repo, 'Add both', 1);
    repo.write('learning/short.yaml', record('testing', 'två'));
    commitAll(repo, 'Test the short one', 2);
    for (let version = 2; version <= 12; version++) {
      repo.write('learning/long.yaml', record(version < 12 ? 'testing' : 'supported', `v${version} – åäö`));
      commitAll(repo, `Long, version ${version}`, version + 1);
    }

    const short = countingGit(repo.root);
    const shortLog = await readTexts(short, repo.root, 'learning/short.yaml');
    const long = countingGit(repo.root);
    const longLog = await readTexts(long, repo.root, 'learning/long.yaml');

    expect(shortLog.commits).toHaveLength(2);
    expect(longLog.commits).toHaveLength(12);
    expect(short.calls.map((args) => args.slice(0, 2))).toEqual([
      ['log', '--follow'],
      ['cat-file', '--batch'],
    ]);
    expect(long.calls).toHaveLength(short.calls.length);
    // Every version and the one before it came out of the one batch, multi-byte text intact.
    const texts = [12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2].map((n) => record(n < 12 ? 'testing' : 'supported', `v${n} – åäö`)).concat(record('open', 'v1'));
    expect(longLog.commits.map((version) => version.text)).toEqual(texts);
    expect(longLog.commits.slice(0, -1).map((version) => version.before)).toEqual(texts.slice(1));
    expect(longLog.commits.at(-1)!.before).toBeUndefined();
    // By blob id, each version once: never again as the version before the next commit.
    expect(longLog.reads).toEqual(texts);
  });

  it('follows a rename and two branches, holding a version shared by several commits until its last one', async () => {
    const repo = makeRepo({}, { git: true });
    // Status and note lines apart, so that the two branches merge without a conflict.
    const text = (status: string, note: string) => `kind: hypothesis\nstatus: ${status}\ntitle: Färjan\nstatement: Vi tror\nx-note: ${note}\n`;
    repo.write('learning/old.yaml', text('open', 'ett'));
    commitAll(repo, 'Add', 1);
    repo.git('mv', 'learning/old.yaml', 'learning/new.yaml');
    commitAll(repo, 'Rename', 2);
    repo.git('checkout', '-q', '-b', 'side');
    repo.write('learning/new.yaml', text('testing', 'ett'));
    commitAll(repo, 'Test it', 3);
    repo.git('checkout', '-q', 'main');
    repo.write('learning/new.yaml', text('open', 'två'));
    commitAll(repo, 'Note', 4);
    repo.git('merge', '-q', '--no-ff', '-m', 'Merge side', 'side');

    const { commits, reads } = await readTexts(countingGit(repo.root), repo.root, 'learning/new.yaml');
    expect(commits).toEqual([
      { file: 'learning/new.yaml', text: text('open', 'två'), before: text('open', 'ett') },
      { file: 'learning/new.yaml', text: text('testing', 'ett'), before: text('open', 'ett') },
      { file: 'learning/new.yaml', text: text('open', 'ett'), before: text('open', 'ett') },
      { file: 'learning/old.yaml', text: text('open', 'ett'), before: undefined },
    ]);
    expect(reads).toEqual([text('open', 'två'), text('open', 'ett'), text('testing', 'ett')]);
  });

  it('starts one process and finds nothing in a repository without commits', async () => {
    const repo = makeRepo({ 'learning/new.yaml': record('open', 'ny') }, { git: true });
    const git = countingGit(repo.root);
    expect((await readTexts(git, repo.root, 'learning/new.yaml')).commits).toEqual([]);
    expect(git.calls).toHaveLength(1);
  });
});

describe('streamWithInput', () => {
  it('fails as git-failed when git does', async () => {
    const repo = makeRepo({}, { git: true });
    await expect(
      createGitRunner(repo.root, TEST_ENV, { why: 'for a test' }).streamWithInput(['cat-file', '--no-such-option'], 'x\n', () => undefined),
    ).rejects.toMatchObject({
      code: 'git-failed',
      message: expect.stringMatching(/^git cat-file failed: /),
    });
  });

  it('stops git and fails with the error its consumer throws', async () => {
    const repo = makeRepo({ 'learning/a.yaml': record('open', 'ett') }, { git: true });
    commitAll(repo, 'Add', 1);
    const stop = new Error('enough');
    await expect(
      createGitRunner(repo.root, TEST_ENV, { why: 'for a test' }).streamWithInput(['cat-file', '--batch'], 'HEAD:learning/a.yaml\n', () => {
        throw stop;
      }),
    ).rejects.toBe(stop);
  });
});
