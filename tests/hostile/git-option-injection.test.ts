// A value given where a git ref belongs never reaches git as an option: `--since=--output=/tmp/x`
// once made `git log` / `git diff` write /tmp/x and answer as if nothing had changed. Every such
// value is resolved to a commit first; one that names none is a usage error (exit 2) naming it,
// and no file appears at the path the value points to.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveCommit } from '../../src/store/resolve-commit.js';
import { expectCleanOutput, expectErrorStyle } from '../helpers/clean-output.js';
import { countingGit } from '../helpers/counting-git.js';
import { HYPOTHESIS, SUCCESS } from '../helpers/records.js';
import { runCli } from '../helpers/run-cli.js';
import { makeRepo, makeTempDir, type TempRepo } from '../helpers/temp-repo.js';

/** A branch off main that changed the code a hypothesis rests on; tag v1 is main's commit. Only read, so built once. */
let shared: TempRepo | undefined;
function branchRepo(): TempRepo {
  shared ??= buildBranchRepo();
  return shared;
}

function buildBranchRepo(): TempRepo {
  const repo = makeRepo({}, { git: true, lifetime: 'file' });
  repo.write('learning/h/swish-first.yaml', 'kind: hypothesis\ntitle: Swish först i kassan\nstatement: s\nstatus: open\ncode: [src/checkout/**]\n');
  repo.write('learning/h/riders-want-realtime.yaml', HYPOTHESIS);
  repo.write('src/checkout/cart.ts', 'export const cart = 1;\n');
  repo.commit('Start', '2026-11-02');
  repo.git('tag', 'v1');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write('src/checkout/cart.ts', 'export const cart = 2;\n');
  repo.write('learning/h/riders-want-realtime.yaml', `${HYPOTHESIS.replace('status: open', 'status: testing')}${SUCCESS}`);
  repo.commit('Change the cart', '2026-11-20');
  return repo;
}

/** The hostile values, each aimed at a file in a fresh folder outside the repository. */
function hostileValues(target: string): string[] {
  return [`--output=${target}`, '-p', `--upload-pack=touch ${target}`, `--output=${target}^{commit}`, `-o${target}`];
}

/** Fails unless a run refused `value` as a ref with exit 2, named it, and left `folder` empty. */
function expectRefused(result: { code: number; stdout: string; stderr: string }, flag: string, value: string, folder: string, wording: RegExp): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.startsWith(`hypo: ${flag} ${value}: `), result.stderr).toBe(true);
  expect(result.stderr).toMatch(wording);
  expectErrorStyle(result.stderr);
  expectCleanOutput(result);
  expect(readdirSync(folder)).toEqual([]);
}

const NOT_A_REF = /: not a git ref \(a branch, tag or commit\)\nhint: /;
const NEITHER = /: neither a date \(YYYY-MM-DD\) nor a git ref\nhint: /;

describe('no option injection into git', () => {
  const commands: { name: string; flag: string; run: (repo: TempRepo, ...args: string[]) => string[]; wording: RegExp }[] = [
    { name: 'report', flag: '--since', run: (repo, ...args) => ['-C', repo.root, 'report', '--as-of', '2026-11-25', ...args], wording: NEITHER },
    { name: 'report', flag: '--until', run: (repo, ...args) => ['-C', repo.root, 'report', '--as-of', '2026-11-25', ...args], wording: NEITHER },
    { name: 'affected', flag: '--since', run: (repo, ...args) => ['-C', repo.root, 'affected', '--as-of', '2026-11-25', ...args], wording: NOT_A_REF },
    { name: 'check', flag: '--changed', run: (repo, ...args) => ['-C', repo.root, 'check', ...args], wording: NOT_A_REF },
  ];

  for (const { name, flag, run, wording } of commands) {
    it(`hypo ${name} ${flag}=<value>: every hostile value is refused, and git writes nothing`, async () => {
      const repo = branchRepo();
      const folder = makeTempDir();
      for (const value of hostileValues(path.join(folder, 'x'))) {
        expectRefused(await runCli(run(repo, `${flag}=${value}`)), flag, value, folder, wording);
      }
    });
  }

  for (const { name, flag, run, wording } of commands.filter((command) => command.flag !== '--changed')) {
    it(`hypo ${name} ${flag} <value> (two arguments): the value is taken as the ref and refused`, async () => {
      const repo = branchRepo();
      const folder = makeTempDir();
      for (const value of hostileValues(path.join(folder, 'x'))) {
        expectRefused(await runCli(run(repo, flag, value)), flag, value, folder, wording);
      }
    });
  }

  it('hypo check --changed --output=<file>: an optional ref never swallows an option; the option is unknown', async () => {
    const repo = branchRepo();
    const folder = makeTempDir();
    const result = await runCli(['-C', repo.root, 'check', '--changed', `--output=${path.join(folder, 'x')}`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown option '--output=/);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('an empty ref is refused too, never read as "no ref"', async () => {
    const repo = branchRepo();
    const changed = await runCli(['-C', repo.root, 'check', '--changed=']);
    expect(changed.code).toBe(2);
    expect(changed.stderr).toMatch(/^hypo: --changed : not a git ref \(a branch, tag or commit\)\n/);
    const since = await runCli(['-C', repo.root, 'affected', '--since=']);
    expect(since.code).toBe(2);
    expect(since.stderr).toMatch(/^hypo: --since : not a git ref \(a branch, tag or commit\)\n/);
  });

  it('a branch that does not exist is a usage error, never "nothing changed"', async () => {
    const repo = branchRepo();
    const affected = await runCli(['-C', repo.root, 'affected', '--since', 'origin/main']);
    expect(affected.code).toBe(2);
    expect(affected.stderr).toBe(
      'hypo: --since origin/main: not a git ref (a branch, tag or commit)\n' +
        'hint: git fetch origin main brings origin/main into this clone (in CI: actions/checkout with fetch-depth: 0); or give a branch, tag or commit this clone has, for example --since main\n',
    );
    const check = await runCli(['-C', repo.root, 'check', '--changed', 'no-such-branch']);
    expect(check.code).toBe(2);
    expect(check.stderr).toMatch(/^hypo: --changed no-such-branch: not a git ref \(a branch, tag or commit\)\nhint: /);
    const report = await runCli(['-C', repo.root, 'report', '--since', 'no-such-branch']);
    expect(report.code).toBe(2);
    expect(report.stderr).toMatch(/^hypo: --since no-such-branch: neither a date \(YYYY-MM-DD\) nor a git ref\n/);
  });

  it('valid refs still work: a branch, a tag, a commit and a revision expression', async () => {
    const repo = branchRepo();
    const sinceMain = await runCli(['-C', repo.root, 'affected', '--as-of', '2026-11-25', '--since', 'main', '--format', 'json']);
    expect(sinceMain.stderr).toBe('');
    expect(sinceMain.code).toBe(0);
    expect(JSON.parse(sinceMain.stdout)).toMatchObject({ since: 'main', affected: [{ id: 'swish-first', files: ['src/checkout/cart.ts'] }] });
    const sinceParent = await runCli(['-C', repo.root, 'affected', '--as-of', '2026-11-25', '--since', 'HEAD~1', '--format', 'json']);
    expect(JSON.parse(sinceParent.stdout)).toMatchObject({ since: 'HEAD~1', affected: [{ id: 'swish-first' }] });

    const report = await runCli(['-C', repo.root, 'report', '--as-of', '2026-11-25', '--since', 'v1', '--format', 'json']);
    expect(report.stderr).toBe('');
    expect(report.code).toBe(0);
    expect(JSON.parse(report.stdout)).toMatchObject({ period: { since: '2026-11-02', until: '2026-11-25' } });
    const commit = repo.git('rev-parse', 'main').trim();
    const untilCommit = await runCli(['-C', repo.root, 'report', '--as-of', '2026-11-25', '--since', '2026-11-01', '--until', commit, '--format', 'json']);
    expect(untilCommit.code, untilCommit.stderr).toBe(0);
    expect(JSON.parse(untilCommit.stdout)).toMatchObject({ period: { since: '2026-11-01', until: '2026-11-02' } });

    const check = await runCli(['-C', repo.root, 'check', '--changed', 'main', '--format', 'json']);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: true, problems: [] });
  });

  it('resolveCommit asks git once, with --end-of-options before the value, and answers a full hash or nothing', async () => {
    const repo = branchRepo();
    const folder = makeTempDir();
    const target = path.join(folder, 'x');
    const git = countingGit(repo.root);
    expect(await resolveCommit(git, `--output=${target}`)).toBeUndefined();
    expect(git.calls).toEqual([['rev-parse', '--verify', '--quiet', '--end-of-options', `--output=${target}^{commit}`]]);
    expect(existsSync(target)).toBe(false);
    expect(await resolveCommit(git, 'v1')).toBe(repo.git('rev-parse', 'v1^{commit}').trim());
    // A tree or a blob is no commit; neither is a range, nor nothing.
    for (const ref of ['HEAD^{tree}', 'HEAD:src/checkout/cart.ts', 'main..feature', '', 'main\n--output=x']) {
      expect(await resolveCommit(git, ref)).toBeUndefined();
    }
  });
});
