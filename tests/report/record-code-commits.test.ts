// The commits `hypo log` shows as about a record: by its code globs since it came, by a
// trailer naming it whenever; an insight by its decision's code, as `hypo acted` judges it.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/graph.js';
import { commitsAbout, type DatedCommit, recordCode } from '../../src/report/record-code-commits.js';
import { loadFiles } from '../helpers/load-files.js';

const commit = (day: string, files: string[], ids: string[] = []): DatedCommit => ({
  sha: `${day}-${files.join()}`,
  day,
  date: `${day}T12:00:00+02:00`,
  subject: `commit of ${day}`,
  files,
  ids,
});

const graph = buildGraph(
  loadFiles({
    'learning/h-kassa.yaml': "kind: hypothesis\ntitle: H\nstatement: s\nstatus: open\ncode: ['src/kassa/**']\n",
    'learning/e-kassa.yaml': 'kind: experiment\ntitle: E\ntests: [h-kassa]\nmethod: survey\nstatus: done\n',
    'learning/i-kassa.yaml': "kind: insight\ntitle: I\nlearned: l\nfrom: [e-kassa]\ncode: ['src/kvitto.ts']\ndecision:\n  action: stop\n  summary: s\n",
  }),
);

describe('recordCode', () => {
  it('gives a hypothesis or an experiment its own globs and id', () => {
    expect(recordCode('h-kassa', graph)).toEqual({ globs: ['src/kassa/**'], ids: ['h-kassa'] });
    expect(recordCode('e-kassa', graph)).toEqual({ globs: [], ids: ['e-kassa'] });
  });

  it('gives an insight its decision’s code: its globs and those of the hypotheses its experiments test, their ids too', () => {
    expect(recordCode('i-kassa', graph)).toEqual({ globs: ['src/kvitto.ts', 'src/kassa/**'], ids: ['i-kassa', 'h-kassa'] });
  });

  it('gives a record not in the graph (left out for errors) its id alone', () => {
    expect(recordCode('trasig', graph)).toEqual({ globs: [], ids: ['trasig'] });
  });
});

describe('commitsAbout', () => {
  const code = { globs: ['src/kassa/**'], ids: ['h-kassa'] };

  it('keeps the order given, with the files its globs match sorted and whether a trailer names it', () => {
    const commits = [
      commit('2026-09-09', ['src/kassa/z.ts', 'README.md', 'src/kassa/a.ts'], ['h-kassa']),
      commit('2026-09-08', ['src/annat.ts'], ['h-annat']),
      commit('2026-09-07', ['src/annat.ts'], ['h-kassa']),
      commit('2026-09-06', ['src/kassa/b.ts']),
    ];
    expect(commitsAbout(commits, code, '2026-09-01').map(({ date, files, byTrailer }) => ({ date, files, byTrailer }))).toEqual([
      { date: '2026-09-09T12:00:00+02:00', files: ['src/kassa/a.ts', 'src/kassa/z.ts'], byTrailer: true },
      { date: '2026-09-07T12:00:00+02:00', files: [], byTrailer: true },
      { date: '2026-09-06T12:00:00+02:00', files: ['src/kassa/b.ts'], byTrailer: false },
    ]);
  });

  it('counts code touched from the day the record came, and a trailer naming it whenever', () => {
    const commits = [commit('2026-09-01', ['src/kassa/a.ts']), commit('2026-08-31', ['src/kassa/a.ts']), commit('2026-08-30', [], ['h-kassa'])];
    expect(commitsAbout(commits, code, '2026-09-01').map((each) => each.date.slice(0, 10))).toEqual(['2026-09-01', '2026-08-30']);
    // The first day unknown: all the code's commits.
    expect(commitsAbout(commits, code, undefined)).toHaveLength(3);
  });
});
