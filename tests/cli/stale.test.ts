// hypo stale on real git repositories with backdated commits: the exact list, with
// reasons, lines and ages, in every format; and without git or with a shallow clone.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeRepo, makeTempDir, type TempRepo } from '../helpers/temp-repo.js';

const hypothesis = (status: string, extra = '') => `kind: hypothesis\ntitle: T\nstatement: s\nstatus: ${status}\n${extra}`;
const experiment = (tests: string, status: string, extra = '') => `kind: experiment\ntitle: E\ntests: [${tests}]\nmethod: survey\nstatus: ${status}\n${extra}`;

/**
 * A repository whose records were committed on known days; as of 2026-11-25. Every test here
 * only reads it, and its commits cost more than a stale run: it is built once for the file.
 */
let shared: TempRepo | undefined;
function staleRepo(): TempRepo {
  shared ??= buildStaleRepo();
  return shared;
}

function buildStaleRepo(): TempRepo {
  const repo = makeRepo({}, { git: true, config: 'stale_after_days: 30\n', lifetime: 'file' });
  repo.write('learning/h/old-open.yaml', hypothesis('open'));
  repo.write('learning/h/testing-alone.yaml', hypothesis('testing'));
  repo.write('learning/h/testing-tested.yaml', hypothesis('testing'));
  repo.write('learning/e/done-one.yaml', experiment('testing-alone', 'done', 'result:\n  summary: s\n  outcome: supports\n'));
  repo.write('learning/e/running-late.yaml', experiment('testing-tested', 'running', 'start: 2026-10-01\nend: 2026-11-01\n'));
  // What was learned from the done experiment is written down: it is not stale.
  repo.write('learning/i/from-done-one.yaml', 'kind: insight\ntitle: Learned\nlearned: l\nfrom: [done-one]\n');
  repo.commit('First records', '2026-09-01');
  repo.write('learning/h/young-open.yaml', hypothesis('open'));
  repo.write('learning/h/created-long-ago.yaml', hypothesis('open', 'created: 2026-01-01\n'));
  repo.write('learning/i/review-due.yaml', 'kind: insight\ntitle: I\nlearned: l\nreview_by: 2026-11-20\n');
  repo.commit('More records', '2026-11-10');
  repo.write('learning/h/uncommitted-open.yaml', hypothesis('open'));
  return repo;
}

const stale = async (repo: TempRepo, ...args: string[]) => {
  const result = await runCli(['-C', repo.root, 'stale', '--as-of', '2026-11-25', ...args]);
  return { ...result, json: args.includes('json') ? JSON.parse(result.stdout) : undefined };
};

describe('hypo stale', () => {
  it('lists exactly the stale records, with reason, line, age and message', async () => {
    const repo = staleRepo();
    const { code, json, stderr } = await stale(repo, '--format', 'json');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(json).toEqual({
      asOf: '2026-11-25',
      stale: [
        {
          id: 'running-late',
          kind: 'experiment',
          file: 'learning/e/running-late.yaml',
          line: 7,
          reason: 'experiment-overdue',
          ageDays: 85,
          message: 'still running 24 days after its end 2026-11-01: finish it with a result',
        },
        {
          id: 'created-long-ago',
          kind: 'hypothesis',
          file: 'learning/h/created-long-ago.yaml',
          line: 4,
          reason: 'untested',
          ageDays: 328,
          message: 'open and untested for 328 days (stale after 30): test it, or retire it',
        },
        {
          id: 'old-open',
          kind: 'hypothesis',
          file: 'learning/h/old-open.yaml',
          line: 4,
          reason: 'untested',
          ageDays: 85,
          message: 'open and untested for 85 days (stale after 30): test it, or retire it',
        },
        {
          id: 'testing-alone',
          kind: 'hypothesis',
          file: 'learning/h/testing-alone.yaml',
          line: 4,
          reason: 'testing-without-experiment',
          ageDays: 85,
          message: 'marked testing, but no planned or running experiment tests it',
        },
        {
          id: 'review-due',
          kind: 'insight',
          file: 'learning/i/review-due.yaml',
          line: 4,
          reason: 'review-overdue',
          ageDays: 15,
          message: 'review was due 2026-11-20, 5 days ago',
        },
      ],
      warnings: [],
      skipped: [],
    });
  });

  it('takes --days and --as-of', async () => {
    const repo = staleRepo();
    const longer = await stale(repo, '--days', '90', '--format', 'json');
    expect(longer.json.stale.map((finding: { id: string }) => finding.id)).toEqual(['running-late', 'created-long-ago', 'testing-alone', 'review-due']);
    const earlier = await runCli(['-C', repo.root, 'stale', '--as-of', '2026-09-15', '--format', 'json']);
    // As the repository was on 15 September: created-long-ago was first committed in November, so it was not there yet.
    const json = JSON.parse(earlier.stdout);
    expect(json.stale.map((finding: { id: string; reason: string }) => `${finding.id}:${finding.reason}`)).toEqual([
      'testing-alone:testing-without-experiment',
    ]);
    // The record never committed counts as it is now, and the report says so.
    expect(json.warnings).toEqual(['1 record has no commits yet: shown as it is now, not as of 2026-09-15']);
  });

  it('exits 0 with --warn, and 0 when nothing is stale', async () => {
    const repo = staleRepo();
    expect((await stale(repo, '--warn')).code).toBe(0);
    const clean = makeRepo({ 'learning/h/a.yaml': hypothesis('open', 'created: 2026-11-20\n') }, { git: true });
    clean.commit('one', '2026-11-20');
    const result = await runCli(['-C', clean.root, 'stale', '--as-of', '2026-11-25']);
    expect(result).toEqual({ code: 0, stdout: '✔ nothing stale as of 2026-11-25\n', stderr: '' });
  });

  it('prints one line per finding, file:line first', async () => {
    const { stdout } = await stale(staleRepo());
    expect(stdout.split('\n')).toEqual([
      'learning/e/running-late.yaml:7 experiment-overdue running-late: still running 24 days after its end 2026-11-01: finish it with a result',
      'learning/h/created-long-ago.yaml:4 untested created-long-ago: open and untested for 328 days (stale after 30): test it, or retire it',
      'learning/h/old-open.yaml:4 untested old-open: open and untested for 85 days (stale after 30): test it, or retire it',
      'learning/h/testing-alone.yaml:4 testing-without-experiment testing-alone: marked testing, but no planned or running experiment tests it',
      'learning/i/review-due.yaml:4 review-overdue review-due: review was due 2026-11-20, 5 days ago',
      '✖ 5 stale records as of 2026-11-25',
      '',
    ]);
  });

  it('annotates the line of the field for GitHub', async () => {
    const { stdout } = await stale(staleRepo(), '--format', 'github');
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe(
      '::error file=learning/e/running-late.yaml,line=7,title=hypo stale%3A experiment-overdue::running-late: still running 24 days after its end 2026-11-01: finish it with a result',
    );
    expect(lines).toHaveLength(6);
    const warned = await stale(staleRepo(), '--format', 'github', '--warn');
    expect(warned.stdout.startsWith('::warning file=learning/e/running-late.yaml,line=7,')).toBe(true);
  });

  it('works from created alone outside git, with one warning', async () => {
    const dir = makeTempDir('hypo-nogit-');
    const repo = { root: dir };
    execFileSync('mkdir', ['-p', path.join(dir, 'learning/h')]);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(dir, 'hypo.config.yaml'), '');
    writeFileSync(path.join(dir, 'learning/h/old.yaml'), hypothesis('open', 'created: 2026-01-01\n'));
    writeFileSync(path.join(dir, 'learning/h/undated.yaml'), hypothesis('open'));
    const json = await runCli(['-C', repo.root, 'stale', '--as-of', '2026-11-25', '--format', 'json']);
    expect(JSON.parse(json.stdout)).toMatchObject({
      stale: [{ id: 'old', reason: 'untested', ageDays: 328 }],
      warnings: ['not a git repository: ages count from each record’s `created` field alone'],
    });
    const text = await runCli(['-C', repo.root, 'stale', '--as-of', '2026-11-25']);
    expect(text.stderr).toBe('hypo: warning: not a git repository: ages count from each record’s `created` field alone\n');
    expect(text.code).toBe(1);
  });

  it('warns on a shallow clone and says how to fix it', async () => {
    const origin = staleRepo();
    const clone = makeTempDir('hypo-shallow-');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin.root}`, clone]);
    const result = await runCli(['-C', clone, 'stale', '--as-of', '2026-11-25', '--format', 'json']);
    const json = JSON.parse(result.stdout);
    expect(json.warnings).toHaveLength(1);
    expect(json.warnings[0]).toContain('shallow clone');
    expect(json.warnings[0]).toContain('fetch-depth: 0');
    // old-open now looks 15 days old: the shallow history starts at the last commit.
    expect(json.stale.map((finding: { id: string }) => finding.id)).not.toContain('old-open');
  });

  it('rejects a bad --as-of or --days with exit 2', async () => {
    const repo = staleRepo();
    expect((await runCli(['-C', repo.root, 'stale', '--as-of', '2026-02-30'])).code).toBe(2);
    const days = await runCli(['-C', repo.root, 'stale', '--days', 'soon']);
    expect(days.code).toBe(2);
    expect(days.stderr).toContain('--days soon: not a whole number of at least 1');
  });
});
