// `hypo check` with the quality group: the bundled example's findings exactly, the config's
// levels through the CLI, and `success-after-test` on a repository with backdated commits,
// cached or not.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type CheckJson, checkJson, runCli, TEST_ENV } from '../helpers/run-cli.js';
import { makeRepo, makeTempDir } from '../helpers/temp-repo.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/transit-app', import.meta.url));
const H = 'learning/hypotheses/offline.yaml';
const E = 'learning/experiments/prototyptest.yaml';

const hypothesis = (success: string) => `kind: hypothesis
title: Offlinebiljett
statement: Vi tror att färjeresenärer vill visa biljetten utan nät, eftersom täckningen vid bryggan är dålig
status: testing
segment: färjeresenärer
success: ${success}
`;
const experiment = (start: string) => `kind: experiment
title: Prototyptest
tests: [offline]
method: usability-test
status: running
start: ${start}
`;

describe('hypo check on the bundled example', () => {
  it('warns of exactly the six statements that give no reason, and nothing else', async () => {
    const { code, json } = await checkJson(EXAMPLE);
    expect(code).toBe(0);
    expect(json.problems.map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.severity} ${problem.rule}`)).toEqual([
      'learning/hypotheses/forseningsnotiser-for-sparade-resor.yaml:4:12 warning statement-no-reason',
      'learning/hypotheses/koinformation-for-bilfarjan-minskar-samtal.yaml:4:12 warning statement-no-reason',
      'learning/hypotheses/offlinebiljett-minskar-oron-vid-dalig-tackning.yaml:6:12 warning statement-no-reason',
      'learning/hypotheses/pendlare-vill-bli-paminda-om-periodkortet.yaml:6:12 warning statement-no-reason',
      'learning/hypotheses/turister-hittar-appen-via-qr-kod-pa-hallplatsen.yaml:4:12 warning statement-no-reason',
      'learning/hypotheses/tydliga-byten-minskar-missade-anslutningar.yaml:4:12 warning statement-no-reason',
    ]);
  });
});

describe('hypo check with quality in the config', () => {
  it('fails with the rules as errors, passes with them off, and refuses an unknown rule name', async () => {
    const files = { [H]: hypothesis('resenärerna blir tryggare') };
    const asErrors = await checkJson(makeRepo(files, { config: 'quality:\n  level: error\n' }).root);
    expect(asErrors.code).toBe(1);
    expect(asErrors.json.problems).toEqual([
      {
        file: H,
        line: 6,
        column: 10,
        severity: 'error',
        rule: 'success-not-measurable',
        message: expect.stringContaining('the success names no number, share or quantity'),
      },
    ]);
    const off = await checkJson(makeRepo(files, { config: 'quality:\n  rules:\n    success-not-measurable: off\n' }).root);
    expect(off).toMatchObject({ code: 0, json: { problems: [] } });
    const typo = await runCli(['-C', makeRepo(files, { config: 'quality:\n  rules:\n    generic-segments: off\n' }).root, 'check']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('hypo.config.yaml:3:5');
    expect(typo.stderr).toContain('generic-segment');
  });
});

describe('success-after-test, on commits backdated by git', () => {
  it('warns of a success edited after the experiment started, naming the commit and its day; not of one written before', async () => {
    const repo = makeRepo({ [H]: hypothesis('Minst 10 av 12 visar biljetten inom 10 sekunder') }, { git: true });
    repo.commit('The hypothesis', '2026-09-01');
    repo.write(E, experiment('2026-09-10'));
    repo.commit('The prototype test starts', '2026-09-10');
    expect(await checkJson(repo.root)).toMatchObject({ code: 0, json: { problems: [] } });

    repo.write(H, hypothesis('Minst 8 av 12 visar biljetten inom 10 sekunder'));
    // Not committed yet: the working tree changed it today, after the start.
    const uncommitted = await checkJson(repo.root);
    expect(uncommitted.json.problems).toEqual([
      expect.objectContaining({ line: 6, column: 10, rule: 'success-after-test', message: expect.stringContaining('in the working tree') }),
    ]);
    const sha = repo.commit('Lower the bar', '2026-09-20');
    const { code, json } = await checkJson(repo.root);
    expect(code).toBe(0);
    expect(json.problems).toEqual([
      expect.objectContaining({
        file: H,
        line: 6,
        column: 10,
        severity: 'warning',
        rule: 'success-after-test',
        message: expect.stringContaining(`last changed in commit ${sha.slice(0, 7)} on 2026-09-20, after "prototyptest" started on 2026-09-10`),
      }),
    ]);
  });

  it('dates an experiment without a start by its first commit, and a cached answer follows a new commit', async () => {
    const repo = makeRepo({ [H]: hypothesis('Minst 10 av 12 visar biljetten') }, { git: true });
    repo.commit('The hypothesis', '2026-09-01');
    repo.write(E, experiment('x').replace('start: x\n', ''));
    repo.commit('The prototype test runs', '2026-09-10');
    const env = { ...TEST_ENV, HYPO_CACHE_DIR: makeTempDir('hypo-cache-') };
    const messages = async () => {
      const result = await runCli(['-C', repo.root, 'check', '--format', 'json'], { env });
      return (JSON.parse(result.stdout) as CheckJson).problems.map((problem) => `${problem.rule}: ${problem.message}`);
    };
    expect(await messages()).toEqual([]);
    repo.write(H, hypothesis('Minst 6 av 12 visar biljetten'));
    expect(await messages()).toEqual([
      expect.stringMatching(
        /^success-after-test: the success was last changed in the working tree \(not committed yet\), after "prototyptest" started on 2026-09-10/,
      ),
    ]);
    // Committing leaves every file as it was: only HEAD tells the cached answer from the new one.
    const sha = repo.commit('Lower the bar', '2026-09-15');
    expect(await messages()).toEqual([
      expect.stringContaining(`last changed in commit ${sha.slice(0, 7)} on 2026-09-15, after "prototyptest" started on 2026-09-10`),
    ]);
  });

  it('reads and writes no cache with --no-cache, not even the history’s: a cold check', async () => {
    const repo = makeRepo({ [H]: hypothesis('Minst 10 av 12 visar biljetten') }, { git: true });
    repo.commit('The hypothesis', '2026-09-01');
    repo.write(E, experiment('2026-09-10'));
    repo.commit('The prototype test starts', '2026-09-10');
    repo.write(H, hypothesis('Minst 6 av 12 visar biljetten'));
    repo.commit('Lower the bar', '2026-09-15');
    const cacheDir = makeTempDir('hypo-cache-');
    const env = { ...TEST_ENV, HYPO_CACHE_DIR: cacheDir };
    const cold = await runCli(['-C', repo.root, 'check', '--format', 'json', '--no-cache'], { env });
    expect((JSON.parse(cold.stdout) as CheckJson).problems.map((problem) => problem.rule)).toEqual(['success-after-test']);
    expect(readdirSync(cacheDir)).toEqual([]);
    // The same check with its caches answers the same, and keeps the history it read from git.
    expect((await runCli(['-C', repo.root, 'check', '--format', 'json'], { env })).stdout).toBe(cold.stdout);
    expect(readdirSync(cacheDir).filter((name) => !name.startsWith('check-') && !name.startsWith('parse-')).length).toBeGreaterThan(0);
  });
});
