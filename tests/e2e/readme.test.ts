// The README's first code block is the newcomer's path: install and run the example,
// then the tests. Keep it runnable, and the output shown under it what it prints.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(`${ROOT}README.md`, 'utf8');
const firstBlock = /```[a-z]*\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
const [installAndRun, test] = firstBlock.trim().split('\n');
const runArgs = (installAndRun ?? '').replace(/^npm install && npx hypo /, '').split(' ');
/** The output shown under the quick start: the example's report in Swedish (its config says `lang: sv`), then in English. */
const shownBlock = (start: string) => new RegExp(`\`\`\`\n(${start}[\\s\\S]*?)\n\`\`\``).exec(readme)?.[1]?.split('\n') ?? [];
const shownOutput = shownBlock('Lärlooprapport');
const shownEnglish = shownBlock('Learning loop report');
const ELIDED = '…';

/**
 * `actual` shown the way the README shows it: each line that is only "…" there stands
 * for one or more lines left out. Equal to `shown` exactly when the README is the output
 * with some runs of lines cut; where it is not, the real lines appear, for the diff.
 */
function elided(actual: readonly string[], shown: readonly string[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (const [index, line] of shown.entries()) {
    if (line.trim() !== ELIDED) {
      out.push(actual[at++] ?? '(end of output)');
      continue;
    }
    const next = shown.slice(index + 1).find((later) => later.trim() !== ELIDED);
    const resume = next === undefined ? actual.length : actual.indexOf(next, at + 1);
    if (resume <= at) return [...out, ...actual.slice(at)];
    out.push(line);
    at = resume;
  }
  return [...out, ...actual.slice(at)];
}

describe('README quick start', () => {
  it('holds the two newcomer commands, one per line', () => {
    expect(firstBlock.trim().split('\n')).toHaveLength(2);
    expect(installAndRun).toMatch(/^npm install && npx hypo /);
    expect(test).toBe('npm test');
  });

  it('runs hypo on the bundled example successfully', () => {
    const result = spawnSync(process.execPath, [`${ROOT}bin/hypo.js`, ...runArgs], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('shows what that command prints, in Swedish and with --lang en in English, on any day: it names its dates', async () => {
    expect(runArgs).toContain('--as-of');
    expect(shownOutput.length).toBeGreaterThan(10);
    expect(shownEnglish.length).toBeGreaterThan(10);
    for (const today of ['2026-11-25T12:00:00Z', '2031-06-15T12:00:00Z']) {
      const runs: [string[], string[]][] = [
        [runArgs, shownOutput],
        [[...runArgs, '--lang', 'en'], shownEnglish],
      ];
      for (const [args, shown] of runs) {
        const result = await runCli(args, { cwd: ROOT, now: () => new Date(today) });
        expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
        expect(elided(result.stdout.replace(/\n$/, '').split('\n'), shown)).toEqual(shown);
      }
    }
  });

  it('is what .ci/run runs after npm ci', () => {
    const ci = readFileSync(`${ROOT}.ci/run`, 'utf8');
    expect(ci).toMatch(/^npm ci$/m);
    expect(ci).toMatch(new RegExp(`^${test}$`, 'm'));
  });
});
