// Ids are unique across kinds, so creating one is exclusive across kinds too: of three
// `hypo new` processes racing for one id with three different kinds, exactly one wins.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HYPOTHESIS } from '../helpers/records.js';
import { runCli } from '../helpers/run-cli.js';
import { BIN, SPAWN_ENV } from '../helpers/spawn-hypo.js';
import { makeRepo } from '../helpers/temp-repo.js';

function run(root: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, '-C', root, ...args], { env: SPAWN_ENV });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

const ROUNDS = 2;

describe('hypo new, racing across kinds', () => {
  it('lets exactly one of a hypothesis, an insight and an experiment with one id win, round after round', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const repo = makeRepo({ 'learning/hypotheses/bas.yaml': HYPOTHESIS });
      const title = `Delad titel ${round}`;
      const results = await Promise.all([
        run(repo.root, ['new', 'hypothesis', title, '--statement', 'Vi tror det', '--yes']),
        run(repo.root, ['new', 'insight', title, '--learned', 'Vi lärde oss', '--yes']),
        run(repo.root, ['new', 'experiment', title, '--tests', 'bas', '--method', 'panel', '--yes']),
      ]);
      expect(results.filter((result) => result.code === 0)).toHaveLength(1);
      for (const result of results.filter((each) => each.code !== 0)) expect(result.stderr).toContain(`the id "delad-titel-${round}" is taken by`);
      const files = ['hypotheses', 'insights', 'experiments'].flatMap((folder) =>
        readdirSync(path.join(repo.root, 'learning'), { withFileTypes: true }).some((entry) => entry.name === folder)
          ? readdirSync(path.join(repo.root, 'learning', folder)).filter((name) => name.startsWith('delad-titel'))
          : [],
      );
      expect(files).toEqual([`delad-titel-${round}.yaml`]);
      // No lock is left behind, and the repository checks clean.
      expect(readdirSync(path.join(repo.root, 'learning')).filter((name) => name.endsWith('.lock'))).toEqual([]);
      expect((await runCli(['-C', repo.root, 'check'])).code).toBe(0);
    }
  });
});
