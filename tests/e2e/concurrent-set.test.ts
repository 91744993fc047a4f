// Several `hypo set` processes on one file at once: the file is never corrupt, holds the
// edit of a run that succeeded, and every other run either succeeded too (its edit was
// applied on top of the file it read) or was refused with "changed while hypo was editing it".
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRecordText } from '../../src/store/read-record-file.js';
import { expectCleanOutput } from '../helpers/clean-output.js';
import { VALID_FILES } from '../helpers/records.js';
import { runCli } from '../helpers/run-cli.js';
import { BIN, SPAWN_ENV } from '../helpers/spawn-hypo.js';
import { makeRepo } from '../helpers/temp-repo.js';

const FILE = 'learning/hypotheses/riders-want-realtime.yaml';
const RUNS = 6;
/** The record as every run found it: a refused run leaves its field as it was. */
const BEFORE = parseRecordText(VALID_FILES[FILE]!, FILE).data!;

interface Run {
  index: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

function runAll(root: string, assignments: string[]): Promise<Run[]> {
  return Promise.all(
    assignments.map(
      (assignment, index) =>
        new Promise<Run>((resolve) => {
          const child = spawn(process.execPath, [BIN, '-C', root, 'set', 'riders-want', assignment], { env: SPAWN_ENV });
          let stdout = '';
          let stderr = '';
          child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
          child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
          child.on('close', (code) => resolve({ index, code, stdout, stderr }));
        }),
    ),
  );
}

async function expectWholeAndValid(root: string) {
  const text = readFileSync(path.join(root, FILE), 'utf8');
  const loaded = parseRecordText(text, FILE);
  expect(loaded.problems).toEqual([]);
  expect((await runCli(['-C', root, 'check'])).code).toBe(0);
  // No temp file is left behind by a refused or a successful run.
  expect(readdirSync(path.join(root, 'learning/hypotheses'))).toEqual(['riders-want-realtime.yaml']);
  return loaded.data!;
}

function expectWonOrRefused(runs: Run[]): Run[] {
  for (const run of runs) {
    expectCleanOutput(run, `run ${run.index}`);
    if (run.code === 0) continue;
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^hypo: .*riders-want-realtime\.yaml changed while hypo was editing it; nothing was written\nhint: run the command again\n$/);
  }
  const winners = runs.filter((run) => run.code === 0);
  expect(winners.length).toBeGreaterThanOrEqual(1);
  return winners;
}

describe('hypo set, racing', () => {
  it('leaves exactly one of the values when runs set one field to different values', async () => {
    const repo = makeRepo(VALID_FILES);
    const values = Array.from({ length: RUNS }, (_, index) => `segment number ${index}`);
    const runs = await runAll(
      repo.root,
      values.map((value) => `segment=${value}`),
    );
    const winners = expectWonOrRefused(runs);
    const data = await expectWholeAndValid(repo.root);
    expect(values).toContain(data.segment);
    expect(winners.map((run) => values[run.index])).toContain(data.segment);
  });

  it('loses no successful edit when runs set different fields', async () => {
    const repo = makeRepo(VALID_FILES);
    const fields = ['segment', 'metric', 'success', 'owner', 'journey', 'review_by'].slice(0, RUNS);
    const value = (field: string) => (field === 'review_by' ? '2027-01-31' : `${field} value`);
    const runs = await runAll(
      repo.root,
      fields.map((field) => `${field}=${value(field)}`),
    );
    const winners = expectWonOrRefused(runs);
    const data = await expectWholeAndValid(repo.root);
    for (const run of winners) expect(data[fields[run.index]!], `run ${run.index} succeeded`).toBe(value(fields[run.index]!));
    for (const run of runs.filter((run) => run.code !== 0))
      expect(data[fields[run.index]!], `run ${run.index} was refused`).toEqual(BEFORE[fields[run.index]!]);
  });

  it('loses no successful edit when a killed run left its lock behind', async () => {
    const repo = makeRepo(VALID_FILES);
    // The id of a process that has ended: the lock's owner is gone.
    writeFileSync(path.join(repo.root, 'learning/hypotheses/.riders-want-realtime.yaml.lock'), `${spawnSync('true').pid}\n`);
    const fields = ['segment', 'metric', 'success', 'owner', 'journey', 'review_by'].slice(0, RUNS);
    const value = (field: string) => (field === 'review_by' ? '2027-01-31' : `${field} value`);
    const runs = await runAll(
      repo.root,
      fields.map((field) => `${field}=${value(field)}`),
    );
    const winners = expectWonOrRefused(runs);
    const data = await expectWholeAndValid(repo.root);
    for (const run of winners) expect(data[fields[run.index]!], `run ${run.index} succeeded`).toBe(value(fields[run.index]!));
  });
});
