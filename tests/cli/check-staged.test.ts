// hypo check --staged: the records as git's index holds them, what the next commit contains,
// read through one `git cat-file --batch`, with check's own output and exit codes.
import { describe, expect, it } from 'vitest';
import { readStagedRecordFiles } from '../../src/store/staged-files.js';
import { countingGit } from '../helpers/counting-git.js';
import { QUALITY_OFF } from '../helpers/records.js';
import { checkJson, runCli } from '../helpers/run-cli.js';
import { makeRepo, type TempRepo } from '../helpers/temp-repo.js';

const hypothesis = (status = 'open', title = 'T') => `kind: hypothesis\ntitle: ${title}\nstatement: s\nstatus: ${status}\n`;
const experiment = (tests: string) => `kind: experiment\ntitle: E\ntests: [${tests}]\nmethod: survey\nstatus: planned\n`;

function committedRepo(): TempRepo {
  // About what --staged reads: the quality group (tested on its own) is off.
  const repo = makeRepo({}, { git: true, config: QUALITY_OFF });
  repo.write('learning/h/alpha.yaml', hypothesis('open', 'Färjeresenärer vill se färjan'));
  repo.write('learning/e/tests-alpha.yaml', experiment('alpha'));
  repo.write('learning/i/about-alpha.yaml', 'kind: insight\ntitle: I\nlearned: l\nhypotheses: [alpha]\n');
  repo.commit('Records', '2026-10-01');
  return repo;
}

describe('hypo check --staged', () => {
  it('reads staged content: a broken staged record fails even when the working tree is fixed again', async () => {
    const repo = committedRepo();
    repo.write('learning/h/alpha.yaml', hypothesis('testin', 'Färjeresenärer vill se färjan'));
    repo.git('add', 'learning/h/alpha.yaml');
    repo.write('learning/h/alpha.yaml', hypothesis('testing', 'Färjeresenärer vill se färjan'));
    const staged = await runCli(['-C', repo.root, 'check', '--staged']);
    expect(staged.code).toBe(1);
    // check's own text: the place, the message, the code frame of the staged text, the summary.
    expect(staged.stdout).toContain('learning/h/alpha.yaml:4:9 error status must be one of');
    expect(staged.stdout).toContain('> 4 | status: testin');
    expect(staged.stdout).toMatch(/✖ 1 error, 0 warnings in 1 of 3 files/);
    expect((await runCli(['-C', repo.root, 'check'])).code).toBe(0);
  });

  it('checks a staged deletion: the records pointing at the deleted one fail', async () => {
    const repo = committedRepo();
    repo.git('rm', '-q', 'learning/h/alpha.yaml');
    const { code, json } = await checkJson(repo.root, '--staged');
    expect(code).toBe(1);
    expect(json.files).toBe(2);
    expect(json.problems.map((problem) => `${problem.file}:${problem.rule}`)).toEqual([
      'learning/e/tests-alpha.yaml:unknown-reference',
      'learning/i/about-alpha.yaml:unknown-reference',
    ]);
  });

  it('leaves out untracked drafts and unstaged edits, and checks every staged record', async () => {
    const repo = committedRepo();
    repo.write('learning/h/draft.yaml', 'kind: hypothesis\ntitle: [unfinished\n');
    repo.write('learning/e/tests-alpha.yaml', experiment('alpha, nobody'));
    const { code, json } = await checkJson(repo.root, '--staged');
    expect(code).toBe(0);
    expect(json).toEqual({ ok: true, files: 3, records: 3, problems: [] });
    // A committed broken record is in the index too: it fails, though this commit does not touch it.
    repo.write('learning/h/beta.yaml', 'kind: hypothesis\ntitle: B\n');
    repo.git('add', 'learning/h/beta.yaml');
    repo.git('commit', '-q', '-m', 'Broken');
    expect((await checkJson(repo.root, '--staged')).json.problems.map((problem) => `${problem.file}:${problem.rule}`)).toEqual([
      'learning/h/beta.yaml:missing-field',
      'learning/h/beta.yaml:missing-field',
    ]);
  });

  it('gives github annotations at the staged line', async () => {
    const repo = committedRepo();
    repo.write('learning/h/alpha.yaml', hypothesis('nope'));
    repo.git('add', '-A');
    const { code, stdout } = await runCli(['-C', repo.root, 'check', '--staged', '--format', 'github']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^::error file=learning\/h\/alpha\.yaml,line=4,col=9,title=hypo invalid-value::status must be one of/m);
  });

  it('reads the whole index with one ls-files and one cat-file, however many records', async () => {
    const repo = committedRepo();
    for (let index = 0; index < 20; index++) repo.write(`learning/h/more-${index}.yaml`, hypothesis());
    repo.git('add', '-A');
    const git = countingGit(repo.root);
    const files = await readStagedRecordFiles(git, { root: repo.root, recordRoot: 'learning', exclude: new Set() });
    expect(files).toHaveLength(23);
    expect(files.every((file) => file.problems.length === 0)).toBe(true);
    expect(git.calls.map((args) => args[0])).toEqual(['ls-files', 'cat-file']);
  });

  it('is a usage error outside git and together with --changed', async () => {
    const plain = makeRepo({ 'learning/h/alpha.yaml': hypothesis() });
    const outside = await runCli(['-C', plain.root, 'check', '--staged']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('is not in a git repository, so hypo check --staged has no staged content to read');
    const both = await runCli(['-C', committedRepo().root, 'check', '--staged', '--changed']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("option '--staged' cannot be used with option '--changed");
  });
});
