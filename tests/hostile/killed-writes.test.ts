// A change to several files (`rename`, `import`) is all or nothing even under SIGKILL: the
// process is killed after every single step of its write in turn (each lock, the journal,
// each temp file, each file moved into place, the journal removed), and the next hypo
// command finds the repository exactly as before or exactly as after, says which it made
// of it, and leaves no temp file or journal behind. A journal planted in a pull request
// cannot make hypo write anything its own files could not.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HYPOTHESIS, INSIGHT } from '../helpers/records.js';
import { runCli } from '../helpers/run-cli.js';
import { type SpawnResult, spawnHypo } from '../helpers/spawn-hypo.js';
import { makeRepo, type TempRepo } from '../helpers/temp-repo.js';

const experiment = (n: number) => `kind: experiment\ntitle: Panel ${n}\ntests: [riders-want-realtime]\nmethod: panel\nstatus: planned\n`;

/** A hypothesis that experiments (and an insight) point to: a rename writes the new file, deletes the old and changes the others. */
function renameRepo(experiments = 1, insight = false): TempRepo {
  const files: Record<string, string> = { 'learning/hypotheses/riders-want-realtime.yaml': HYPOTHESIS };
  if (insight) files['learning/insights/riders-plan-at-home.yaml'] = `${INSIGHT}hypotheses: [riders-want-realtime]\n`;
  for (let n = 1; n <= experiments; n++) files[`learning/experiments/panel-${n}.yaml`] = experiment(n);
  return makeRepo(files);
}

const RENAME = ['rename', 'riders-want-realtime', 'riders-want-live'];

function importRepo(): TempRepo {
  const repo = makeRepo({ 'learning/hypotheses/riders-want-realtime.yaml': HYPOTHESIS });
  repo.write('backlog.csv', 'title,statement\nÅkare vill se förseningar,Vi tror att åkare vill se förseningar\nPendlare,Vi tror att pendlare planerar\n');
  return repo;
}

const IMPORT = ['import', 'csv', 'backlog.csv', '--kind', 'hypothesis'];

/** Every file under the root, hidden ones included, by path: its text. */
function tree(root: string): Map<string, string> {
  const names = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(path.join(root, name)).isFile());
  return new Map(names.sort().map((name) => [name.split(path.sep).join('/'), readFileSync(path.join(root, name), 'utf8')]));
}

/** The files a user sees: locks left by a killed run are hidden, and taken over by the next write. */
const visible = (files: Map<string, string>) => new Map([...files].filter(([name]) => !name.endsWith('.lock')));

async function inBatches<T>(count: number, size: number, run: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += size) {
    results.push(...(await Promise.all(Array.from({ length: Math.min(size, count - start) }, (_, offset) => run(start + offset)))));
  }
  return results;
}

describe.each([
  ['rename of a hypothesis an experiment tests (three files)', () => renameRepo(1), RENAME],
  ['import of two rows', importRepo, IMPORT],
])('%s, killed after each step of its write', (_, makeFixture, args) => {
  it('is found as before or as after by the next command, which says which, with nothing left over', async () => {
    const before = makeFixture();
    const initial = tree(before.root);
    // The change made whole, and the number of steps it takes, from runs that are not killed.
    const done = makeFixture();
    const clean = await runCli(['-C', done.root, ...args]);
    expect(clean.code, clean.stderr).toBe(0);
    const final = tree(done.root);
    expect(final).not.toEqual(initial);

    // Kill at step 1, 2, … until a run gets through all its steps.
    const outcomes: string[] = [];
    for (let first = 1; ; first += 4) {
      const runs = await inBatches(4, 4, async (offset) => {
        const repo = makeFixture();
        const result: SpawnResult = await spawnHypo(['-C', repo.root, ...args], {
          env: { HYPO_TEST_FAULT: `kill-at-step:${first + offset}` },
          measureMemory: false,
        });
        return { repo, result, step: first + offset };
      });
      for (const { repo, result, step } of runs) {
        if (result.signal !== 'SIGKILL') {
          expect(result.code, `step ${step}: ${result.stderr}`).toBe(0);
          continue;
        }
        const next = await runCli(['-C', repo.root, 'check']);
        expect(next.code, `step ${step}: ${next.stderr}${next.stdout}`).toBe(0);
        const now = visible(tree(repo.root));
        const asBefore = JSON.stringify([...now]) === JSON.stringify([...initial]);
        const asAfter = JSON.stringify([...now]) === JSON.stringify([...visible(final)]);
        expect(asBefore || asAfter, `step ${step} left a mix: ${[...now.keys()].join(', ')}`).toBe(true);
        // What the next command said, if anything: it says what it did, and what it did is what is there.
        const said = /hypo: .* was interrupted \(process \d+\); hypo (completed it|rolled it back)/.exec(next.stderr)?.[1];
        if (said === 'completed it') expect(asAfter, `step ${step}`).toBe(true);
        if (said === 'rolled it back') expect(asBefore, `step ${step}`).toBe(true);
        outcomes.push(said ?? (asBefore ? 'nothing written' : 'all written'));
      }
      if (runs.some(({ result }) => result.signal !== 'SIGKILL')) break;
    }
    // Kills before the journal find nothing written; kills while temp files are written roll back;
    // kills while files move into place complete; a kill after the journal is gone finds it all written.
    expect(new Set(outcomes)).toEqual(new Set(['nothing written', 'rolled it back', 'completed it', 'all written']));
  }, 60_000);
});

describe('a rename of a hypothesis that 100 experiments and an insight point to, killed half way through moving files into place', () => {
  it('is completed by the next command: every record points to the new id', async () => {
    const repo = renameRepo(100, true);
    // 103 files (the new one, the old one, 101 that point to it): 103 locks, the journal, 102 temp files (the delete has none), then 50 files moved.
    const killed = await spawnHypo(['-C', repo.root, ...RENAME], { env: { HYPO_TEST_FAULT: `kill-at-step:${103 + 1 + 102 + 50}` }, measureMemory: false });
    expect(killed.signal).toBe('SIGKILL');
    const next = await runCli(['-C', repo.root, 'check']);
    expect(next.stderr).toMatch(
      /^hypo: rename riders-want-realtime to riders-want-live was interrupted \(process \d+\); hypo completed it: all 103 files now hold the change\n/,
    );
    expect(next.code).toBe(0);
    const experiments = readdirSync(path.join(repo.root, 'learning/experiments'));
    expect(experiments.filter((name) => name.endsWith('.yaml'))).toHaveLength(100);
    for (const name of experiments) expect(readFileSync(path.join(repo.root, 'learning/experiments', name), 'utf8')).toContain('tests: [riders-want-live]');
    expect(readFileSync(path.join(repo.root, 'learning/insights/riders-plan-at-home.yaml'), 'utf8')).toContain('hypotheses: [riders-want-live]');
    expect(existsSync(path.join(repo.root, '.hypo-journal'))).toBe(false);
    expect([...tree(repo.root).keys()].filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 30_000);
});

/** The id of a process that has ended. */
const deadPid = () => spawnSync('true').pid!;

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

function plantJournal(repo: TempRepo, content: unknown, name = `${deadPid()}-0badc0de.json`): string {
  mkdirSync(path.join(repo.root, '.hypo-journal'), { recursive: true });
  const file = path.join(repo.root, '.hypo-journal', name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('a journal the next command finds', () => {
  it('that is not JSON stops every command with exit 2, naming it, before anything is read', async () => {
    const repo = renameRepo(1);
    plantJournal(repo, '{"journal": 1, "pid"');
    const result = await runCli(['-C', repo.root, 'list']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^hypo: \.hypo-journal\/\d+-0badc0de\.json: it is not JSON; .*nothing was done\nhint: if no hypo command was killed while writing, delete \.hypo-journal\/\d+-0badc0de\.json\n$/,
    );
  });

  it.each([
    ['outside the repository', '../outside.yaml'],
    ['no record file', 'package.json'],
    ['an absolute path', '/tmp/hypo-planted.yaml'],
  ])('naming a file %s is refused, and nothing is written there', async (_, file) => {
    const repo = renameRepo(1);
    const temp = `.${path.posix.basename(file)}.1.0badc0de.tmp`;
    repo.write(temp, 'planted\n');
    plantJournal(repo, { journal: 1, pid: deadPid(), label: 'x', changes: [{ action: 'create', file, temp, before: null, after: hash('planted\n') }] });
    const result = await runCli(['-C', repo.root, 'check']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/which is no record file inside the repository|is not one hypo would write/);
    expect(existsSync(path.resolve(repo.root, file))).toBe(false);
  });

  it('whose process still runs is left to it: the command goes on as if there were none', async () => {
    const repo = renameRepo(1);
    const journal = plantJournal(
      repo,
      {
        journal: 1,
        pid: process.pid,
        label: 'rename a to b',
        changes: [{ action: 'delete', file: 'learning/experiments/panel-1.yaml', before: hash(experiment(1)), after: null }],
      },
      `${process.pid}-0badc0de.json`,
    );
    const result = await runCli(['-C', repo.root, 'check']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(existsSync(journal)).toBe(true);
    expect(existsSync(path.join(repo.root, 'learning/experiments/panel-1.yaml'))).toBe(true);
  });

  it('whose files were changed by hand since is a conflict: exit 2, which file, nothing written', async () => {
    const repo = renameRepo(1);
    const a = 'learning/experiments/panel-1.yaml';
    const b = 'learning/insights/riders-plan-at-home.yaml';
    const newA = experiment(1).replace('riders-want-realtime', 'riders-want-live');
    // a was moved into place before the kill; b's temp is gone and b was edited by hand.
    writeFileSync(path.join(repo.root, a), newA);
    repo.write(b, `${INSIGHT}hypotheses: [riders-want-realtime]\n# edited\n`);
    plantJournal(repo, {
      journal: 1,
      pid: deadPid(),
      label: 'rename riders-want-realtime to riders-want-live',
      changes: [
        { action: 'replace', file: a, temp: 'learning/experiments/.panel-1.yaml.1.0badc0de.tmp', before: hash(experiment(1)), after: hash(newA) },
        { action: 'replace', file: b, temp: 'learning/insights/.riders-plan-at-home.yaml.1.0badc0de.tmp', before: hash(INSIGHT), after: hash('x') },
      ],
    });
    const before = tree(repo.root);
    const result = await runCli(['-C', repo.root, 'show', 'panel-1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^hypo: rename riders-want-realtime to riders-want-live was interrupted \(process \d+\), and hypo can neither complete nor roll it back: learning\/insights\/riders-plan-at-home\.yaml no longer holds what the change left there; nothing was written\nhint: compare the files \.hypo-journal\/\d+-0badc0de\.json names with git/,
    );
    expect(visible(tree(repo.root))).toEqual(visible(before));
  });

  it('is not acted on by completion, which runs on every Tab press and only reads', async () => {
    const repo = renameRepo(1);
    const journal = plantJournal(repo, 'not json');
    const result = await runCli(['-C', repo.root, '__complete', 'ids']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('riders-want-realtime');
    expect(existsSync(journal)).toBe(true);
  });

  it('left half written by a killed run (its temp file) is removed: nothing had changed yet', async () => {
    const repo = renameRepo(1);
    const temp = plantJournal(repo, '{"jour', `.${deadPid()}-0badc0de.tmp`);
    const result = await runCli(['-C', repo.root, 'check']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(existsSync(temp)).toBe(false);
  });
});
