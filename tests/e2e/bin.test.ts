// A few runs of the built CLI as a user runs it: a real process, real pipes, real exit codes.
// Each test waits on its own processes only, so the tests run at the same time; their temp
// repositories live until the file's last test (a test's own cleanup would remove the others').
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BROKEN_CASES } from '../helpers/broken-cases.js';
import { VALID_FILES } from '../helpers/records.js';
import { makeRepo as makeRepoForTest } from '../helpers/temp-repo.js';

const BIN = fileURLToPath(new URL('../../bin/hypo.js', import.meta.url));
const EXAMPLE = fileURLToPath(new URL('../../examples/transit-app', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

const makeRepo: typeof makeRepoForTest = (files, options) => makeRepoForTest(files, { ...options, lifetime: 'file' });

function hypo(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { NO_COLOR, FORCE_COLOR, ...inherited } = process.env;
  void NO_COLOR;
  void FORCE_COLOR;
  return new Promise((resolve, reject) => {
    // No limit on the output: the pipe test's JSON is longer than execFile's default.
    execFile(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...inherited, ...env }, maxBuffer: Infinity }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
    });
  });
}

const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

describe.concurrent('bin/hypo.js', () => {
  it('prints its version', async () => {
    expect(await hypo(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('passes the bundled example, warning of its six statements without a reason', async () => {
    const result = await hypo(['-C', EXAMPLE, 'check', '--lang', 'en']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/\n⚠ 0 errors, 6 warnings in 6 of 25 files \(25 records valid\)\n$/);
    expect(result.code).toBe(0);
  });

  it('exits 1 on a repository with every broken case, printing each and no stack trace', async () => {
    const repo = makeRepo(VALID_FILES);
    for (const [index, testCase] of BROKEN_CASES.entries()) repo.write(`learning/mixed/c${index}-${testCase.file.split('/').pop()}`, testCase.content);
    const result = await hypo(['-C', repo.root, 'check']);
    expect(result.code).toBe(1);
    for (const testCase of BROKEN_CASES) expect(result.stdout).toContain(`[${testCase.expected.rule}]`);
    expect(result.stdout).not.toMatch(STACK_LINE);
    expect(result.stderr).toBe('');
  });

  it('writes complete JSON through a pipe, however long', async () => {
    const repo = makeRepo();
    for (let i = 0; i < 400; i++) repo.write(`learning/h/h${i}.yaml`, `kind: hypothesis\ntitle: Hypotes nummer ${i} om åkare\nstatus: nope\n`);
    const result = await hypo(['-C', repo.root, 'check', '--format', 'json']);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as { files: number; problems: unknown[] };
    expect(json.files).toBe(400);
    expect(json.problems).toHaveLength(800);
  });

  it('colours with FORCE_COLOR and never under NO_COLOR', async () => {
    const repo = makeRepo({ 'learning/h/x.yaml': 'kind: hypothesis\n' });
    const [forced, forcedAndNo, neither] = await Promise.all([
      hypo(['-C', repo.root, 'check'], { FORCE_COLOR: '1' }),
      hypo(['-C', repo.root, 'check'], { FORCE_COLOR: '1', NO_COLOR: '1' }),
      hypo(['-C', repo.root, 'check']),
    ]);
    expect(forced.stdout).toContain('\u001b[31m');
    expect(forcedAndNo.stdout).not.toContain('\u001b[');
    expect(neither.stdout).not.toContain('\u001b[');
  });

  it('exits 2 on a usage error', async () => {
    const result = await hypo(['check', '--format', 'yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^hypo: option '--format <format>' argument 'yaml' is invalid/);
  });

  it('exits 2 with a hint, and no stack trace, for an invalid config', async () => {
    const repo = makeRepo({}, { config: 'stale_after_days: soon\n' });
    const result = await hypo(['-C', repo.root, 'check']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('hypo.config.yaml:1:19: stale_after_days must be a number — got "soon"');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('reads git history with the user’s environment as it is (EDITOR, PAGER, GIT_SSH_COMMAND set)', async () => {
    const repo = makeRepo(VALID_FILES, { git: true });
    repo.commit('Records', '2026-09-01');
    const result = await hypo(['-C', repo.root, 'stale', '--as-of', '2026-11-25', '--format', 'json'], {
      EDITOR: 'vim',
      PAGER: 'less',
      GIT_SSH_COMMAND: 'ssh -o BatchMode=yes',
      GIT_EDITOR: 'vim',
    });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).stale).toEqual([
      {
        id: 'riders-want-realtime',
        kind: 'hypothesis',
        file: 'learning/hypotheses/riders-want-realtime.yaml',
        line: 4,
        reason: 'untested',
        ageDays: 85,
        message: 'open and untested for 85 days (stale after 30): test it, or retire it',
      },
    ]);
  });
});
