import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/store/load-config.js';
import { checkJson, runCli } from '../helpers/run-cli.js';
import { makeRepo } from '../helpers/temp-repo.js';

describe('hypo init', () => {
  it('writes a commented config with the defaults and the three folders', async () => {
    const dir = makeRepo({}, { config: false }).root;
    const result = await runCli(['-C', dir, 'init']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Created hypo.config.yaml, learning/hypotheses/, learning/experiments/, learning/insights/');
    const config = readFileSync(path.join(dir, 'hypo.config.yaml'), 'utf8');
    expect(config).toMatch(/^# yaml-language-server: \$schema=/);
    expect(config).toContain('stale_after_days: 30');
    expect(config).toContain('journey: []');
    expect(config).toContain('# sprints:');
    expect(parseConfigText(config, 'hypo.config.yaml')).toMatchObject({ problems: [], config: { root: 'learning', stale_after_days: 30, journey: [] } });
    for (const folder of ['hypotheses', 'experiments', 'insights']) expect(existsSync(path.join(dir, 'learning', folder, '.gitkeep'))).toBe(true);
    expect((await checkJson(dir)).code).toBe(0);
  });

  it('changes nothing the second time, and says so', async () => {
    const dir = makeRepo({}, { config: false }).root;
    await runCli(['-C', dir, 'init']);
    const before = readFileSync(path.join(dir, 'hypo.config.yaml'));
    const again = await runCli(['-C', dir, 'init']);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('Nothing to do: hypo.config.yaml and learning/ are already here.\n');
    expect(readFileSync(path.join(dir, 'hypo.config.yaml'))).toEqual(before);
  });

  it('keeps an existing config and creates the folders its root names', async () => {
    const repo = makeRepo({}, { config: 'root: docs/learning # ours\n' });
    const result = await runCli(['-C', repo.root, 'init']);
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(repo.root, 'hypo.config.yaml'), 'utf8')).toBe('root: docs/learning # ours\n');
    expect(existsSync(path.join(repo.root, 'docs/learning/insights/.gitkeep'))).toBe(true);
  });

  it('refuses inside a folder that belongs to another hypo repository', async () => {
    const repo = makeRepo();
    const inner = mkdtempSync(path.join(repo.root, 'sub-'));
    const result = await runCli(['-C', inner, 'init']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('exists already: this folder is inside that hypo repository');
    expect(existsSync(path.join(inner, 'hypo.config.yaml'))).toBe(false);
  });
});
