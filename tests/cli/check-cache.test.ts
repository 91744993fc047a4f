// hypo check keeps its last result and reuses it while no record file or the config
// changed; any change to one of them checks again.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFolder } from '../../src/store/check-cache.js';
import { VALID_FILES } from '../helpers/records.js';
import { runCli, TEST_ENV } from '../helpers/run-cli.js';
import { makeRepo, makeTempDir } from '../helpers/temp-repo.js';

function setup() {
  const repo = makeRepo(VALID_FILES);
  const cacheDir = makeTempDir('hypo-cache-');
  const env = { ...TEST_ENV, HYPO_CACHE_DIR: cacheDir };
  const check = (...args: string[]) => runCli(['-C', repo.root, 'check', '--format', 'json', ...args], { env });
  /** Plants a problem in the cached result: it shows only if the cache is used. */
  const plant = () => {
    const file = path.join(cacheDir, readdirSync(cacheDir).find((name) => name.startsWith('check-'))!);
    const entry = JSON.parse(readFileSync(file, 'utf8'));
    entry.result.problems.push({ file: 'planted.yaml', line: 1, column: 1, severity: 'warning', rule: 'planted', message: 'from the cache' });
    writeFileSync(file, JSON.stringify(entry));
  };
  const planted = (stdout: string) => JSON.parse(stdout).problems.some((problem: { rule: string }) => problem.rule === 'planted');
  return { repo, cacheDir, check, plant, planted };
}

describe('the check cache', () => {
  it('reuses the last result while nothing changed, with the same output', async () => {
    const { check, plant, planted } = setup();
    const first = await check();
    expect(first.code).toBe(0);
    const second = await check();
    expect(second).toEqual(first);
    plant();
    expect(planted((await check()).stdout)).toBe(true);
  });

  it('checks again when a record changes, is added, or the config changes', async () => {
    const { repo, check, plant, planted } = setup();
    await check();
    plant();
    repo.write('learning/hypotheses/riders-want-realtime.yaml', VALID_FILES['learning/hypotheses/riders-want-realtime.yaml']!.replace('open', 'testng'));
    const changed = await check();
    expect(planted(changed.stdout)).toBe(false);
    expect(changed.code).toBe(1);

    plant();
    repo.write('learning/hypotheses/another.yaml', 'kind: hypothesis\ntitle: A\nstatement: s\nstatus: open\n');
    expect(planted((await check()).stdout)).toBe(false);

    plant();
    repo.write('hypo.config.yaml', 'stale_after_days: 10\n');
    expect(planted((await check()).stdout)).toBe(false);
  });

  it('keeps the result of a check that followed a missed lookup under the fingerprint that lookup took', async () => {
    const { repo, check, plant, planted } = setup();
    await check();
    repo.write('learning/hypotheses/another.yaml', 'kind: hypothesis\ntitle: Ett påstående\nstatement: s\nstatus: open\n');
    const checked = await check();
    expect(planted(checked.stdout)).toBe(false);
    plant();
    const again = await check();
    expect(planted(again.stdout)).toBe(true);
    const withoutPlanted = (stdout: string) => ({
      ...JSON.parse(stdout),
      problems: JSON.parse(stdout).problems.filter((problem: { rule: string }) => problem.rule !== 'planted'),
    });
    expect(withoutPlanted(again.stdout)).toEqual(JSON.parse(checked.stdout));
    expect(again.code).toBe(checked.code);
    // Changed again after that: checked again.
    repo.write('learning/hypotheses/another.yaml', 'kind: hypothesis\ntitle: Ett annat påstående\nstatement: s\nstatus: open\n');
    expect(planted((await check()).stdout)).toBe(false);
  });

  it('compares the stamps written first before reading the result, and reads an entry in another key order whole', async () => {
    const { cacheDir, check, plant, planted } = setup();
    await check();
    const file = path.join(cacheDir, readdirSync(cacheDir).find((name) => name.startsWith('check-'))!);
    const kept = readFileSync(file, 'utf8');
    expect(kept).toMatch(/^\{"fingerprint":"[0-9a-f]{64}","recordRoot":"learning","strict":false,"result":/);
    plant();
    // The same entry, its keys in another order: no stamps first, read whole, still a hit.
    const { fingerprint, ...rest } = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...rest, fingerprint }));
    expect(planted((await check()).stdout)).toBe(true);
    // Right stamps before a body cut short: a miss, checked again, never an error.
    writeFileSync(file, kept.slice(0, kept.indexOf('"result"') + 20));
    const cut = await check();
    expect(cut.code).toBe(0);
    expect(planted(cut.stdout)).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe(kept);
  });

  it('checks again when only the journey stages or segments change, even at the same size', async () => {
    const { repo, check, plant, planted } = setup();
    repo.write('hypo.config.yaml', 'journey: [resa]\nsegments: [pendlare]\n');
    await check();
    plant();
    expect(planted((await check()).stdout)).toBe(true);
    repo.write('hypo.config.yaml', 'journey: [rest]\nsegments: [pendlare]\n');
    expect(planted((await check()).stdout)).toBe(false);
    plant();
    repo.write('hypo.config.yaml', 'journey: [rest]\nsegments: [pendlara]\n');
    expect(planted((await check()).stdout)).toBe(false);
  });

  it('is skipped with --no-cache, HYPO_CACHE=0, --changed, and kept apart for --strict', async () => {
    const { repo, cacheDir, check, plant, planted } = setup();
    await check();
    plant();
    expect(planted((await check('--no-cache')).stdout)).toBe(false);
    const off = await runCli(['-C', repo.root, 'check', '--format', 'json'], { env: { ...TEST_ENV, HYPO_CACHE_DIR: cacheDir, HYPO_CACHE: '0' } });
    expect(planted(off.stdout)).toBe(false);
    expect(planted((await check('--strict')).stdout)).toBe(false);
  });

  it('lives in HYPO_CACHE_DIR, else the XDG cache folder, else ~/.cache, and nowhere without them', () => {
    expect(cacheFolder({ HYPO_CACHE_DIR: '/c', XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe('/c');
    expect(cacheFolder({ XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe('/x/hypo');
    expect(cacheFolder({ HOME: '/h' })).toBe('/h/.cache/hypo');
    expect(cacheFolder({ HOME: '/h', HYPO_CACHE: '0' })).toBeUndefined();
    expect(cacheFolder({ PATH: '/usr/bin' })).toBeUndefined();
  });
});
