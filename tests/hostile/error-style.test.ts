// One error style everywhere: every command that reads records, run by the built CLI on a
// repository holding the whole hostile corpus, exits 0, 1 or 2; all it prints to stderr,
// collected, holds no stack frame (`    at `), no `Error:` prefix and no "unexpected error",
// and a failure (exit 2) is `hypo: <what went wrong>` plus at most a `hint: …` line.
import { copyFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_PREFIX, expectErrorStyle, outputFaults, STACK_LINE } from '../helpers/clean-output.js';
import { VALID_FILES } from '../helpers/records.js';
import { spawnHypo } from '../helpers/spawn-hypo.js';
import { makeRepo } from '../helpers/temp-repo.js';

const FOLDER = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));

const COMMANDS: string[][] = [
  ['check'],
  ['check', '--format', 'json'],
  ['check', '--format', 'github', '--strict'],
  ['list'],
  ['list', '--format', 'json'],
  ['show', 'riders-want-realtime'],
  ['show', 'valid-escape-sequences-in-text'],
  ['show', 'yaml-alias-cycle'],
  ['stale', '--as-of', '2026-11-25'],
  ['stale', '--format', 'github', '--as-of', '2026-11-25'],
  ['affected', 'src/app.ts', '--as-of', '2026-11-25'],
  ['log', 'valid-long-title'],
  ['report', '--as-of', '2026-11-25'],
  ['report', '--format', 'markdown', '--as-of', '2026-11-25'],
  // Failures: a broken record, an invalid value, an unknown id, a missing field, a bad option.
  ['set', 'yaml-proto-key', 'status=testing'],
  ['set', 'riders-want-realtime', 'status=validated'],
  ['set', 'no-such-record', 'status=testing'],
  ['status', 'valid-emoji', 'testing'],
  ['new', 'hypothesis', 'Riders want maps', '--yes'],
  ['rename', 'riders-want-realtime', 'Not An Id'],
  ['link', 'departures-panel', 'yaml-tag-include'],
  ['decide', 'riders-plan-at-home', 'pivot', '--summary', 'x', '--date', '2026-02-30'],
  ['log', 'nothing-like-this'],
  ['check', '--format', 'yaml'],
];

describe('errors from hostile input', () => {
  it('are one line and a hint, never a stack trace or an "Error:" prefix, across every command', async () => {
    const repo = makeRepo(VALID_FILES, { git: true });
    for (const name of readdirSync(FOLDER).filter((file) => /\.ya?ml$/i.test(file))) copyFileSync(path.join(FOLDER, name), repo.write(`learning/hostile/${name}`, ''));
    repo.commit('Hostile records', '2026-09-01');

    let allStderr = '';
    const faults: string[] = [];
    for (const args of COMMANDS) {
      const label = `hypo ${args.join(' ')}`;
      const result = await spawnHypo(['-C', repo.root, ...args], { timeoutMs: 10_000 });
      allStderr += result.stderr;
      expect(result.timedOut, label).toBe(false);
      expect([0, 1, 2], `${label}: ${result.stderr}`).toContain(result.code);
      const json = args.includes('json');
      if (json && result.code !== 2) JSON.parse(result.stdout);
      faults.push(...outputFaults(`${label} stdout`, result.stdout, { json }), ...outputFaults(`${label} stderr`, result.stderr));
      if (result.code === 2) expectErrorStyle(result.stderr);
      else if (result.stderr !== '') expect(result.stderr.trimEnd().split('\n').at(-1), label).toMatch(/^(?:hypo|hint): /);
    }
    expect(faults).toEqual([]);
    expect(allStderr).not.toMatch(STACK_LINE);
    expect(allStderr).not.toMatch(ERROR_PREFIX);
    expect(allStderr).not.toContain('unexpected error');
    // The failures above were really reached.
    expect(allStderr).toContain('hypo: ');
  });
});
