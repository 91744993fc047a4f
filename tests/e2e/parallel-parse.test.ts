// Large repositories are parsed in worker threads; the results must be the same as
// parsing in process, byte for byte, in every command's JSON.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BROKEN_CASES } from '../helpers/broken-cases.js';
import { VALID_FILES } from '../helpers/records.js';
import { TEST_ENV } from '../helpers/run-cli.js';
import { makeRepo } from '../helpers/temp-repo.js';

const BIN = fileURLToPath(new URL('../../bin/hypo.js', import.meta.url));

describe('parsing in worker threads', () => {
  it('gives the same output as parsing in process', () => {
    const repo = makeRepo(VALID_FILES, { git: true });
    for (let i = 0; i < 120; i++) {
      repo.write(`learning/h/h${i}.yaml`, `kind: hypothesis\ntitle: Hypotes ${i} om färjan\nstatement: s\nstatus: ${i % 7 === 0 ? 'nope' : 'open'}\ncreated: 2026-0${1 + (i % 9)}-1${i % 10}\n`);
      if (i % 3 === 0) repo.write(`learning/e/e${i}.yaml`, `kind: experiment\ntitle: E${i}\ntests: [h${i}, h${i + 1000}]\nmethod: survey\nstatus: planned\n`);
    }
    BROKEN_CASES.forEach((testCase, index) => repo.write(`learning/mixed/c${index}-${testCase.file.split('/').pop()}`, testCase.content));
    repo.commit('Many records', '2026-10-01');
    const run = (workers: string, ...args: string[]) =>
      spawnSync(process.execPath, [BIN, '-C', repo.root, ...args], { encoding: 'utf8', env: { ...TEST_ENV, HYPO_WORKERS: workers, HYPO_CACHE: '0' } });
    for (const args of [
      ['check', '--format', 'json'],
      ['list', '--format', 'json'],
      ['report', '--format', 'json', '--as-of', '2026-11-25'],
    ]) {
      const inProcess = run('0', ...args);
      expect(inProcess.stderr).toBe('');
      expect(inProcess.stdout.length).toBeGreaterThan(1000);
      for (const workers of ['2', '3']) {
        const parallel = run(workers, ...args);
        expect({ args, workers, status: parallel.status, stderr: parallel.stderr }).toEqual({ args, workers, status: inProcess.status, stderr: '' });
        expect(parallel.stdout).toBe(inProcess.stdout);
      }
    }
  });
});
