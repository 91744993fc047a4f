// Hostile input too big, too binary or too special to commit (see the second table of
// tests/fixtures/hostile/README.md), made at run time in a temporary repository and checked
// by the built CLI with a time limit and, where /usr/bin/time exists, a memory limit.
// Each test waits on its own process only, so the tests of a group run at the same time (the
// limits are per process); their temp folders live until the file's last test, since a test's
// own cleanup would remove the others'. The 100,000-field record runs alone: it is the slowest.
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, ftruncateSync, mkdirSync, openSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRecordFileSync } from '../../src/store/read-record-file.js';
import { expectCleanOutput } from '../helpers/clean-output.js';
import { HYPOTHESIS } from '../helpers/records.js';
import { CAN_MEASURE_MEMORY, CAN_RUN_AS_NOBODY, NOBODY, RUNNING_AS_ROOT, type SpawnResult, spawnHypo } from '../helpers/spawn-hypo.js';
import { makeRepo as makeRepoForTest, makeTempDir, type TempRepo } from '../helpers/temp-repo.js';

const MiB = 1024;
/** A node process doing nothing takes ~50 MiB; reading a file too large to parse must not add its size. */
const UNREAD_LIMIT_KIB = 150 * MiB;
/** What a 1 MiB record may cost in the YAML parser at most. */
const PARSE_LIMIT_KIB = 512 * MiB;

const makeRepo: typeof makeRepoForTest = (files, options) => makeRepoForTest(files, { ...options, lifetime: 'file' });

function outsideFolder(): string {
  const dir = makeTempDir(undefined, 'file');
  // A broken record: if hypo ever read it, check would report the field "leaked".
  writeFileSync(path.join(dir, 'secret.yaml'), `${HYPOTHESIS}leaked: top secret\n`);
  return dir;
}

interface Found {
  file: string;
  line: number;
  rule: string;
}

/** The `file:line:col severity message [rule]` heads of check's text output. */
function problemsIn(stdout: string): Found[] {
  return [...stdout.matchAll(/^(.+?):(\d+):\d+ (?:error|warning) .* \[([a-z-]+)\]$/gm)].map((match) => ({
    file: match[1]!,
    line: Number(match[2]),
    rule: match[3]!,
  }));
}

async function check(repo: TempRepo, limitKiB: number, options: { uid?: number; timeoutMs?: number } = {}): Promise<SpawnResult & { problems: Found[] }> {
  const result = await spawnHypo(['-C', repo.root, 'check'], {
    timeoutMs: options.timeoutMs ?? 10_000,
    ...(options.uid === undefined ? {} : { uid: options.uid }),
  });
  expect(result.timedOut, `timed out after ${result.ms} ms`).toBe(false);
  expect(result.signal).toBe(null);
  expect(result.stderr).toBe('');
  expectCleanOutput(result);
  if (CAN_MEASURE_MEMORY) expect(result.maxRssKiB, `peak memory ${result.maxRssKiB} KiB`).toBeLessThan(limitKiB);
  return { ...result, problems: problemsIn(result.stdout) };
}

const H = HYPOTHESIS; // four lines

/** A file of `size` bytes that takes no disk space: reading it is the only way to make it cost memory. */
function sparseFile(repo: TempRepo, size: number): string {
  const file = repo.write('learning/h/sparse.yaml', '');
  const fd = openSync(file, 'w');
  ftruncateSync(fd, size);
  closeSync(fd);
  return file;
}

describe('a record of 100,000 fields', () => {
  // Near the 1 MiB limit on a record: the size is the point (no step may be quadratic in the fields).
  it('lists the first 50 of 100,000 unknown fields and counts the rest', async () => {
    const repo = makeRepo();
    repo.write('learning/h/many-keys.yaml', H + Array.from({ length: 100_000 }, (_, i) => `f${i.toString(36)}: 1\n`).join(''));
    // Linear work takes a few seconds; a step quadratic in the fields would take minutes. The
    // limit is far from both, so that a busy machine never fails the test.
    const result = await check(repo, PARSE_LIMIT_KIB, { timeoutMs: 30_000 });
    expect(result.code).toBe(1);
    expect(result.problems).toHaveLength(51);
    expect(result.problems[0]).toEqual({ file: 'learning/h/many-keys.yaml', line: 5, rule: 'unknown-field' });
    expect(result.problems[50]).toEqual({ file: 'learning/h/many-keys.yaml', line: 55, rule: 'too-many-problems' });
    expect(result.stdout).toContain('99950 more problems in this file');
  });
});

describe.concurrent('huge files', () => {
  it('reports a 20 MB file without reading it into memory', async () => {
    const repo = makeRepo();
    repo.write('learning/h/huge.yaml', H + `x-filler: ${'y'.repeat(100)}\n`.repeat(200_000));
    const result = await check(repo, UNREAD_LIMIT_KIB);
    expect(result.code).toBe(1);
    expect(result.problems).toEqual([{ file: 'learning/h/huge.yaml', line: 1, rule: 'file-too-large' }]);
  });

  it('reads a sparse 1.5 GiB file no further than its size (readRecordFileSync)', () => {
    const repo = makeRepo();
    const file = sparseFile(repo, 1.5 * 1024 ** 3);
    const started = Date.now();
    expect(readRecordFileSync(file, 'learning/h/sparse.yaml').problems).toEqual([expect.objectContaining({ line: 1, rule: 'file-too-large' })]);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('reports a sparse 300 MiB file through the CLI without reading it into memory', async () => {
    const repo = makeRepo();
    sparseFile(repo, 300 * 1024 ** 2);
    const result = await check(repo, UNREAD_LIMIT_KIB);
    expect(result.code).toBe(1);
    expect(result.problems).toEqual([{ file: 'learning/h/sparse.yaml', line: 1, rule: 'file-too-large' }]);
    expect(CAN_MEASURE_MEMORY).toBe(true);
  });

  it.each([
    ['lists', `x-deep: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, 5],
    ['mappings', `x-deep: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`, 5],
    ['block lists', `x-deep:\n  ${'- '.repeat(10_000)}x\n`, 6],
  ])('stops at 10,000 levels of nested %s', async (_, deep, line) => {
    const repo = makeRepo();
    repo.write('learning/h/deep.yaml', H + deep);
    const result = await check(repo, PARSE_LIMIT_KIB);
    expect(result.code).toBe(1);
    expect(result.problems).toEqual([{ file: 'learning/h/deep.yaml', line, rule: 'too-deep' }]);
  });
});

describe.concurrent('bytes that are not YAML text', () => {
  it('reports binary files, a NUL byte and invalid UTF-8 with their lines', async () => {
    const repo = makeRepo();
    repo.write('learning/bin/image.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % 256;
    };
    const random = Buffer.from(Array.from({ length: 4096 }, next));
    repo.write('learning/bin/random.yaml', Buffer.concat([random, Buffer.from([0])]));
    repo.write('learning/bin/utf16.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(H, 'utf16le')]));
    repo.write('learning/bin/nul.yaml', Buffer.from(H.replace('Riders want', 'Riders\u0000want')));
    const invalid = (bytes: number[]) => Buffer.concat([Buffer.from('kind: hypothesis\ntitle: R'), Buffer.from(bytes), Buffer.from('iders\n')]);
    repo.write('learning/utf8/continuation.yaml', invalid([0x80]));
    repo.write('learning/utf8/overlong.yaml', invalid([0xc0, 0xaf]));
    repo.write('learning/utf8/surrogate.yaml', invalid([0xed, 0xa0, 0x80]));
    const result = await check(repo, PARSE_LIMIT_KIB);
    expect(result.code).toBe(1);
    expect(result.problems).toEqual([
      { file: 'learning/bin/image.yaml', line: 3, rule: 'binary-file' },
      { file: 'learning/bin/nul.yaml', line: 2, rule: 'binary-file' },
      { file: 'learning/bin/random.yaml', line: expect.any(Number), rule: 'binary-file' },
      { file: 'learning/bin/utf16.yaml', line: 1, rule: 'binary-file' },
      { file: 'learning/utf8/continuation.yaml', line: 2, rule: 'invalid-encoding' },
      { file: 'learning/utf8/overlong.yaml', line: 2, rule: 'invalid-encoding' },
      { file: 'learning/utf8/surrogate.yaml', line: 2, rule: 'invalid-encoding' },
    ]);
  });

  it('escapes a file name that holds escape sequences', async () => {
    const repo = makeRepo();
    repo.write('learning/h/\u001b[2J\u001b]8;;evil.example\u0007x.yaml', H);
    const result = await check(repo, PARSE_LIMIT_KIB);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('learning/h/\\x1b[2J\\x1b]8;;evil.example\\x07x.yaml:1:1 error');
    expect(result.problems.map((problem) => problem.rule)).toEqual(['invalid-id']);
  });
});

describe.concurrent('links, permissions and things that are not files', () => {
  it('reports link loops and links out of the repository, and reads nothing outside', async () => {
    const repo = makeRepo({ 'learning/h/ok.yaml': H });
    const elsewhere = outsideFolder();
    symlinkSync('self.yaml', path.join(repo.root, 'learning/h/self.yaml'));
    symlinkSync('b.yaml', path.join(repo.root, 'learning/h/a.yaml'));
    symlinkSync('a.yaml', path.join(repo.root, 'learning/h/b.yaml'));
    symlinkSync(path.join(elsewhere, 'secret.yaml'), path.join(repo.root, 'learning/h/secret.yaml'));
    symlinkSync(elsewhere, path.join(repo.root, 'learning/shared'));
    const result = await check(repo, PARSE_LIMIT_KIB);
    expect(result.code).toBe(1);
    expect(result.problems).toEqual(
      ['learning/h/a.yaml', 'learning/h/b.yaml', 'learning/h/secret.yaml', 'learning/h/self.yaml', 'learning/shared'].map((file) => ({
        file,
        line: 1,
        rule: 'bad-link',
      })),
    );
    expect(result.stdout).not.toContain('leaked');
  });

  it('does not follow a records folder that is itself a link out of the repository', async () => {
    const repo = makeRepo();
    const elsewhere = outsideFolder();
    rmSync(path.join(repo.root, 'learning'), { recursive: true });
    symlinkSync(elsewhere, path.join(repo.root, 'learning'));
    const result = await check(repo, PARSE_LIMIT_KIB);
    expect(result.code).toBe(1);
    expect(result.problems).toEqual([{ file: 'learning', line: 1, rule: 'bad-link' }]);
    expect(result.stdout).not.toContain('leaked');
  });

  it('reports an unreadable file and folder to anyone but root, who reads them', async () => {
    const repo = makeRepo({ 'learning/h/locked.yaml': H, 'learning/closed/inside.yaml': H.replace('Riders', 'Closed riders') });
    chmodSync(repo.root, 0o755);
    chmodSync(path.join(repo.root, 'learning/h/locked.yaml'), 0o000);
    chmodSync(path.join(repo.root, 'learning/closed'), 0o000);
    try {
      const expectedUnreadable = [
        { file: 'learning/closed', line: 1, rule: 'unreadable-file' },
        { file: 'learning/h/locked.yaml', line: 1, rule: 'unreadable-file' },
      ];
      const asMe = await check(repo, PARSE_LIMIT_KIB);
      // Root ignores the permission bits: the files are read and valid.
      expect(asMe.problems).toEqual(RUNNING_AS_ROOT ? [] : expectedUnreadable);
      expect(asMe.code).toBe(RUNNING_AS_ROOT ? 0 : 1);
      if (CAN_RUN_AS_NOBODY) {
        const asNobody = await check(repo, PARSE_LIMIT_KIB, { uid: NOBODY });
        expect(asNobody.problems).toEqual(expectedUnreadable);
        expect(asNobody.code).toBe(1);
      }
    } finally {
      chmodSync(path.join(repo.root, 'learning/closed'), 0o755);
    }
  });

  it('skips a named pipe, an empty folder and an empty folder named x.yaml, and never blocks', async () => {
    const repo = makeRepo({ 'learning/h/ok.yaml': H });
    mkdirSync(path.join(repo.root, 'learning/empty'));
    mkdirSync(path.join(repo.root, 'learning/x.yaml'));
    const fifo = spawnSync('mkfifo', [path.join(repo.root, 'learning/h/pipe.yaml')]);
    if (fifo.status !== 0) console.warn('mkfifo is not available: the named-pipe case is not covered here');
    const result = await check(repo, PARSE_LIMIT_KIB, { timeoutMs: 5_000 });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('✔ 1 record in 1 file: no problems\n');
  });
});
