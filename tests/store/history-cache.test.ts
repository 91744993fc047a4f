// The history walks kept between runs, keyed by HEAD (store/head-keyed-log.ts): after
// every step a repository goes through (new commits, a rename, a deletion, a file added
// again, an amend, a reset, a merge, a corrupt entry), the walk through the cache equals
// a walk from scratch, and git is asked only for what is new.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCodeHistory } from '../../src/store/code-history.js';
import { readRepositoryHistory } from '../../src/store/git-history.js';
import { countingGit } from '../helpers/counting-git.js';
import { HYPOTHESIS } from '../helpers/records.js';
import { runCli, TEST_ENV } from '../helpers/run-cli.js';
import { GIT_ENV, makeRepo, makeTempDir, type TempRepo } from '../helpers/temp-repo.js';

/** A cold run: no cache of any kind (the test run's own cache folder is in TEST_ENV). */
const NO_CACHE = { ...TEST_ENV, HYPO_CACHE: '0' };

const scope = (root: string) => ({ root, gitRoot: root, recordRoot: 'learning' });

/** The record files on disk now, committed or not, relative to the root. */
function recordFiles(root: string): string[] {
  return readdirSync(path.join(root, 'learning'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => `learning/${file.split(path.sep).join('/')}`)
    .sort();
}

/** How the walk through the cache read git: `kept` (no log), `extended` (a range), `walked` (from HEAD). */
type Read = 'kept' | 'extended' | 'walked';

function readOf(calls: readonly string[][]): Read {
  const logs = calls.filter((args) => args[0] === 'log');
  if (logs.length === 0) return 'kept';
  expect(logs).toHaveLength(1);
  return logs[0]!.some((arg) => /^[0-9a-f]{40}\.\.[0-9a-f]{40}$/.test(arg)) ? 'extended' : 'walked';
}

/** Both walks through the cache, each equal to the same walk without one; how git was read. */
async function expectSameAsFresh(repo: TempRepo, folder: string): Promise<{ records: Read; code: Read }> {
  const files = recordFiles(repo.root);
  const recordsGit = countingGit(repo.root);
  const cached = await readRepositoryHistory(scope(repo.root), recordsGit, files, { folder });
  expect(cached).toEqual(await readRepositoryHistory(scope(repo.root), countingGit(repo.root), files));
  const codeGit = countingGit(repo.root);
  const code = await readCodeHistory(codeGit, { folder, gitRoot: repo.root });
  expect(code).toEqual(await readCodeHistory(countingGit(repo.root)));
  return { records: readOf(recordsGit.calls), code: readOf(codeGit.calls) };
}

const at = (date: string) => ({ ...process.env, ...GIT_ENV, GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` });

function entries(folder: string): string[] {
  return readdirSync(folder).filter((file) => file.startsWith('log-'));
}

/** Each kept walk's output is, byte for byte, what its `git log` over HEAD prints now. */
function expectKeptIsGitLog(repo: TempRepo, folder: string): void {
  for (const file of entries(folder)) {
    const stored = readFileSync(path.join(folder, file), 'utf8');
    const end = stored.indexOf('\n');
    const header = JSON.parse(stored.slice(0, end)) as { key: string; graph: number };
    const key = JSON.parse(header.key) as string[];
    const args = key.slice(key.indexOf('log')).map((arg) => (arg === '<revision>' ? 'HEAD' : arg));
    expect(stored.slice(end + 1 + header.graph)).toBe(execFileSync('git', args, { cwd: repo.root, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' }));
  }
}

describe('the history cache', () => {
  it('equals a walk from scratch through new commits, a rename, a deletion, a file added again, an amend, a reset and a merge', async () => {
    const folder = makeTempDir('hypo-cache-');
    const repo = makeRepo({ 'learning/h/a.yaml': HYPOTHESIS, 'learning/h/b.yaml': HYPOTHESIS }, { git: true });
    repo.commit('Two hypotheses', '2026-01-05');

    // An empty cache: one walk from HEAD, kept; the next run asks git for nothing but HEAD.
    expect(await expectSameAsFresh(repo, folder)).toEqual({ records: 'walked', code: 'walked' });
    expect(entries(folder)).toHaveLength(2);
    expect(await expectSameAsFresh(repo, folder)).toEqual({ records: 'kept', code: 'kept' });
    // Uncommitted files are the working tree's, not the cache's: a new file has no history, as without the cache.
    repo.write('learning/h/uncommitted.yaml', HYPOTHESIS);
    expect(await expectSameAsFresh(repo, folder)).toEqual({ records: 'kept', code: 'kept' });
    rmSync(path.join(repo.root, 'learning/h/uncommitted.yaml'));

    // A new commit: only it is read, in front of the kept walk.
    repo.write('learning/h/a.yaml', `${HYPOTHESIS}importance: high\n`);
    repo.write('src/code.ts', 'export {};\n');
    repo.commit('Raise importance', '2026-02-01');
    expect(await expectSameAsFresh(repo, folder)).toEqual({ records: 'extended', code: 'extended' });

    // A rename in the new commits: the file keeps its older versions, read from the kept walk, under its new path.
    repo.git('mv', 'learning/h/a.yaml', 'learning/h/renamed.yaml');
    repo.commit('Rename a', '2026-03-01');
    expect(await expectSameAsFresh(repo, folder)).toEqual({ records: 'extended', code: 'extended' });
    const renamed = await readRepositoryHistory(scope(repo.root), countingGit(repo.root), recordFiles(repo.root), { folder });
    expect(renamed.files.get('learning/h/renamed.yaml')?.versions.map((version) => version.gitPath)).toEqual([
      'learning/h/renamed.yaml',
      'learning/h/a.yaml',
      'learning/h/a.yaml',
    ]);

    // A deletion, then a file added again at the deleted path: another line of history.
    repo.git('rm', '-q', 'learning/h/b.yaml');
    repo.commit('Drop b', '2026-04-01');
    expect(await expectSameAsFresh(repo, folder)).toEqual({ records: 'extended', code: 'extended' });
    repo.write('learning/h/b.yaml', HYPOTHESIS.replace('Riders', 'Other riders'));
    repo.commit('A new b', '2026-04-10');
    expect(await expectSameAsFresh(repo, folder)).toEqual({ records: 'extended', code: 'extended' });
    const readded = await readRepositoryHistory(scope(repo.root), countingGit(repo.root), recordFiles(repo.root), { folder });
    expect(readded.files.get('learning/h/b.yaml')?.versions).toHaveLength(1);
    expect(readded.deleted.map((gone) => gone.versions.map((version) => version.gitPath))).toEqual([['learning/h/b.yaml']]);

    // Several commits at once, and one that touches no record.
    repo.write('learning/h/c.yaml', HYPOTHESIS);
    repo.commit('Add c', '2026-05-01');
    repo.write('src/code.ts', 'export const x = 1;\n');
    repo.commit('Code only', '2026-05-02');
    expect(await expectSameAsFresh(repo, folder)).toEqual({ records: 'extended', code: 'extended' });

    // An amend rewrites HEAD: the kept HEAD is no ancestor, so the walk starts again.
    repo.write('learning/h/c.yaml', `${HYPOTHESIS}importance: low\n`);
    execFileSync('git', ['commit', '-q', '-a', '--amend', '-m', 'Code, and c'], { cwd: repo.root, env: at('2026-05-03') });
    expect(await expectSameAsFresh(repo, folder)).toEqual({ records: 'walked', code: 'walked' });

    // A reset and a different commit in place of the dropped one.
    repo.git('reset', '-q', '--hard', 'HEAD~1');
    repo.write('learning/h/d.yaml', HYPOTHESIS);
    repo.commit('Add d instead', '2026-05-04');
    expect(await expectSameAsFresh(repo, folder)).toEqual({ records: 'walked', code: 'walked' });

    // A merge from a branch whose commits are older than the main line's newest: git interleaves them by date.
    const fork = repo.git('rev-parse', 'HEAD~2').trim();
    repo.git('checkout', '-q', '-b', 'side', fork);
    repo.write('learning/h/side.yaml', HYPOTHESIS);
    repo.commit('Side hypothesis', '2026-04-20');
    repo.git('checkout', '-q', 'main');
    execFileSync('git', ['merge', '-q', '--no-ff', '-m', 'Merge side', 'side'], { cwd: repo.root, env: at('2026-05-05') });
    expect(await expectSameAsFresh(repo, folder)).toEqual({ records: 'extended', code: 'extended' });
    // A plain commit on top of the merge extends it again.
    repo.git('mv', 'learning/h/side.yaml', 'learning/h/side-renamed.yaml');
    repo.commit('Rename side', '2026-05-06');
    expect(await expectSameAsFresh(repo, folder)).toEqual({ records: 'extended', code: 'extended' });
    expect(await expectSameAsFresh(repo, folder)).toEqual({ records: 'kept', code: 'kept' });
  });

  it('extends across merges, byte for byte what a walk from scratch prints, whatever their shape', async () => {
    const folder = makeTempDir('hypo-cache-');
    const repo = makeRepo({ 'learning/h/a.yaml': HYPOTHESIS, 'learning/h/b.yaml': HYPOTHESIS, 'learning/h/gone.yaml': HYPOTHESIS }, { git: true });
    repo.commit('Three hypotheses', '2026-01-05');
    const step = async (expected: { records: Read; code: Read } = { records: 'extended', code: 'extended' }) => {
      expect(await expectSameAsFresh(repo, folder)).toEqual(expected);
      expectKeptIsGitLog(repo, folder);
    };
    const branch = (name: string, from = 'main') => repo.git('checkout', '-q', '-b', name, from);
    const merge = (date: string, ...branches: string[]) => {
      repo.git('checkout', '-q', 'main');
      execFileSync('git', ['merge', '-q', '--no-ff', '-m', `Merge ${branches.join(', ')}`, ...branches], { cwd: repo.root, env: at(date) });
    };
    await step({ records: 'walked', code: 'walked' });

    // A branch whose commits are older than the main line's newest: git interleaves them by date.
    branch('early');
    repo.write('learning/h/early.yaml', HYPOTHESIS);
    repo.commit('Early hypothesis', '2026-01-10');
    repo.write('learning/h/early.yaml', `${HYPOTHESIS}importance: high\n`);
    repo.commit('Early, raised', '2026-01-20');
    repo.git('checkout', '-q', 'main');
    repo.write('learning/h/a.yaml', `${HYPOTHESIS}importance: low\n`);
    repo.commit('Lower a', '2026-01-15');
    repo.write('learning/h/c.yaml', HYPOTHESIS);
    repo.commit('Add c', '2026-01-25');
    await step();
    merge('2026-01-30', 'early');
    await step();

    // One side leaves the records alone: history simplification follows the other side only, whichever it is.
    branch('code-only');
    repo.write('src/one.ts', 'export {};\n');
    repo.commit('Code only', '2026-02-02');
    repo.git('checkout', '-q', 'main');
    repo.write('learning/h/b.yaml', `${HYPOTHESIS}importance: low\n`);
    repo.commit('Lower b', '2026-02-03');
    await step();
    merge('2026-02-04', 'code-only');
    await step();
    branch('records-only');
    repo.write('learning/h/d.yaml', HYPOTHESIS);
    repo.commit('Add d', '2026-02-05');
    repo.git('checkout', '-q', 'main');
    repo.write('src/two.ts', 'export {};\n');
    repo.commit('More code', '2026-02-06');
    await step();
    merge('2026-02-07', 'records-only');
    await step();

    // An octopus merge of three branches, one of them a rename of a record and one the deletion of another.
    branch('rename');
    repo.git('mv', 'learning/h/c.yaml', 'learning/h/c-renamed.yaml');
    repo.commit('Rename c', '2026-02-10');
    branch('delete', 'main');
    repo.git('rm', '-q', 'learning/h/gone.yaml');
    repo.commit('Drop gone', '2026-02-10');
    branch('third', 'main');
    repo.write('learning/h/e.yaml', HYPOTHESIS);
    repo.commit('Add e', '2026-02-09');
    merge('2026-02-11', 'rename', 'delete', 'third');
    await step();
    const afterOctopus = await readRepositoryHistory(scope(repo.root), countingGit(repo.root), recordFiles(repo.root), { folder });
    expect(afterOctopus.files.get('learning/h/c-renamed.yaml')?.versions.map((version) => version.gitPath)).toEqual([
      'learning/h/c-renamed.yaml',
      'learning/h/c.yaml',
    ]);
    expect(afterOctopus.deleted.map((gone) => gone.versions.map((version) => version.gitPath))).toEqual([['learning/h/gone.yaml']]);

    // A criss-cross: two branches merged into each other, then both into main; two merge bases.
    branch('x');
    repo.write('learning/h/x.yaml', HYPOTHESIS);
    repo.commit('Add x', '2026-03-01');
    branch('y', 'main');
    repo.write('learning/h/y.yaml', HYPOTHESIS);
    repo.commit('Add y', '2026-03-01');
    repo.git('checkout', '-q', 'x');
    execFileSync('git', ['merge', '-q', '--no-ff', '-m', 'y into x', 'y'], { cwd: repo.root, env: at('2026-03-02') });
    repo.git('checkout', '-q', 'y');
    execFileSync('git', ['merge', '-q', '--no-ff', '-m', 'x into y', 'x~1'], { cwd: repo.root, env: at('2026-03-02') });
    repo.write('learning/h/y.yaml', `${HYPOTHESIS}importance: high\n`);
    repo.commit('Raise y', '2026-03-03');
    repo.git('checkout', '-q', 'x');
    repo.write('learning/h/x.yaml', `${HYPOTHESIS}importance: high\n`);
    repo.commit('Raise x', '2026-03-03');
    merge('2026-03-04', 'x');
    await step();
    merge('2026-03-05', 'y');
    await step();

    // A fast-forward pull that brings several merges at once, with commit times out of order (a committer clock behind).
    branch('upstream');
    for (const [number, name, date] of [
      [1, 'p', '2026-03-10'],
      [2, 'q', '2026-03-08'],
      [3, 'r', '2026-03-12'],
    ] as const) {
      branch(`pr-${number}`, 'upstream');
      repo.write(`learning/h/${name}.yaml`, HYPOTHESIS);
      repo.commit(`Add ${name}`, date);
      repo.write(`src/${name}.ts`, 'export {};\n');
      repo.commit(`Code for ${name}`, date);
      repo.git('checkout', '-q', 'upstream');
      execFileSync('git', ['merge', '-q', '--no-ff', '-m', `Merge pr-${number}`, `pr-${number}`], {
        cwd: repo.root,
        env: at(number === 2 ? '2026-03-06' : '2026-03-13'),
      });
    }
    repo.git('checkout', '-q', 'main');
    repo.git('merge', '-q', '--ff-only', 'upstream');
    await step();
    expect(await expectSameAsFresh(repo, folder)).toEqual({ records: 'kept', code: 'kept' });

    // A plain commit on top extends as before, with the graph the merges left.
    repo.write('learning/h/a.yaml', `${HYPOTHESIS}importance: medium\n`);
    repo.commit('Medium a', '2026-03-20');
    await step();
  });

  it('places merged commits as git does on histories of many shapes, times tied and out of order', async () => {
    // A fixed sequence of pseudo-random steps: each commits on one of four branches, merges some of them, or moves time back.
    let seed = 7;
    const next = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * below);
    };
    const folder = makeTempDir('hypo-cache-');
    const repo = makeRepo({ 'learning/h/a.yaml': HYPOTHESIS }, { git: true });
    repo.commit('Start', '2026-01-01');
    const branches = ['main', 'b1', 'b2', 'b3'];
    for (const name of branches.slice(1)) repo.git('branch', name);
    let day = 1;
    let extended = 0;
    for (let round = 0; round < 15; round++) {
      for (let change = 0; change < 4; change++) {
        const on = branches[next(4)]!;
        repo.git('checkout', '-q', on);
        // Days repeat (ties) and sometimes go back (a clock behind).
        day = Math.max(1, day + next(3) - (next(5) === 0 ? 3 : 0));
        const date = `2026-02-${String(Math.min(day, 28)).padStart(2, '0')}`;
        const kind = next(4);
        if (kind === 0) repo.write(`src/${on}-${next(3)}.ts`, `export const v = ${round * 10 + change};\n`);
        else repo.write(`learning/h/${on}-${next(3)}.yaml`, `${HYPOTHESIS}importance: ${['low', 'medium', 'high'][next(3)]}\n`);
        repo.commit(`Change ${round}.${change} on ${on}`, date);
        if (next(3) === 0) {
          const other = branches.filter((name) => name !== on)[next(3)]!;
          execFileSync('git', ['merge', '-q', '--no-ff', '-m', `Merge ${other} into ${on}`, other], { cwd: repo.root, env: at(date) });
        }
      }
      // main takes in one of the others each round, or more, so that it moves.
      repo.git('checkout', '-q', 'main');
      for (const pulled of branches.slice(1).filter((_, at) => at === round % 3 || next(3) === 0)) {
        execFileSync('git', ['merge', '-q', '--no-ff', '-m', `Round ${round}: ${pulled}`, pulled], {
          cwd: repo.root,
          env: at(`2026-02-${String(Math.min(day, 28)).padStart(2, '0')}`),
        });
      }
      const read = await expectSameAsFresh(repo, folder);
      expectKeptIsGitLog(repo, folder);
      if (round > 0) expect(read.code).toBe('extended');
      if (read.records === 'extended') extended++;
    }
    expect(extended).toBeGreaterThan(10);
  });

  it('reads an entry that does not validate as a miss: cut short, edited, not its format, from another build', async () => {
    const folder = makeTempDir('hypo-cache-');
    const repo = makeRepo({ 'learning/h/a.yaml': HYPOTHESIS }, { git: true });
    repo.commit('One hypothesis', '2026-01-05');
    await expectSameAsFresh(repo, folder);
    const [records] = entries(folder).filter((file) => file.startsWith('log-records-'));
    const file = path.join(folder, records!);
    const good = readFileSync(file, 'utf8');
    const [header, ...rest] = good.split('\n');
    const output = rest.join('\n');
    const parsed = JSON.parse(header!) as Record<string, unknown>;
    const corruptions = [
      good.slice(0, -5),
      `${header}\n${output.replace('One hypothesis', 'One hypothesiz')}`,
      `not json\n${output}`,
      output,
      '',
      `${JSON.stringify({ ...parsed, stamp: 'another build' })}\n${output}`,
      `${JSON.stringify({ ...parsed, version: 0 })}\n${output}`,
      `${JSON.stringify({ ...parsed, head: 'HEAD' })}\n${output}`,
      `${JSON.stringify({ ...parsed, key: '["records"]' })}\n${output}`,
      `${JSON.stringify([parsed])}\n${output}`,
    ];
    for (const corrupt of corruptions) {
      writeFileSync(file, corrupt);
      expect((await expectSameAsFresh(repo, folder)).records).toBe('walked');
      // The walk that replaced it is kept again.
      expect(readFileSync(file, 'utf8')).toBe(good);
    }
    // An entry whose kept HEAD git no longer has (garbage-collected after a rebase): a walk from HEAD.
    writeFileSync(file, `${JSON.stringify({ ...parsed, head: 'f'.repeat(40) })}\n${output}`);
    expect((await expectSameAsFresh(repo, folder)).records).toBe('walked');
  });

  it('keeps nothing for a shallow clone or a repository without commits, and answers as without the cache', async () => {
    const folder = makeTempDir('hypo-cache-');
    const repo = makeRepo({ 'learning/h/a.yaml': HYPOTHESIS }, { git: true });
    const empty = await readRepositoryHistory(scope(repo.root), countingGit(repo.root), ['learning/h/a.yaml'], { folder });
    expect(empty).toEqual(await readRepositoryHistory(scope(repo.root), countingGit(repo.root), ['learning/h/a.yaml']));
    expect(await readCodeHistory(countingGit(repo.root), { folder, gitRoot: repo.root })).toEqual([]);
    repo.commit('One', '2026-01-05');
    repo.write('learning/h/b.yaml', HYPOTHESIS);
    repo.commit('Two', '2026-02-05');
    const clone = path.join(makeTempDir(), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, clone], { env: { ...process.env, ...GIT_ENV } });
    const files = ['learning/h/a.yaml', 'learning/h/b.yaml'];
    const shallow = await readRepositoryHistory(scope(clone), countingGit(clone), files, { folder });
    expect(shallow).toEqual(await readRepositoryHistory(scope(clone), countingGit(clone), files));
    expect(shallow.shallow).toBe(true);
    expect(entries(folder)).toEqual([]);
  });
});

describe('commands through the history cache', () => {
  it('print the same JSON for hypo stale and hypo log with the cache as without, after each new commit', async () => {
    const cache = makeTempDir('hypo-cache-');
    const withCache = { ...TEST_ENV, XDG_CACHE_HOME: cache };
    const repo = makeRepo({ 'learning/h/old-open.yaml': HYPOTHESIS }, { git: true, config: 'stale_after_days: 30\n' });
    repo.commit('First', '2026-01-05');
    const compare = async () => {
      for (const argv of [
        ['-C', repo.root, 'stale', '--format', 'json'],
        ['-C', repo.root, 'log', 'moved-open', '--format', 'json'],
      ]) {
        const cold = await runCli(argv, { env: NO_CACHE });
        const cached = await runCli(argv, { env: withCache });
        expect(cached).toEqual(cold);
        // Twice: the second run reads the kept entry.
        expect(await runCli(argv, { env: withCache })).toEqual(cold);
      }
    };
    repo.git('mv', 'learning/h/old-open.yaml', 'learning/h/moved-open.yaml');
    repo.commit('Move it', '2026-02-05');
    await compare();
    expect(readdirSync(path.join(cache, 'hypo')).filter((file) => file.startsWith('log-'))).toHaveLength(2);
    repo.write('learning/h/moved-open.yaml', HYPOTHESIS.replace('status: open', 'status: testing'));
    repo.write('learning/h/young.yaml', HYPOTHESIS);
    repo.commit('Testing now\n\nHypo: moved-open', '2026-11-20');
    await compare();
    const stale = JSON.parse((await runCli(['-C', repo.root, 'stale', '--format', 'json'], { env: withCache })).stdout) as { stale: { file: string }[] };
    expect(stale.stale.length).toBeGreaterThan(0);
  });
});

describe('facts read from committed versions, kept by blob id', () => {
  const H = 'learning/hypotheses/offline.yaml';
  const E = 'learning/experiments/prototyptest.yaml';
  const hypothesis = (status: string, success: string) =>
    `kind: hypothesis\ntitle: Offlinebiljett\nstatement: Vi tror att färjeresenärer vill visa biljetten utan nät, eftersom täckningen är dålig\nstatus: ${status}\nsegment: färjeresenärer\nsuccess: ${success}\n`;
  const experiment = 'kind: experiment\ntitle: Prototyptest\ntests: [offline]\nmethod: usability-test\nstatus: running\nstart: 2026-09-10\n';

  it('give report and check the same JSON with the cache as without, and a kept fact is the one used', async () => {
    const cache = makeTempDir('hypo-cache-');
    const withCache = { ...TEST_ENV, XDG_CACHE_HOME: cache };
    const repo = makeRepo(
      { [H]: hypothesis('open', 'Minst 10 av 12 visar biljetten') },
      { git: true, config: 'sprints: { start: 2026-08-03, length_days: 14 }\n' },
    );
    repo.commit('The hypothesis', '2026-08-20');
    repo.write(H, hypothesis('testing', 'Minst 10 av 12 visar biljetten'));
    repo.write(E, experiment);
    repo.commit('The prototype test starts', '2026-09-10');
    repo.write(H, hypothesis('testing', 'Minst 8 av 12 visar biljetten'));
    repo.commit('Lower the bar', '2026-09-20');
    repo.write(H, hypothesis('inconclusive', 'Minst 8 av 12 visar biljetten'));
    repo.commit('No answer', '2026-11-20');
    const runs = [
      ['-C', repo.root, 'report', '--format', 'json'],
      // Without --no-cache: that would keep the facts out of the cache too.
      ['-C', repo.root, 'check', '--format', 'json'],
    ];
    for (const argv of runs) {
      const cold = await runCli(argv, { env: NO_CACHE });
      expect(await runCli(argv, { env: withCache })).toEqual(cold);
      expect(await runCli(argv, { env: withCache })).toEqual(cold);
    }
    expect(JSON.parse((await runCli(runs[1]!, { env: NO_CACHE })).stdout).problems).toEqual([expect.objectContaining({ rule: 'success-after-test' })]);

    // Each version's status and criteria, under its blob id.
    const kept = (name: string) => {
      const [file] = readdirSync(path.join(cache, 'hypo')).filter((each) => each.startsWith(`blobs-${name}-`));
      return {
        file: path.join(cache, 'hypo', file!),
        entry: JSON.parse(readFileSync(path.join(cache, 'hypo', file!), 'utf8')) as { facts: Record<string, unknown> },
      };
    };
    const blob = (rev: string) => repo.git('rev-parse', `${rev}:${H}`).trim();
    expect(kept('status').entry.facts).toEqual({
      [blob('HEAD')]: 'inconclusive',
      [blob('HEAD~1')]: 'testing',
      [blob('HEAD~2')]: 'testing',
      [blob('HEAD~3')]: 'open',
    });
    expect(kept('criteria').entry.facts).toMatchObject({
      [blob('HEAD~3')]: ['Minst 10 av 12 visar biljetten', null],
      [blob('HEAD')]: ['Minst 8 av 12 visar biljetten', null],
    });

    // The kept facts are what the next run uses: a tampered one shows, and one out of shape is a miss.
    const status = kept('status');
    const tampered = { ...status.entry, facts: Object.fromEntries(Object.keys(status.entry.facts).map((key) => [key, 'open'])) };
    // The report's own kept result would answer first: it goes before each probe.
    const forgetReport = () => {
      for (const name of readdirSync(path.join(cache, 'hypo')).filter((each) => each.startsWith('report-'))) rmSync(path.join(cache, 'hypo', name));
    };
    writeFileSync(status.file, JSON.stringify(tampered));
    forgetReport();
    expect(await runCli(runs[0]!, { env: withCache })).not.toEqual(await runCli(runs[0]!, { env: NO_CACHE }));
    writeFileSync(status.file, JSON.stringify({ ...tampered, facts: { ...tampered.facts, [blob('HEAD')]: 7 } }));
    forgetReport();
    expect(await runCli(runs[0]!, { env: withCache })).toEqual(await runCli(runs[0]!, { env: NO_CACHE }));
    expect(kept('status').entry.facts[blob('HEAD')]).toBe('inconclusive');
  });
});
