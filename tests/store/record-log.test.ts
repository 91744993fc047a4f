// Reading one record's history: two git processes whatever the number of commits,
// and cat-file's output cut by bytes so that å, ä and ö never shift the next object.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createGitRunner } from '../../src/store/git.js';
import { parseBatchOutput } from '../../src/store/read-blobs.js';
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

describe('readRecordLog', () => {
  it('starts two git processes for a record with 2 commits and for one with 12', async () => {
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
    const scope = { root: repo.root, gitRoot: repo.root };

    const short = countingGit(repo.root);
    const shortLog = await readRecordLog(short, scope, 'learning/short.yaml');
    const long = countingGit(repo.root);
    const longLog = await readRecordLog(long, scope, 'learning/long.yaml');

    expect(shortLog).toHaveLength(2);
    expect(longLog).toHaveLength(12);
    expect(short.calls.map((args) => args.slice(0, 2))).toEqual([
      ['log', '--follow'],
      ['cat-file', '--batch'],
    ]);
    expect(long.calls).toHaveLength(short.calls.length);
    // Every version and the one before it came out of the one batch, multi-byte text intact.
    expect(longLog.map((version) => version.text)).toEqual(
      [12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2].map((n) => record(n < 12 ? 'testing' : 'supported', `v${n} – åäö`)).concat(record('open', 'v1')),
    );
    expect(longLog.slice(0, -1).map((version) => version.before)).toEqual(longLog.slice(1).map((version) => version.text));
    expect(longLog.at(-1)!.before).toBeUndefined();
  });

  it('starts one process and finds nothing in a repository without commits', async () => {
    const repo = makeRepo({ 'learning/new.yaml': record('open', 'ny') }, { git: true });
    const git = countingGit(repo.root);
    expect(await readRecordLog(git, { root: repo.root, gitRoot: repo.root }, 'learning/new.yaml')).toEqual([]);
    expect(git.calls).toHaveLength(1);
  });
});

describe('parseBatchOutput', () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  it('cuts objects by their size in bytes', () => {
    const first = 'title: Färjan över sundet\n';
    const second = 'title: Öppet\n';
    const bytes = encode(first).length;
    expect(bytes).toBeGreaterThan(first.length);
    const output = encode(`${'a'.repeat(40)} blob ${bytes}\n${first}\n${'b'.repeat(40)} blob ${encode(second).length}\n${second}\n`);
    const decoded = parseBatchOutput(output, 2).map((object) => (object ? new TextDecoder().decode(object) : object));
    expect(decoded).toEqual([first, second]);
  });

  it('gives undefined for a missing object or a non-blob, and keeps its place in the order', () => {
    const output = encode(`abc:learning/my file.yaml missing\n${'c'.repeat(40)} tree 3\nxyz\n${'d'.repeat(40)} blob 2\nok\n`);
    const objects = parseBatchOutput(output, 4);
    expect(objects.map((object) => (object ? new TextDecoder().decode(object) : object))).toEqual([undefined, undefined, 'ok', undefined]);
  });
});

describe('rawWithInput', () => {
  it('fails as git-failed when git does', async () => {
    const repo = makeRepo({}, { git: true });
    await expect(createGitRunner(repo.root, TEST_ENV, { why: 'for a test' }).rawWithInput(['cat-file', '--no-such-option'], 'x\n')).rejects.toMatchObject({
      code: 'git-failed',
      message: expect.stringMatching(/^git cat-file failed: /),
    });
  });
});
