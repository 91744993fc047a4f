// hypo log on real temporary git repositories with backdated commits: status path,
// renames followed, fields changed, Swedish text, uncommitted work and the failures.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { GIT_ENV, type Lifetime, makeRepo, type TempRepo } from '../helpers/temp-repo.js';

interface LogJson {
  id: string;
  file: string;
  transitions: string[];
  commits: { sha: string; date: string; author: string; subject: string; file: string; changes: { field: string; from: unknown; to: unknown }[] }[];
  uncommitted: boolean;
}

/** Stages everything and commits it as of `date`, by `author`; returns the commit's sha. */
function commitAll(repo: TempRepo, message: string, date: string, author = 'Test Person'): string {
  const env = { ...process.env, ...GIT_ENV, GIT_AUTHOR_NAME: author, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  execFileSync('git', ['add', '-A'], { cwd: repo.root, env });
  execFileSync('git', ['commit', '-q', '-m', message], { cwd: repo.root, env });
  return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo.root, env, encoding: 'utf8' }).trim();
}

async function logJson(root: string, id: string): Promise<LogJson> {
  const result = await runCli(['-C', root, 'log', id, '--format', 'json']);
  expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
  return JSON.parse(result.stdout) as LogJson;
}

const OLD_PATH = 'learning/hypotheses/farjeresenarer-vill-se.yaml';
const NEW_PATH = 'learning/hypotheses/farjeresenarer-vill-se-farjan.yaml';
const STATEMENT = 'Vi tror att färjeresenärer vill se var färjan är.';
const LONG_STATEMENT = 'Vi tror att färjeresenärer i skärgården vill se var färjan är just nu, eftersom avgångarna flyttas av väder och köer.';

const hypothesis = (lines: string[]) => ['kind: hypothesis', 'title: Färjeresenärer vill se färjan', ...lines, ''].join('\n');

/** open → testing (tags added) → renamed → supported (review_by gone, statement longer), with an unrelated commit in between. */
function ferryRepo(lifetime: Lifetime = 'test'): { repo: TempRepo; shas: string[] } {
  const repo = makeRepo({}, { git: true, lifetime });
  repo.write(OLD_PATH, hypothesis([`statement: ${STATEMENT}`, 'status: open', 'review_by: 2026-10-01']));
  repo.write('learning/hypotheses/annat.yaml', hypothesis(['statement: Annat', 'status: open']));
  const created = commitAll(repo, 'Lägg till färjehypotesen', '2026-09-01T10:00:00+02:00', 'Åsa Öberg');
  repo.write(OLD_PATH, hypothesis([`statement: ${STATEMENT}`, 'status: testing', 'review_by: 2026-10-01', 'tags: [färja, realtid]']));
  const testing = commitAll(repo, 'Start testing with the panel', '2026-09-10T09:30:00+02:00');
  repo.write('learning/hypotheses/annat.yaml', hypothesis(['statement: Annat', 'status: testing']));
  commitAll(repo, 'Another record', '2026-09-12T08:00:00+02:00');
  repo.git('mv', OLD_PATH, NEW_PATH);
  const renamed = commitAll(repo, 'Rename the ferry hypothesis', '2026-09-15T11:00:00+02:00');
  repo.write(NEW_PATH, hypothesis([`statement: ${LONG_STATEMENT}`, 'status: supported', 'tags: [färja, realtid]']));
  const supported = commitAll(repo, 'Supported by the panel', '2026-10-02T16:45:00+02:00', 'Åsa Öberg');
  return { repo, shas: [supported, renamed, testing, created] };
}

/** One ferry repository for the tests that only read it: its five commits cost more than a log. */
let sharedFerry: { repo: TempRepo; shas: string[] } | undefined;
const readOnlyFerryRepo = () => (sharedFerry ??= ferryRepo('file'));

describe('hypo log --format json', () => {
  it('gives the status path, and each commit that changed the file with its fields, across a rename', async () => {
    const { repo, shas } = readOnlyFerryRepo();
    const json = await logJson(repo.root, 'farjeresenarer-vill-se-f');
    expect(json.id).toBe('farjeresenarer-vill-se-farjan');
    expect(json.file).toBe(NEW_PATH);
    expect(json.transitions).toEqual(['open', 'testing', 'supported']);
    expect(json.uncommitted).toBe(false);
    expect(json.commits.map(({ sha, date, author, subject, file }) => ({ sha, date, author, subject, file }))).toEqual([
      { sha: shas[0], date: '2026-10-02T16:45:00+02:00', author: 'Åsa Öberg', subject: 'Supported by the panel', file: NEW_PATH },
      { sha: shas[1], date: '2026-09-15T11:00:00+02:00', author: 'Test Person', subject: 'Rename the ferry hypothesis', file: NEW_PATH },
      { sha: shas[2], date: '2026-09-10T09:30:00+02:00', author: 'Test Person', subject: 'Start testing with the panel', file: OLD_PATH },
      { sha: shas[3], date: '2026-09-01T10:00:00+02:00', author: 'Åsa Öberg', subject: 'Lägg till färjehypotesen', file: OLD_PATH },
    ]);
    expect(json.commits.map((commit) => commit.changes)).toEqual([
      [
        { field: 'status', from: 'testing', to: 'supported' },
        { field: 'statement', from: STATEMENT, to: LONG_STATEMENT },
        { field: 'review_by', from: '2026-10-01', to: null },
      ],
      [],
      [
        { field: 'status', from: 'open', to: 'testing' },
        { field: 'tags', from: null, to: ['färja', 'realtid'] },
      ],
      [
        { field: 'status', from: null, to: 'open' },
        { field: 'kind', from: null, to: 'hypothesis' },
        { field: 'title', from: null, to: 'Färjeresenärer vill se färjan' },
        { field: 'statement', from: null, to: STATEMENT },
        { field: 'review_by', from: null, to: '2026-10-01' },
      ],
    ]);
  });

  it('flags changes in the working tree that are not committed', async () => {
    const { repo } = ferryRepo();
    repo.write(NEW_PATH, hypothesis([`statement: ${LONG_STATEMENT}`, 'status: retired']));
    const json = await logJson(repo.root, 'farjeresenarer-vill-se-farjan');
    expect(json.uncommitted).toBe(true);
    expect(json.commits).toHaveLength(4);
    expect(json.transitions).toEqual(['open', 'testing', 'supported']);
  });

  it('gives one change for a committed version that is not valid YAML', async () => {
    const repo = makeRepo({}, { git: true });
    repo.write('learning/trasig.yaml', hypothesis(['statement: S', 'status: open']));
    commitAll(repo, 'Add', '2026-05-01T12:00:00Z');
    repo.write('learning/trasig.yaml', hypothesis(['statement: S', 'status: [open']));
    commitAll(repo, 'Break it', '2026-05-02T12:00:00Z');
    repo.write('learning/trasig.yaml', hypothesis(['statement: S', 'status: testing']));
    commitAll(repo, 'Mend it', '2026-05-03T12:00:00Z');
    const json = await logJson(repo.root, 'trasig');
    expect(json.transitions).toEqual(['open', 'testing']);
    expect(json.commits.map((commit) => commit.changes)).toEqual([
      [
        { field: '(file)', from: 'not valid YAML', to: null },
        { field: 'status', from: null, to: 'testing' },
        { field: 'kind', from: null, to: 'hypothesis' },
        { field: 'title', from: null, to: 'Färjeresenärer vill se färjan' },
        { field: 'statement', from: null, to: 'S' },
      ],
      [{ field: '(file)', from: null, to: 'not valid YAML' }],
      [
        { field: 'status', from: null, to: 'open' },
        { field: 'kind', from: null, to: 'hypothesis' },
        { field: 'title', from: null, to: 'Färjeresenärer vill se färjan' },
        { field: 'statement', from: null, to: 'S' },
      ],
    ]);
  });

  it('gives no commits for a record that was never committed', async () => {
    const repo = makeRepo({ 'learning/gammal.yaml': hypothesis(['statement: S', 'status: open']) }, { git: true });
    commitAll(repo, 'Add', '2026-05-01T12:00:00Z');
    repo.write('learning/ny.yaml', hypothesis(['statement: Ny', 'status: open']));
    expect(await logJson(repo.root, 'ny')).toEqual({
      id: 'ny',
      file: 'learning/ny.yaml',
      transitions: [],
      commits: [],
      uncommitted: true,
      codeCommits: [],
      warnings: [],
      skipped: [],
    });
  });
});

describe('hypo log --format text', () => {
  it('prints the status path, then each commit with its changed fields', async () => {
    const { repo, shas } = readOnlyFerryRepo();
    const { code, stdout, stderr } = await runCli(['-C', repo.root, 'log', 'farjeresenarer-vill-se-farjan']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const short = shas.map((sha) => sha.slice(0, 7));
    expect(stdout).toBe(
      [
        'farjeresenarer-vill-se-farjan: open → testing → supported',
        '',
        `2026-10-02  ${short[0]}  Åsa Öberg  Supported by the panel`,
        '  status: testing → supported',
        `  statement: ${STATEMENT} → Vi tror att färjeresenärer i skärgården vill se var färjan …`,
        '  - review_by',
        '',
        `2026-09-15  ${short[1]}  Test Person  Rename the ferry hypothesis`,
        `  renamed from ${OLD_PATH}`,
        '',
        `2026-09-10  ${short[2]}  Test Person  Start testing with the panel`,
        '  status: open → testing',
        '  + tags: [färja, realtid]',
        '',
        `2026-09-01  ${short[3]}  Åsa Öberg  Lägg till färjehypotesen`,
        '  + status: open',
        '  + kind: hypothesis',
        '  + title: Färjeresenärer vill se färjan',
        `  + statement: ${STATEMENT}`,
        '  + review_by: 2026-10-01',
        '',
      ].join('\n'),
    );
  });

  it('shows nested result fields, and ends with a note on uncommitted changes', async () => {
    const experiment = (lines: string[]) => ['kind: experiment', 'title: Kundpanel', 'tests: [h]', 'method: panel', ...lines, ''].join('\n');
    const repo = makeRepo({ 'learning/kundpanel.yaml': experiment(['status: running']) }, { git: true });
    commitAll(repo, 'Plan', '2026-06-01T12:00:00Z');
    repo.write('learning/kundpanel.yaml', experiment(['status: done', 'result:', '  summary: De flesta tittar före avgång.', '  outcome: supports']));
    commitAll(repo, 'Result', '2026-06-20T12:00:00Z');
    repo.write(
      'learning/kundpanel.yaml',
      experiment(['status: done', 'result:', '  summary: De flesta tittar före avgång.', '  outcome: supports', '# a note']),
    );
    const { code, stdout } = await runCli(['-C', repo.root, 'log', 'kundpanel']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^kundpanel: running → done\n\n2026-06-20 {2}[0-9a-f]{7} {2}Test Person {2}Result\n/);
    expect(stdout).toContain('\n  status: running → done\n  + result.summary: De flesta tittar före avgång.\n  + result.outcome: supports\n\n');
    expect(stdout.endsWith('\n\nlearning/kundpanel.yaml has uncommitted changes, not shown above\n')).toBe(true);
  });

  it('follows the decision of an insight', async () => {
    const insight = ['kind: insight', 'title: Pendlare missar', 'learned: De glömmer.', ''].join('\n');
    const repo = makeRepo({ 'learning/pendlare.yaml': insight }, { git: true });
    commitAll(repo, 'Add', '2026-06-01T12:00:00Z');
    repo.write('learning/pendlare.yaml', `${insight}decision:\n  action: iterate\n  summary: Påminn dem.\n`);
    commitAll(repo, 'Decide', '2026-06-02T12:00:00Z');
    const { stdout } = await runCli(['-C', repo.root, 'log', 'pendlare']);
    expect(stdout).toMatch(/^pendlare: iterate \(no decision changes\)\n/);
    expect(stdout).toContain('Decide\n  + decision.action: iterate\n  + decision.summary: Påminn dem.\n');
  });

  it('says so for a record that was never committed', async () => {
    const repo = makeRepo({ 'learning/ny.yaml': hypothesis(['statement: Ny', 'status: open']) }, { git: true });
    const result = await runCli(['-C', repo.root, 'log', 'ny']);
    expect(result).toEqual({ code: 0, stdout: 'ny: no commits yet: learning/ny.yaml is new and not committed\n', stderr: '' });
  });
});

describe('hypo log: the commits about a record', () => {
  const KASSA = 'learning/hypotheses/h-kassa.yaml';
  const kassa = (status: string) => hypothesis([`statement: ${STATEMENT}`, `status: ${status}`, "code: ['src/kassa/**']"]);

  /** Code before the hypothesis, the hypothesis, a commit touching its code, one naming it in a trailer, one unrelated, its status change. */
  function kassaRepo(): { repo: TempRepo; shas: Record<string, string> } {
    const repo = makeRepo({}, { git: true });
    repo.write('src/kassa/gammal.ts', 'old\n');
    const old = repo.commit('Gammal kassa', '2026-08-01');
    repo.write(KASSA, kassa('open'));
    const added = repo.commit('Lägg till kassahypotesen', '2026-09-01');
    repo.write('src/kassa/betala.ts', 'pay\n');
    repo.write('src/kassa/swish.ts', 'swish\n');
    repo.write('README.md', 'readme\n');
    const code = repo.commit('Betala med Swish', '2026-09-05');
    repo.write('src/karta/karta.ts', 'map\n');
    const trailer = repo.commit('Ordna kartan \u001b[2J\n\nHypo: h-kassa', '2026-09-07');
    repo.write('src/annat.ts', 'other\n');
    const other = repo.commit('Annat arbete\n\nHypo: h-annat', '2026-09-08');
    repo.write(KASSA, kassa('testing'));
    const testing = repo.commit('Testa kassan', '2026-09-10');
    return { repo, shas: { old, added, code, trailer, other, testing } };
  }

  it('lists in JSON, newest first, the commits touching its code since it came and those whose trailer names it', async () => {
    const { repo, shas } = kassaRepo();
    const json = (await logJson(repo.root, 'h-kassa')) as LogJson & { codeCommits: unknown };
    // Not the code from before the hypothesis, the commit naming another record, nor the record's own commits.
    expect(json.codeCommits).toEqual([
      { sha: shas.trailer, date: '2026-09-07T12:00:00+00:00', subject: 'Ordna kartan \u001b[2J', files: [], byTrailer: true },
      {
        sha: shas.code,
        date: '2026-09-05T12:00:00+00:00',
        subject: 'Betala med Swish',
        files: ['src/kassa/betala.ts', 'src/kassa/swish.ts'],
        byTrailer: false,
      },
    ]);
    expect(json.commits.map((commit) => commit.sha)).toEqual([shas.testing, shas.added]);
  });

  it('shows them in text after the history, the subject one line with escapes visible', async () => {
    const { repo, shas } = kassaRepo();
    const { code, stdout, stderr } = await runCli(['-C', repo.root, 'log', 'h-kassa']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.split('\n\n').at(-1)).toBe(
      [
        'Commits about it (2): its code or a Hypo: trailer, since 2026-09-01',
        `2026-09-07  ${shas.trailer!.slice(0, 7)}  Ordna kartan \\x1b[2J`,
        '  (Hypo: trailer)',
        `2026-09-05  ${shas.code!.slice(0, 7)}  Betala med Swish`,
        '  src/kassa/betala.ts, src/kassa/swish.ts',
        '',
      ].join('\n'),
    );
  });

  it('says so when the record names code and no commit is about it, and says nothing when it names none', async () => {
    const repo = makeRepo({}, { git: true });
    repo.write(KASSA, kassa('open'));
    repo.write('learning/hypotheses/h-utan.yaml', hypothesis(['statement: S', 'status: open']));
    repo.write('src/annat.ts', 'other\n');
    repo.commit('Två hypoteser', '2026-09-01');
    expect((await runCli(['-C', repo.root, 'log', 'h-kassa'])).stdout.split('\n\n').at(-1)).toBe(
      'No commits about it, since 2026-09-01: none touch its code or name it in a Hypo: trailer\n',
    );
    expect((await runCli(['-C', repo.root, 'log', 'h-utan'])).stdout).not.toContain('about it');
  });
});

describe('hypo log failures', () => {
  it('exits 2 for an unknown id', async () => {
    const { repo } = readOnlyFerryRepo();
    const result = await runCli(['-C', repo.root, 'log', 'no-such-record']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('no record has the id "no-such-record"');
  });

  it('exits 2 with a hint outside a git repository', async () => {
    const repo = makeRepo({ 'learning/ny.yaml': hypothesis(['statement: Ny', 'status: open']) });
    const result = await runCli(['-C', repo.root, 'log', 'ny']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^hypo: .* is not in a git repository, so learning\/ny.yaml has no history to show\nhint: hypo log reads the history from git/,
    );
  });
});
