// One git log walk gives every record file its first and last commit, following renames.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_GIT_WARNING, readRepositoryHistory, SHALLOW_WARNING } from '../../src/store/git-history.js';
import { countingGit } from '../helpers/counting-git.js';
import { HYPOTHESIS } from '../helpers/records.js';
import { makeRepo, makeTempDir } from '../helpers/temp-repo.js';

const scope = (root: string) => ({ root, gitRoot: root, recordRoot: 'learning' });

describe('readRepositoryHistory', () => {
  it('dates the records of a hypo root in a folder below the git top level, by their paths from that root', async () => {
    const repo = makeRepo({ 'team/learning/h/färja.yaml': HYPOTHESIS, 'learning/h/färja.yaml': HYPOTHESIS }, { git: true });
    repo.commit('Add hypotheses', '2026-01-05');
    repo.write('team/learning/h/färja.yaml', `${HYPOTHESIS}importance: high\n`);
    repo.commit('Raise importance', '2026-02-01');
    const root = path.join(repo.root, 'team');
    const history = await readRepositoryHistory({ root, gitRoot: repo.root, recordRoot: 'learning' }, countingGit(root), ['learning/h/färja.yaml']);
    expect([...history.files.keys()]).toEqual(['learning/h/färja.yaml']);
    const versions = history.files.get('learning/h/färja.yaml')!.versions;
    expect(versions.map((version) => [version.gitPath, version.commit.subject])).toEqual([
      ['team/learning/h/färja.yaml', 'Raise importance'],
      ['team/learning/h/färja.yaml', 'Add hypotheses'],
    ]);
  });

  it('finds the adding and the last changing commit of each file, across renames', async () => {
    const repo = makeRepo({ 'learning/h/old-name.yaml': HYPOTHESIS, 'learning/h/gone.yaml': HYPOTHESIS }, { git: true });
    repo.commit('Add two hypotheses', '2026-01-05');
    repo.write('learning/h/old-name.yaml', `${HYPOTHESIS}importance: high\n`);
    repo.commit('Raise importance', '2026-02-01');
    repo.git('mv', 'learning/h/old-name.yaml', 'learning/h/new-name.yaml');
    repo.git('rm', '-q', 'learning/h/gone.yaml');
    repo.commit('Rename, and drop one', '2026-03-01');
    repo.write('learning/h/gone.yaml', HYPOTHESIS.replace('Riders', 'Other riders'));
    repo.write('learning/h/fresh.yaml', HYPOTHESIS);
    repo.commit('Add a new one under an old name', '2026-04-10');
    repo.write('learning/h/uncommitted.yaml', HYPOTHESIS);
    repo.write('src/unrelated.ts', 'export {};\n');
    repo.commit('Code only', '2026-05-01');

    // Committed once, deleted, then written again and not committed: the file on disk has no history.
    rmSync(path.join(repo.root, 'learning/h/uncommitted.yaml'));
    repo.commit('Drop one', '2026-05-02');
    repo.write('learning/h/uncommitted.yaml', HYPOTHESIS);
    const files = ['learning/h/fresh.yaml', 'learning/h/gone.yaml', 'learning/h/new-name.yaml', 'learning/h/uncommitted.yaml'];
    const history = await readRepositoryHistory(scope(repo.root), countingGit(repo.root), files);
    const dates = Object.fromEntries(
      [...history.files].map(([file, h]) => [file, [h.added?.date.slice(0, 10), h.changed?.date.slice(0, 10), h.changed?.subject]]),
    );
    expect(dates).toEqual({
      'learning/h/fresh.yaml': ['2026-04-10', '2026-04-10', 'Add a new one under an old name'],
      'learning/h/gone.yaml': ['2026-04-10', '2026-04-10', 'Add a new one under an old name'],
      'learning/h/new-name.yaml': ['2026-01-05', '2026-03-01', 'Rename, and drop one'],
    });
    expect(history.files.get('learning/h/new-name.yaml')?.added?.author).toBe('Test Person');
    expect(history).toMatchObject({ available: true, shallow: false, warnings: [] });
    // Every version with the path it had, newest first: what the repository looked like on any day.
    const versions = (list: readonly { commit: { date: string }; gitPath: string }[]) => list.map((v) => `${v.commit.date.slice(0, 10)} ${v.gitPath}`);
    expect(versions(history.files.get('learning/h/new-name.yaml')!.versions)).toEqual([
      '2026-03-01 learning/h/new-name.yaml',
      '2026-02-01 learning/h/old-name.yaml',
      '2026-01-05 learning/h/old-name.yaml',
    ]);
    // Each version names its blob, the content git holds for the file at that commit.
    for (const version of history.files.get('learning/h/new-name.yaml')!.versions) {
      expect(version.blob).toBe(repo.git('rev-parse', `${version.commit.sha}:${version.gitPath}`).trim());
    }
    // The records deleted since, each with its own line of history: the old gone.yaml is not the new one.
    expect(history.deleted.map((gone) => [gone.deleted.date.slice(0, 10), versions(gone.versions)])).toEqual([
      ['2026-05-02', ['2026-05-01 learning/h/uncommitted.yaml']],
      ['2026-03-01', ['2026-01-05 learning/h/gone.yaml']],
    ]);
  });

  it('starts the same two git processes for 3 records as for 60', async () => {
    const counts: number[] = [];
    for (const size of [3, 60]) {
      const repo = makeRepo({}, { git: true });
      const files = Array.from({ length: size }, (_, i) => `learning/h/h${i}.yaml`);
      for (const [i, file] of files.entries()) {
        repo.write(file, HYPOTHESIS);
        if (i % 10 === 0) repo.commit(`batch ${i}`, '2026-01-05');
      }
      repo.commit('rest', '2026-01-06');
      const git = countingGit(repo.root);
      const history = await readRepositoryHistory(scope(repo.root), git, files);
      expect(history.files.size).toBe(size);
      counts.push(git.calls.length);
    }
    expect(counts).toEqual([2, 2]);
  });

  it('warns on a shallow clone', async () => {
    const origin = makeRepo({ 'learning/h/a.yaml': HYPOTHESIS }, { git: true });
    origin.commit('one', '2026-01-05');
    origin.write('learning/h/b.yaml', HYPOTHESIS);
    origin.commit('two', '2026-02-05');
    const clone = makeTempDir('hypo-shallow-');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin.root}`, clone]);
    const history = await readRepositoryHistory(scope(clone), countingGit(clone), ['learning/h/a.yaml']);
    expect(history.shallow).toBe(true);
    expect(history.warnings).toEqual([SHALLOW_WARNING]);
    // The shallow history starts at the one commit it has.
    expect(history.files.get('learning/h/a.yaml')?.added?.date.slice(0, 10)).toBe('2026-02-05');
  });

  it('has no history and one warning outside git', async () => {
    const history = await readRepositoryHistory({ root: '/nowhere', recordRoot: 'learning' }, countingGit('/'), ['learning/a.yaml']);
    expect(history).toEqual({ available: false, shallow: false, files: new Map(), deleted: [], warnings: [NO_GIT_WARNING] });
  });

  it('has an empty history in a repository without commits', async () => {
    const repo = makeRepo({ 'learning/h/a.yaml': HYPOTHESIS }, { git: true });
    const history = await readRepositoryHistory(scope(repo.root), countingGit(repo.root), ['learning/h/a.yaml']);
    expect(history.files.size).toBe(0);
    expect(history.warnings).toEqual([]);
  });
});
