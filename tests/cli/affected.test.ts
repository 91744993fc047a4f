// hypo affected: records whose code globs match what a branch changed, committed or not.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeRepo, type TempRepo } from '../helpers/temp-repo.js';

/**
 * A feature branch off main, with committed, uncommitted and untracked changes. The tests only
 * read it, and its commits and branch cost more than the runs on it: it is built once for the file.
 */
let shared: TempRepo | undefined;
function branchRepo(): TempRepo {
  shared ??= buildBranchRepo();
  return shared;
}

function buildBranchRepo(): TempRepo {
  const repo = makeRepo({}, { git: true, lifetime: 'file' });
  repo.write('learning/h/swish-first.yaml', 'kind: hypothesis\ntitle: Swish först i kassan\nstatement: s\nstatus: open\ncode:\n  - src/checkout/**\n');
  repo.write('learning/h/ferry-map.yaml', 'kind: hypothesis\ntitle: Färjekartan\nstatement: s\nstatus: refuted\ncode: [src/ferry/*.ts]\n');
  repo.write('learning/h/no-code.yaml', 'kind: hypothesis\ntitle: Utan kod\nstatement: s\nstatus: open\n');
  repo.write('learning/i/notes.yaml', 'kind: insight\ntitle: Anteckningar\nlearned: l\ncode: [docs/**]\n');
  repo.write('src/checkout/cart.ts', 'export const cart = 1;\n');
  repo.write('src/ferry/map.ts', 'export const map = 1;\n');
  repo.write('src/other.ts', 'export {};\n');
  repo.commit('Start', '2026-09-01');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write('src/checkout/cart.ts', 'export const cart = 2;\n');
  repo.write('src/other.ts', 'export const x = 1;\n');
  repo.commit('Change the cart', '2026-11-20');
  repo.write('src/ferry/map.ts', 'export const map = 2;\n'); // uncommitted
  repo.write('docs/new-page.md', '# new\n'); // untracked
  return repo;
}

const affected = (repo: TempRepo, ...args: string[]) => runCli(['-C', repo.root, 'affected', '--as-of', '2026-11-25', ...args]);

describe('hypo affected', () => {
  it('lists the records resting on code changed since a ref, uncommitted changes included', async () => {
    const repo = branchRepo();
    const result = await affected(repo, '--since', 'main', '--format', 'json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      since: 'main',
      changed: ['docs/new-page.md', 'src/checkout/cart.ts', 'src/ferry/map.ts', 'src/other.ts'],
      affected: [
        { id: 'ferry-map', status: 'refuted', files: ['src/ferry/map.ts'] },
        { id: 'notes', status: 'undecided', files: ['docs/new-page.md'] },
        { id: 'swish-first', status: 'open', files: ['src/checkout/cart.ts'] },
      ],
      skipped: [],
    });
  });

  it('fails a pull-request check with --fail-on', async () => {
    const repo = branchRepo();
    expect((await affected(repo, '--since', 'main', '--fail-on', 'open,refuted')).code).toBe(1);
    expect((await affected(repo, '--since', 'main', '--fail-on', 'retired')).code).toBe(0);
    const bad = await affected(repo, '--fail-on', 'refutd');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--fail-on: "refutd" is not a status (did you mean "refuted"?)');
  });

  it('matches the paths given instead of asking git', async () => {
    const repo = branchRepo();
    const result = await runCli(['-C', path.join(repo.root, 'src'), 'affected', 'checkout/cart.ts', 'other.ts', '--format', 'json']);
    expect(JSON.parse(result.stdout)).toEqual({
      since: null,
      changed: ['src/checkout/cart.ts', 'src/other.ts'],
      affected: [{ id: 'swish-first', status: 'open', files: ['src/checkout/cart.ts'] }],
      skipped: [],
    });
  });

  it('prints each record with status, age and files', async () => {
    const repo = branchRepo();
    const result = await affected(repo, '--since', 'main', '--fail-on', 'refuted');
    expect(result.stdout.split('\n')).toEqual([
      'ferry-map hypothesis · refuted · 85 days old',
      '  Färjekartan',
      '  src/ferry/map.ts',
      'notes insight · undecided · 85 days old',
      '  Anteckningar',
      '  docs/new-page.md',
      'swish-first hypothesis · open · 85 days old',
      '  Swish först i kassan',
      '  src/checkout/cart.ts',
      '3 records rest on code changed since main; 1 with a failing status (refuted)',
      '',
    ]);
  });

  it('annotates the changed code for GitHub, as an error where the status fails the check', async () => {
    const repo = branchRepo();
    const result = await affected(repo, '--since', 'main', '--fail-on', 'refuted', '--format', 'github');
    expect(result.stdout.split('\n').slice(0, 3)).toEqual([
      '::error file=src/ferry/map.ts,line=1,title=hypo%3A rests on hypothesis ferry-map::This code rests on "Färjekartan" (ferry-map), which is refuted (85 days old).',
      '::warning file=docs/new-page.md,line=1,title=hypo%3A rests on insight notes::This code rests on "Anteckningar" (notes), which is undecided (85 days old).',
      '::warning file=src/checkout/cart.ts,line=1,title=hypo%3A rests on hypothesis swish-first::This code rests on "Swish först i kassan" (swish-first), which is open (85 days old).',
    ]);
  });

  it('counts only uncommitted changes without --since', async () => {
    const repo = branchRepo();
    const result = await affected(repo, '--format', 'json');
    expect(JSON.parse(result.stdout)).toMatchObject({ since: null, changed: ['docs/new-page.md', 'src/ferry/map.ts'] });
  });

  it('says what to do outside git', async () => {
    const repo = makeRepo({ 'learning/h/a.yaml': 'kind: hypothesis\ntitle: T\nstatement: s\nstatus: open\n' });
    const result = await runCli(['-C', repo.root, 'affected']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('give the changed paths as arguments');
  });
});
