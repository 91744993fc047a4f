// One error style everywhere: every command that reads records, run on a repository holding
// the whole hostile corpus, exits 0, 1 or 2; all it prints to stderr, collected, holds no stack
// frame (`    at `), no `Error:` prefix and no "unexpected error", and a failure (exit 2) is
// `hypo: <what went wrong>` plus at most a `hint: …` line. The commands run in process (the
// error handling is main's, not the process's); a few also run as the built CLI, to prove a
// real process exits with the same code and prints the same.
import { copyFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_PREFIX, expectErrorStyle, outputFaults, STACK_LINE } from '../helpers/clean-output.js';
import { QUALITY_OFF, VALID_FILES } from '../helpers/records.js';
import { runCli } from '../helpers/run-cli.js';
import { spawnHypo } from '../helpers/spawn-hypo.js';
import { makeRepo, type TempRepo } from '../helpers/temp-repo.js';

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
  ['new', 'hypothesis', 'Riders want maps', '--yes'],
  ['rename', 'riders-want-realtime', 'Not An Id'],
  ['link', 'departures-panel', 'yaml-tag-include'],
  ['decide', 'riders-plan-at-home', 'pivot', '--summary', 'x', '--date', '2026-02-30'],
  ['log', 'nothing-like-this'],
  ['check', '--format', 'yaml'],
];

/** Commands that change a file when they succeed: run after the others, one at a time. */
const WRITES: string[][] = [['status', 'valid-emoji', 'testing']];

/**
 * Run by the built CLI as well: a success whose JSON must parse, findings (exit 1) with a
 * `hypo:`/`hint:` tail, a failure of hypo's own (exit 2) and a usage error from the option
 * parser (exit 2). None of them writes, so they can run side by side.
 */
const SPAWNED: string[][] = [
  ['list', '--format', 'json'],
  ['show', 'yaml-alias-cycle'],
  ['set', 'yaml-proto-key', 'status=testing'],
  ['check', '--format', 'yaml'],
];

function hostileRepo(): TempRepo {
  // About hostile text: the quality group (tested on its own) is off, so a status change prints no warning.
  const repo = makeRepo(VALID_FILES, { git: true, config: QUALITY_OFF });
  for (const name of readdirSync(FOLDER).filter((file) => /\.ya?ml$/i.test(file)))
    copyFileSync(path.join(FOLDER, name), repo.write(`learning/hostile/${name}`, ''));
  repo.commit('Hostile records', '2026-09-01');
  return repo;
}

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Checks one command's outcome; returns the faults found in its output. */
function checkOutcome(label: string, args: readonly string[], result: Outcome): string[] {
  expect([0, 1, 2], `${label}: ${result.stderr}`).toContain(result.code);
  const json = args.includes('json');
  if (json && result.code !== 2) JSON.parse(result.stdout);
  if (result.code === 2) {
    expectErrorStyle(result.stderr);
    // One `hypo:` line, then at most one `hint:` line.
    const lines = result.stderr.split('\n').filter((line) => line !== '');
    expect(lines[0], label).toMatch(/^hypo: /);
    expect(lines.slice(1).length, `${label}: ${result.stderr}`).toBeLessThanOrEqual(1);
    if (lines[1] !== undefined) expect(lines[1], label).toMatch(/^hint: /);
  } else if (result.stderr !== '') {
    // Warnings and hints, or the one line naming the records left out for errors.
    expect(result.stderr.trimEnd().split('\n').at(-1), label).toMatch(/^(?:hypo: |hint: |⚠ \d+ records? (?:left out for|listed with) errors: )/);
  }
  return [...outputFaults(`${label} stdout`, result.stdout, { json }), ...outputFaults(`${label} stderr`, result.stderr)];
}

function expectNoRawErrors(allStderr: string): void {
  expect(allStderr).not.toMatch(STACK_LINE);
  expect(allStderr).not.toMatch(ERROR_PREFIX);
  expect(allStderr).not.toContain('unexpected error');
}

describe('errors from hostile input', () => {
  it('are one line and a hint, never a stack trace or an "Error:" prefix, across every command', async () => {
    const repo = hostileRepo();
    // Nothing in COMMANDS writes (the write commands there are refused), so they run side by side:
    // in process, their git calls overlap.
    const reads = await Promise.all(COMMANDS.map((args) => runCli(['-C', repo.root, ...args])));
    const results = [...reads];
    for (const args of WRITES) results.push(await runCli(['-C', repo.root, ...args]));
    let allStderr = '';
    const faults: string[] = [];
    for (const [index, args] of [...COMMANDS, ...WRITES].entries()) {
      const result = results[index]!;
      allStderr += result.stderr;
      faults.push(...checkOutcome(`hypo ${args.join(' ')}`, args, result));
    }
    expect(faults).toEqual([]);
    expectNoRawErrors(allStderr);
    // The failures above were really reached.
    expect(allStderr).toContain('hypo: ');
  });

  it('are the same from the built CLI: same exit code, same output, the same style', async () => {
    const repo = hostileRepo();
    const spawned = await Promise.all(SPAWNED.map((args) => spawnHypo(['-C', repo.root, ...args], { timeoutMs: 10_000 })));
    let allStderr = '';
    const faults: string[] = [];
    for (const [index, args] of SPAWNED.entries()) {
      const label = `hypo ${args.join(' ')}`;
      const result = spawned[index]!;
      allStderr += result.stderr;
      expect(result.timedOut, label).toBe(false);
      faults.push(...checkOutcome(label, args, result));
      const inProcess = await runCli(['-C', repo.root, ...args]);
      expect({ code: result.code, stdout: result.stdout, stderr: result.stderr }, label).toEqual(inProcess);
    }
    expect(faults).toEqual([]);
    expectNoRawErrors(allStderr);
    // The runs above cover a success, findings and both kinds of failure.
    expect(spawned.map((result) => result.code)).toEqual([0, 1, 2, 2]);
  });
});
