// Messages a person can act on: a slip in YAML pointed at where it is, with what to do;
// did-you-mean inside the config's sprints; a missing git program, a ref this clone lacks,
// an impossible date and a wrong-kind id each told in words, never as a tool's raw message.
import { describe, expect, it } from 'vitest';
import { buildReport, loadRepository } from '../../src/index.js';
import { HYPOTHESIS, INSIGHT } from '../helpers/records.js';
import { checkJson, runCli, TEST_ENV } from '../helpers/run-cli.js';
import { makeRepo, makeTempDir } from '../helpers/temp-repo.js';

const HYPOTHESIS_FILE = 'learning/hypotheses/swish-forst.yaml';

describe('YAML slips', () => {
  it('an unquoted ": " in a value points at the colon and says to quote the value', async () => {
    const repo = makeRepo({ [HYPOTHESIS_FILE]: 'kind: hypothesis\ntitle: Swish: först i kassan\nstatement: Vi tror\n' });
    const { code, json } = await checkJson(repo.root);
    expect(code).toBe(1);
    expect(json.problems).toEqual([
      {
        file: HYPOTHESIS_FILE,
        line: 2,
        column: 13,
        severity: 'error',
        rule: 'yaml-syntax',
        message:
          'the value of `title` holds ": ", which YAML reads as the start of another field: put the value in quotes, as in title: "Swish: först i kassan"',
      },
    ]);
  });

  it('a key indented under a field with a value points at that key, once, and names both', async () => {
    const repo = makeRepo({ [HYPOTHESIS_FILE]: 'kind: hypothesis\ntitle: Swish först\nstatus: open\n  segment: pendlare\nstatement: Vi tror\n' });
    const { json } = await checkJson(repo.root);
    expect(json.problems.map(({ line, column, message }) => ({ line, column, message }))).toEqual([
      { line: 4, column: 3, message: '`segment` is indented under `status`, which has a value already: start `segment` in the same column as `status`' },
    ]);
  });
});

describe('config', () => {
  it('a typo inside sprints gets a did-you-mean, as top-level keys do', async () => {
    const numbered = makeRepo({}, { config: 'sprints:\n  strat: 2026-01-05\n  length_days: 14\n' });
    const first = await runCli(['-C', numbered.root, 'check']);
    expect(first.code).toBe(2);
    expect(first.stderr).toContain('hypo.config.yaml:2:3: unknown field "strat" in sprints (did you mean "start"?)');
    expect(first.stderr).not.toContain('Invalid input');

    const named = makeRepo({}, { config: 'sprints:\n  - { nme: "Sprint 1", start: 2026-01-05, end: 2026-01-16 }\n' });
    expect((await runCli(['-C', named.root, 'check'])).stderr).toContain('unknown field "nme" in sprints[0] (did you mean "name"?)');

    const neither = makeRepo({}, { config: 'sprints: varannan vecka\n' });
    expect((await runCli(['-C', neither.root, 'check'])).stderr).toContain('sprints must be a mapping or a list — got "varannan vecka"');
  });
});

describe('git', () => {
  it('without a git program on PATH, says git is needed and why, with no ENOENT', async () => {
    const repo = makeRepo({ [HYPOTHESIS_FILE]: HYPOTHESIS }, { git: true });
    const env = { ...TEST_ENV, PATH: makeTempDir('hypo-no-git-') };
    const stale = await runCli(['-C', repo.root, 'stale'], { env });
    expect(stale.code).toBe(2);
    expect(stale.stderr).toBe(
      'hypo: git is needed to date each record from the commit that added it and to read its past states, but there is no git program on PATH\n' +
        'hint: install git (https://git-scm.com/downloads) or add its folder to PATH; to go without, set `git_history: false` in hypo.config.yaml: ages then count from each record’s `created` field\n',
    );
    const changed = await runCli(['-C', repo.root, 'check', '--changed'], { env });
    expect(changed.code).toBe(2);
    expect(changed.stderr).toMatch(/^hypo: git is needed to find the records changed, but there is no git program on PATH\n/);
    expect(changed.stderr).not.toContain('ENOENT');
  });

  it('a remote branch this clone lacks is named, with the fetch that brings it', async () => {
    const repo = makeRepo({ [HYPOTHESIS_FILE]: HYPOTHESIS }, { git: true });
    repo.commit('Records', '2026-11-01');
    const result = await runCli(['-C', repo.root, 'affected', '--since', 'origin/main']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('hypo: --since origin/main: not a git ref');
    expect(result.stderr).toContain('hint: git fetch origin main brings origin/main into this clone');
    const report = await runCli(['-C', repo.root, 'report', '--since', 'origin/main']);
    expect(report.stderr).toContain('hint: git fetch origin main brings origin/main into this clone');
  });
});

describe('one wording for an impossible date', () => {
  it('in a record, an option, the report period and the library', async () => {
    const repo = makeRepo({ [HYPOTHESIS_FILE]: `${HYPOTHESIS}review_by: 2026-02-30\n` });
    const wording = '"2026-02-30" is not a real calendar date';
    expect((await checkJson(repo.root)).json.problems[0]!.message).toBe(`review_by: ${wording}`);
    expect((await runCli(['-C', repo.root, 'stale', '--as-of', '2026-02-30'])).stderr).toContain(`hypo: --as-of: ${wording}\n`);
    expect((await runCli(['-C', repo.root, 'report', '--since', '2026-02-30'])).stderr).toContain(`hypo: --since: ${wording}\n`);
    const repository = await loadRepository(repo.root, { env: TEST_ENV });
    await expect(buildReport(repository, { since: '2026-02-30', git: false })).rejects.toThrow(`since: ${wording}`);
  });
});

describe('ids of the wrong kind', () => {
  it('--tests with a prefix of an insight alone says it is an insight', async () => {
    const repo = makeRepo({ [HYPOTHESIS_FILE]: HYPOTHESIS, 'learning/insights/kassan-larde-oss.yaml': INSIGHT });
    const result = await runCli(['-C', repo.root, 'new', 'experiment', 'Testa kassan', '--tests', 'kassan', '--method', 'panel', '--yes']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('tests must name hypotheses — "kassan-larde-oss" is an insight');
    expect(result.stderr).not.toContain('no record has that id');
  });
});

describe('the library API', () => {
  const SPRINTS = 'sprints:\n  start: 2026-01-05\n  length_days: 14\n';

  it('buildReport takes a sprint number as docs/api.md says', async () => {
    const repository = await loadRepository(makeRepo({ [HYPOTHESIS_FILE]: HYPOTHESIS }, { config: SPRINTS }).root, { env: TEST_ENV });
    const report = await buildReport(repository, { sprint: 4, git: false, asOf: '2026-11-25' });
    expect(report.period).toEqual({ since: '2026-02-16', until: '2026-03-01', label: 'Sprint 4' });
  });

  it('names its own options in errors, never a CLI flag', async () => {
    const repository = await loadRepository(makeRepo({ [HYPOTHESIS_FILE]: HYPOTHESIS }).root, { env: TEST_ENV });
    const failure = (options: Parameters<typeof buildReport>[1]) => buildReport(repository, { git: false, ...options }).catch((error: Error) => error);
    const noSprints = (await failure({ sprint: 2 })) as Error & { hint: string };
    expect(noSprints.message).toBe('sprint needs sprints in hypo.config.yaml');
    expect(noSprints.hint).toBe('add `sprints: { start: 2026-01-05, length_days: 14 }`, or give since and until');
    expect(((await failure({ sprint: 2, since: '2026-01-01' })) as Error).message).toBe('sprint cannot be combined with since or until');
    const asOf = (await failure({ asOf: '2026-13-01' })) as Error & { hint: string };
    expect(asOf.hint).toBe("for example asOf: '2026-11-30'");
    for (const error of [noSprints, asOf]) expect(`${error.message} ${error.hint}`).not.toMatch(/--[a-z]/);
  });
});
