// Where hypo finds the repository: -C, the config file, the git top level, the cwd;
// and what it says when the config or the records folder is wrong.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HYPOTHESIS } from '../helpers/records.js';
import { checkJson, runCli } from '../helpers/run-cli.js';
import { makeRepo } from '../helpers/temp-repo.js';

describe('repository discovery', () => {
  it('finds hypo.config.yaml in an ancestor of the folder given with -C', async () => {
    const repo = makeRepo({ 'records/h/a.yaml': HYPOTHESIS }, { config: 'root: records\n' });
    mkdirSync(path.join(repo.root, 'src/deep/er'), { recursive: true });
    const { code, json } = await checkJson(path.join(repo.root, 'src/deep/er'));
    expect(code).toBe(0);
    expect(json.records).toBe(1);
  });

  it('uses the git top level when there is no config file', async () => {
    const repo = makeRepo({ 'learning/hypotheses/a.yaml': HYPOTHESIS, 'app/src/index.ts': '' }, { git: true, config: false });
    const { code, json } = await checkJson(path.join(repo.root, 'app/src'));
    expect(code).toBe(0);
    expect(json.records).toBe(1);
  });

  it('resolves -C against the working directory', async () => {
    const repo = makeRepo({ 'learning/hypotheses/a.yaml': HYPOTHESIS });
    const result = await runCli(['-C', path.basename(repo.root), 'check', '--format', 'json'], { cwd: path.dirname(repo.root) });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).records).toBe(1);
  });

  it('fails with exit 2 and a hint when -C names no folder', async () => {
    const result = await runCli(['-C', '/nonexistent/hypo-folder', 'check']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('hypo: -C /nonexistent/hypo-folder: there is no folder');
    expect(result.stdout).toBe('');
  });

  it('fails with exit 2 when the records folder is missing, and says how to fix it', async () => {
    const repo = makeRepo({}, { config: 'root: nowhere\n' });
    const result = await runCli(['-C', repo.root, 'check']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('hypo: there is no nowhere/ folder in');
    expect(result.stderr).toContain('hint: create nowhere/ or set root in hypo.config.yaml');
  });

  it('reports an invalid config with file, line and column, exit 2 and no stack trace', async () => {
    const repo = makeRepo({}, { config: '# team config\nroot: learning\nstale_after_day: 10\nsprints:\n  start: 2026-13-01\n  length_days: 14\n' });
    const result = await runCli(['-C', repo.root, 'check']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('hypo.config.yaml:3:1: unknown field "stale_after_day" (did you mean "stale_after_days"?)');
    expect(result.stderr).toContain('hypo.config.yaml:5:10:');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a config that is not YAML at its line', async () => {
    const repo = makeRepo({}, { config: 'root: [learning\n' });
    const result = await runCli(['-C', repo.root, 'check']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/hypo\.config\.yaml:2:1: /);
  });

  it('reads records from the configured root only', async () => {
    const repo = makeRepo({ 'docs/learning/h/a.yaml': HYPOTHESIS, 'learning/hypotheses/broken.yaml': 'not: a record\n' }, { config: 'root: docs/learning\n' });
    const { code, json } = await checkJson(repo.root);
    expect(json.problems).toEqual([]);
    expect(code).toBe(0);
    expect(json.files).toBe(1);
  });

  it('skips node_modules and dot-folders', async () => {
    const repo = makeRepo({
      'learning/hypotheses/a.yaml': HYPOTHESIS,
      'learning/node_modules/pkg/x.yaml': 'junk: true\n',
      'learning/.cache/y.yaml': 'junk: true\n',
    });
    const { code, json } = await checkJson(repo.root);
    expect(code).toBe(0);
    expect(json.files).toBe(1);
  });
});
