// `hypo check` with journey stages and segments listed in hypo.config.yaml: a hypothesis
// naming another is a warning in every output format, exit 0, and 1 under --strict; a change
// of the lists is seen by the next check, cache or not; `hypo set` shows the warning too.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { HypoConfig } from '../../src/model/config-schema.js';
import { journeyStages } from '../../src/model/journey-stages.js';
import { VALID_FILES } from '../helpers/records.js';
import { checkJson, runCli, TEST_ENV } from '../helpers/run-cli.js';
import { makeRepo, makeTempDir } from '../helpers/temp-repo.js';

const CONFIG = 'journey: [upptäcka, planera, köpa, resa]\nsegments:\n  - pendlare\n  - färjeresenärer\n';
const FILE = 'learning/hypotheses/kop-pa-farjan.yaml';
const RECORD = `kind: hypothesis
title: Färjeresenärer köper hellre ombord
statement: Vi tror att färjeresenärer köper biljetten ombord, eftersom täckningen vid bryggan är dålig
status: open
segment: farjeresenarer
journey: kopa
`;

const EXAMPLE = fileURLToPath(new URL('../../examples/transit-app', import.meta.url));

describe('hypo check with the config’s word lists', () => {
  it('prints each warning at its value with a code frame, and exits 0', async () => {
    const repo = makeRepo({ ...VALID_FILES, [FILE]: RECORD }, { config: CONFIG });
    const result = await runCli(['-C', repo.root, 'check']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `${FILE}:5:10 warning segment "farjeresenarer" is not one of the segments in hypo.config.yaml (did you mean "färjeresenärer"?) [unknown-segment]`,
    );
    expect(result.stdout).toContain(
      `${FILE}:6:10 warning journey "kopa" is not one of the journey stages in hypo.config.yaml (did you mean "köpa"?) [unknown-journey-stage]`,
    );
    expect(result.stdout).toContain('  > 6 | journey: kopa\n      |          ^^^^\n');
    expect(result.stdout).toMatch(/⚠ 0 errors, 2 warnings in 1 of 4 files \(4 records valid\)\n$/);
  });

  it('fails with --strict', async () => {
    const repo = makeRepo({ ...VALID_FILES, [FILE]: RECORD }, { config: CONFIG });
    const result = await runCli(['-C', repo.root, 'check', '--strict']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('[unknown-journey-stage]');
  });

  it('gives the same problems as JSON and as GitHub annotations', async () => {
    const repo = makeRepo({ ...VALID_FILES, [FILE]: RECORD }, { config: CONFIG });
    const { code, json } = await checkJson(repo.root);
    expect(code).toBe(0);
    expect(json.ok).toBe(true);
    expect(json.problems).toEqual([
      expect.objectContaining({ file: FILE, line: 5, column: 10, severity: 'warning', rule: 'unknown-segment' }),
      expect.objectContaining({
        file: FILE,
        line: 6,
        column: 10,
        severity: 'warning',
        rule: 'unknown-journey-stage',
        message: 'journey "kopa" is not one of the journey stages in hypo.config.yaml (did you mean "köpa"?)',
      }),
    ]);
    expect((await checkJson(repo.root, '--strict')).json.ok).toBe(false);
    const github = await runCli(['-C', repo.root, 'check', '--format', 'github']);
    expect(github.code).toBe(0);
    expect(github.stdout).toContain(
      `::warning file=${FILE},line=6,col=10,title=hypo unknown-journey-stage::journey "kopa" is not one of the journey stages in hypo.config.yaml (did you mean "köpa"?)`,
    );
  });

  it('checks nothing without the lists', async () => {
    const repo = makeRepo({ ...VALID_FILES, [FILE]: RECORD }, { config: 'journey: []\n' });
    const result = await runCli(['-C', repo.root, 'check', '--strict']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('✔ 4 records in 4 files: no problems\n');
  });

  it('checks again when the lists change, with the cache on', async () => {
    const repo = makeRepo({ ...VALID_FILES, [FILE]: RECORD }, { config: 'stale_after_days: 30\n' });
    const env = { ...TEST_ENV, HYPO_CACHE_DIR: makeTempDir('hypo-cache-') };
    const rules = async () => {
      const result = await runCli(['-C', repo.root, 'check', '--format', 'json'], { env });
      return (JSON.parse(result.stdout) as { problems: { rule: string }[] }).problems.map((problem) => problem.rule);
    };
    expect(await rules()).toEqual([]);
    repo.write('hypo.config.yaml', 'journey: [köpa, resa]\n');
    expect(await rules()).toEqual(['unknown-journey-stage']);
    repo.write('hypo.config.yaml', 'journey: [köpa, resa]\nsegments: [pendlare]\n');
    expect(await rules()).toEqual(['unknown-segment', 'unknown-journey-stage']);
    repo.write('hypo.config.yaml', 'journey: [kopa]\nsegments: [farjeresenarer]\n');
    expect(await rules()).toEqual([]);
  });

  it('checks the changed records with --changed', async () => {
    const repo = makeRepo(VALID_FILES, { git: true, config: CONFIG });
    repo.commit('records', '2026-11-01');
    repo.write(FILE, RECORD);
    const result = await runCli(['-C', repo.root, 'check', '--changed', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).problems.map((problem: { rule: string }) => problem.rule)).toEqual(['unknown-segment', 'unknown-journey-stage']);
  });

  it('shows the warning after hypo set, which still saves', async () => {
    const repo = makeRepo(
      { ...VALID_FILES, [FILE]: RECORD.replace('journey: kopa', 'journey: köpa').replace('farjeresenarer', 'färjeresenärer') },
      { config: CONFIG },
    );
    const result = await runCli(['-C', repo.root, 'set', 'kop-pa-farjan', 'journey=Resa']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      `${FILE}:6:10 warning journey "Resa" is not one of the journey stages in hypo.config.yaml (did you mean "resa"?) [unknown-journey-stage]`,
    );
    expect((await checkJson(repo.root)).json.problems.map((problem) => problem.rule)).toEqual(['unknown-journey-stage']);
  });
});

describe('the example repository', () => {
  it('lists every segment, stage and touchpoint its records use, and warns of nothing but its statements without a reason', async () => {
    const config = parse(readFileSync(`${EXAMPLE}/hypo.config.yaml`, 'utf8')) as HypoConfig;
    expect(config.segments!.length).toBeGreaterThan(0);
    const stages = journeyStages(config.journey);
    // Every stage is written out in full, so the example shows the mapping form.
    expect(stages.every((stage) => stage.phase !== null && stage.touchpoints.length > 0)).toBe(true);
    let touchpoints = 0;
    for (const kind of ['hypotheses', 'experiments', 'insights']) {
      const folder = `${EXAMPLE}/learning/${kind}`;
      for (const file of readdirSync(folder)) {
        const record = parse(readFileSync(`${folder}/${file}`, 'utf8')) as { segment?: string; journey?: string; touchpoint?: string };
        if (record.segment !== undefined) expect(config.segments, file).toContain(record.segment);
        if (record.journey !== undefined)
          expect(
            stages.map((stage) => stage.name),
            file,
          ).toContain(record.journey);
        if (record.touchpoint === undefined) continue;
        touchpoints++;
        expect(stages.find((stage) => stage.name === record.journey)?.touchpoints, file).toContain(record.touchpoint);
      }
    }
    expect(touchpoints).toBeGreaterThan(10);
    // The six statements without a reason are the example's own flaw, kept to show the quality rules (check-quality.test.ts).
    const { code, json } = await checkJson(EXAMPLE, '--strict');
    expect(code).toBe(1);
    expect(json.records).toBe(25);
    expect(new Set(json.problems.map((problem) => problem.rule))).toEqual(new Set(['statement-no-reason']));
  });
});
