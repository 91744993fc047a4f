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
  // What the pull-request comment says of ferry-map: evidence graded from the interview, and the newer of two decisions.
  repo.write(
    'learning/e/ferry-interviews.yaml',
    'kind: experiment\ntitle: Intervjuer\ntests: [ferry-map]\nmethod: interview\nstatus: done\nresult:\n  summary: s\n  outcome: refutes\n',
  );
  repo.write(
    'learning/i/ferry-early.yaml',
    'kind: insight\ntitle: Tidigt\nlearned: l\nfrom: [ferry-interviews]\ndecision:\n  action: iterate\n  summary: Fråga fler\n  date: 2026-08-15\n',
  );
  // No date in the decision: the day git last changed the insight, the start commit's.
  repo.write(
    'learning/i/ferry-learned.yaml',
    'kind: insight\ntitle: Kartan\nlearned: l\nhypotheses: [ferry-map]\ndecision:\n  action: pivot\n  summary: Visa kön i stället, fråga @kassa-teamet\n',
  );
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

  it('writes a pull-request comment in markdown, by changed file, the refuted and untested first', async () => {
    const repo = branchRepo();
    const result = await affected(repo, '--since', 'main', '--format', 'markdown');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        '### Assumptions this change rests on',
        '',
        '4 files changed since `main`; 3 rest on 3 records: 1 refuted, 1 untested.',
        '',
        '- `src/ferry/map.ts`',
        '  - ⚠️ **refuted** hypothesis: Färjekartan `ferry-map` · evidence: weak · last decision: pivot, 2026-09-01: Visa kön i stället, fråga @&#8203;kassa-teamet',
        '- `src/checkout/cart.ts`',
        '  - ⚠️ **open** hypothesis: Swish först i kassan `swish-first` · evidence: none · no decision yet',
        '- `docs/new-page.md`',
        '  - **undecided** insight: Anteckningar `notes` · no decision yet',
        '',
        '1 other changed file rests on no recorded assumption.',
        '',
      ].join('\n'),
    );
  });

  it('keeps the exit codes of --fail-on with markdown, and the same comment', async () => {
    const repo = branchRepo();
    const plain = await affected(repo, '--since', 'main', '--format', 'markdown');
    const failing = await affected(repo, '--since', 'main', '--fail-on', 'open,refuted', '--format', 'markdown');
    expect(failing.code).toBe(1);
    expect(failing.stdout).toBe(plain.stdout);
    expect((await affected(repo, '--since', 'main', '--fail-on', 'retired', '--format', 'markdown')).code).toBe(0);
  });

  it('says in the comment when the paths given rest on nothing', async () => {
    const repo = branchRepo();
    const result = await affected(repo, 'src/other.ts', '--format', 'markdown');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('### Assumptions this change rests on\n\n1 changed file given; none rests on a recorded assumption.\n');
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
