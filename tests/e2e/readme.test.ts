// The README's first code block is the newcomer's path: install and run the example,
// then the tests. Keep it runnable.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(`${ROOT}README.md`, 'utf8');
const firstBlock = /```[a-z]*\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
const [installAndRun, test] = firstBlock.trim().split('\n');

describe('README quick start', () => {
  it('holds the two newcomer commands, one per line', () => {
    expect(firstBlock.trim().split('\n')).toHaveLength(2);
    expect(installAndRun).toMatch(/^npm install && npx hypo /);
    expect(test).toBe('npm test');
  });

  it('runs hypo on the bundled example successfully', () => {
    const args = installAndRun!.replace(/^npm install && npx hypo /, '').split(' ');
    const result = spawnSync(process.execPath, [`${ROOT}bin/hypo.js`, ...args], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('is what .ci/run runs after npm ci', () => {
    const ci = readFileSync(`${ROOT}.ci/run`, 'utf8');
    expect(ci).toMatch(/^npm ci$/m);
    expect(ci).toMatch(new RegExp(`^${test}$`, 'm'));
  });
});
