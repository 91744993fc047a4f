// Large repositories are parsed in worker threads; the results must be the same as
// parsing in process, byte for byte, in every command's JSON.
import { describe, expect, it } from 'vitest';
import { BROKEN_CASES } from '../helpers/broken-cases.js';
import { VALID_FILES } from '../helpers/records.js';
import { spawnHypo } from '../helpers/spawn-hypo.js';
import { makeRepo } from '../helpers/temp-repo.js';

const COMMANDS = [
  ['check', '--format', 'json'],
  ['list', '--format', 'json'],
  ['report', '--format', 'json', '--as-of', '2026-11-25'],
];
// In process, and in worker threads (two or more take the same path).
const WORKERS = ['0', '3'];

describe('parsing in worker threads', () => {
  it('gives the same output as parsing in process', async () => {
    const repo = makeRepo(VALID_FILES, { git: true });
    for (let i = 0; i < 120; i++) {
      repo.write(
        `learning/h/h${i}.yaml`,
        `kind: hypothesis\ntitle: Hypotes ${i} om färjan\nstatement: s\nstatus: ${i % 7 === 0 ? 'nope' : 'open'}\ncreated: 2026-0${1 + (i % 9)}-1${i % 10}\n`,
      );
      if (i % 3 === 0) repo.write(`learning/e/e${i}.yaml`, `kind: experiment\ntitle: E${i}\ntests: [h${i}, h${i + 1000}]\nmethod: survey\nstatus: planned\n`);
    }
    for (const [index, testCase] of BROKEN_CASES.entries()) repo.write(`learning/mixed/c${index}-${testCase.file.split('/').pop()}`, testCase.content);
    repo.commit('Many records', '2026-10-01');
    // The runs only read: they run at the same time, each its own process, with its own HYPO_WORKERS.
    const runs = await Promise.all(
      COMMANDS.flatMap((args) =>
        WORKERS.map((workers) => spawnHypo(['-C', repo.root, ...args], { env: { HYPO_WORKERS: workers }, timeoutMs: 30_000, measureMemory: false })),
      ),
    );
    for (const [c, args] of COMMANDS.entries()) {
      const [inProcess, ...parallel] = runs.slice(c * WORKERS.length, (c + 1) * WORKERS.length);
      expect(inProcess!.timedOut).toBe(false);
      // The broken records are named on stderr by the commands that leave them out (check lists them on stdout).
      expect(inProcess!.stderr).toMatch(args[0] === 'check' ? /^$/ : /^⚠ \d+ records (?:left out for|listed with) errors: /);
      expect(inProcess!.stdout.length).toBeGreaterThan(1000);
      for (const [w, result] of parallel.entries()) {
        const workers = WORKERS[w + 1];
        expect({ args, workers, timedOut: result.timedOut, status: result.code, stderr: result.stderr }).toEqual({
          args,
          workers,
          timedOut: false,
          status: inProcess!.code,
          stderr: inProcess!.stderr,
        });
        expect(result.stdout).toBe(inProcess!.stdout);
      }
    }
  });
});
