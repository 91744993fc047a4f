// `hypo check` on a real git repository warns `code-matches-nothing` at a `code:` glob that
// matches no tracked file: a warning (exit 0) that fails --strict; outside git, or with
// `git_history: false`, it starts no git process; the check cache follows the tracked files.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUALITY_OFF } from '../helpers/records.js';
import { type CheckJson, checkJson, runCli, TEST_ENV } from '../helpers/run-cli.js';
import { makeRepo, makeTempDir } from '../helpers/temp-repo.js';

const H = 'learning/hypotheses/swish-forst-i-kassan.yaml';
const HYPOTHESIS = `kind: hypothesis
title: Swish först i kassan
statement: Vi tror att fler köper klart med Swish först i kassan
status: open
code:
  - src/checkout/**
  - src/chekout/**
`;
const MISSPELT = {
  file: H,
  line: 7,
  column: 5,
  severity: 'warning',
  rule: 'code-matches-nothing',
  message: '"src/chekout/**" matches no file git tracks (did you mean "src/checkout/**"?): fix the glob, or remove it if the code is gone',
};

/** A git repository whose index holds the checkout code: the second glob is misspelt. */
function repository(config = QUALITY_OFF) {
  const repo = makeRepo({ [H]: HYPOTHESIS, 'src/checkout/betalsteg.ts': 'export const betalsteg = 1;\n' }, { git: true, config });
  repo.git('add', '-A');
  return repo;
}

/** PATH without git: any git process would fail the command (exit 2, git-missing). */
const noGit = () => ({ env: { ...TEST_ENV, PATH: makeTempDir('hypo-no-git-') } });

describe('hypo check: code-matches-nothing', () => {
  it('warns at the misspelt glob, with its line and column; exit 0, and 1 with --strict', async () => {
    const repo = repository();
    const { code, json } = await checkJson(repo.root);
    expect(code).toBe(0);
    expect(json.problems).toEqual([expect.objectContaining(MISSPELT)]);
    const strict = await checkJson(repo.root, '--strict');
    expect(strict.code).toBe(1);
    expect(strict.json.problems).toEqual([expect.objectContaining(MISSPELT)]);
    const text = await runCli(['-C', repo.root, 'check']);
    expect(text.stdout).toContain(`${H}:7:5 warning ${MISSPELT.message} [code-matches-nothing]`);
  });

  it('matches what git tracks, not what lies in the working tree', async () => {
    const repo = repository();
    repo.write('src/chekout/utkast.ts', 'export const utkast = 1;\n');
    expect((await checkJson(repo.root)).json.problems).toEqual([expect.objectContaining(MISSPELT)]);
    repo.git('add', 'src/chekout/utkast.ts');
    expect((await checkJson(repo.root)).json.problems).toEqual([]);
  });

  it('outside git, and with git_history: false, says nothing and starts no git process', async () => {
    const outside = makeRepo({ [H]: HYPOTHESIS }, { config: QUALITY_OFF });
    const result = await runCli(['-C', outside.root, 'check', '--format', 'json', '--strict', '--no-cache'], noGit());
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect((JSON.parse(result.stdout) as CheckJson).problems).toEqual([]);

    const off = repository(`${QUALITY_OFF}git_history: false\n`);
    const quiet = await runCli(['-C', off.root, 'check', '--format', 'json', '--strict', '--no-cache'], noGit());
    expect(quiet).toMatchObject({ code: 0, stderr: '' });
    expect((JSON.parse(quiet.stdout) as CheckJson).problems).toEqual([]);
  });

  it('asks no git when no record names code', async () => {
    const repo = makeRepo({ [H]: HYPOTHESIS.replace(/code:\n(.*\n)*/, '') }, { git: true, config: QUALITY_OFF });
    const result = await runCli(['-C', repo.root, 'check', '--no-cache'], noGit());
    expect(result).toMatchObject({ code: 0, stderr: '' });
  });

  it('is not served stale by the cache: a file git starts tracking clears the warning, one it stops tracking brings it back', async () => {
    const repo = repository();
    const env = { ...TEST_ENV, HYPO_CACHE_DIR: makeTempDir('hypo-cache-') };
    const problems = async () => {
      const result = await runCli(['-C', repo.root, 'check', '--format', 'json'], { env });
      return (JSON.parse(result.stdout) as CheckJson).problems.map((problem) => problem.rule);
    };
    expect(await problems()).toEqual(['code-matches-nothing']);
    expect(await problems()).toEqual(['code-matches-nothing']);
    repo.write('src/chekout/kvitto.ts', 'export const kvitto = 1;\n');
    repo.git('add', 'src/chekout/kvitto.ts');
    expect(await problems()).toEqual([]);
    repo.git('rm', '-q', '--cached', 'src/chekout/kvitto.ts');
    expect(await problems()).toEqual(['code-matches-nothing']);
  });

  it('reuses a cached result while the tracked files stay the same, an untracked file aside', async () => {
    const repo = repository();
    const cacheDir = makeTempDir('hypo-cache-');
    const check = () => runCli(['-C', repo.root, 'check', '--format', 'json'], { env: { ...TEST_ENV, HYPO_CACHE_DIR: cacheDir } });
    await check();
    // A problem planted in the kept result shows only if the kept result is printed.
    const entry = path.join(cacheDir, readdirSync(cacheDir).find((name) => name.startsWith('check-'))!);
    const kept = JSON.parse(readFileSync(entry, 'utf8'));
    kept.result.problems.push({ file: 'planted.yaml', line: 1, column: 1, severity: 'warning', rule: 'planted', message: 'from the cache' });
    writeFileSync(entry, JSON.stringify(kept));
    repo.write('src/annat/skiss.ts', 'export const skiss = 1;\n');
    expect((JSON.parse((await check()).stdout) as CheckJson).problems.map((problem) => problem.rule)).toEqual(['code-matches-nothing', 'planted']);
  });

  it('--staged matches the index; --changed reports the changed records only', async () => {
    const repo = repository();
    repo.commit('The hypothesis and the checkout', '2026-10-01');
    repo.write('src/chekout/kvitto.ts', 'export const kvitto = 1;\n');
    repo.git('add', 'src/chekout/kvitto.ts');
    expect((await checkJson(repo.root, '--staged')).json.problems).toEqual([]);
    repo.git('rm', '-q', '--cached', 'src/chekout/kvitto.ts');
    expect((await checkJson(repo.root, '--staged')).json.problems).toEqual([expect.objectContaining(MISSPELT)]);

    repo.write('learning/hypotheses/annan.yaml', 'kind: hypothesis\ntitle: A\nstatement: s\nstatus: open\ncode: [src/biljetter/**]\n');
    const changed = await checkJson(repo.root, '--changed');
    expect(changed.json.problems.map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.rule}`)).toEqual([
      'learning/hypotheses/annan.yaml:5:8 code-matches-nothing',
    ]);
  });
});
