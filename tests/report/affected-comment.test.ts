// The model of the pull-request comment: per changed file the records it rests on, the
// worrying ones first, with a hypothesis's evidence and the last decision about it.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/graph.js';
import { methodCatalogue } from '../../src/model/method-catalogue.js';
import { skippedRecords } from '../../src/model/skipped-records.js';
import { affectedComment, type CommentInput } from '../../src/report/affected-comment.js';
import type { AffectedReport } from '../../src/report/affected-report.js';
import { type FileDates, recordDates } from '../../src/report/record-dates.js';
import { findAffectedRecords } from '../../src/rules/affected.js';
import { loadFiles } from '../helpers/load-files.js';

const H = 'learning/hypotheses';
const E = 'learning/experiments';
const I = 'learning/insights';

const hypothesis = (title: string, status: string, code: string, lines = '') =>
  `kind: hypothesis\ntitle: ${title}\nstatement: s\nstatus: ${status}\ncode: ${code}\n${lines}`;
const insight = (lines: string) => `kind: insight\ntitle: I\nlearned: l\n${lines}`;

const FILES: Record<string, string> = {
  [`${H}/cart-supported.yaml`]: hypothesis('Kassan', 'supported', '[src/cart/**]'),
  [`${H}/cart-open.yaml`]: hypothesis('Öppen', 'open', '[src/cart/**, src/map/**]'),
  [`${H}/cart-refuted.yaml`]: hypothesis('Motbevisad', 'refuted', '[src/cart/**]', 'evidence: medium\n'),
  [`${H}/map-testing.yaml`]: hypothesis('Testas', 'testing', '[src/map/**]'),
  [`${H}/map-retired.yaml`]: hypothesis('Pensionerad', 'retired', '[src/map/**]'),
  [`${H}/fine.yaml`]: hypothesis('Fin', 'supported', '[src/aaa/**]', 'evidence: strong\n'),
  [`${H}/broken.yaml`]: hypothesis('Trasig', 'bogus', '[src/zzz/**, src/bad/**]'),
  [`${E}/ab.yaml`]:
    'kind: experiment\ntitle: A/B\ntests: [cart-supported]\nmethod: ab-test\nstatus: done\nsample: 2000\nresult:\n  summary: s\n  outcome: supports\ncode: [src/zzz/**]\n',
  // Drawn from the experiment, dated in the decision.
  [`${I}/from-ab.yaml`]: insight('from: [ab]\ndecision:\n  action: persevere\n  summary: Roll it out\n  date: 2026-10-08\n'),
  // About the hypothesis, dated by git: older.
  [`${I}/about.yaml`]: insight('hypotheses: [cart-supported]\ndecision:\n  action: iterate\n  summary: Try again\n'),
  // No decision: never the last decision.
  [`${I}/undecided.yaml`]: insight('hypotheses: [cart-supported]\ncode: [src/zzz/**]\n'),
};

const FILE_DATES: Record<string, FileDates> = { [`${I}/about.yaml`]: { added: '2026-09-20', changed: '2026-09-30' } };

function comment(changed: string[], options: { pathsGiven?: boolean; since?: string | null; files?: Record<string, string> } = {}) {
  const loaded = loadFiles(options.files ?? FILES);
  const graph = buildGraph(loaded);
  const report: AffectedReport = {
    since: options.since === undefined ? 'main' : options.since,
    changed,
    affected: findAffectedRecords(loaded, graph, changed, () => 0),
    failOn: [],
    skipped: skippedRecords({ files: loaded, graph, problems: [] }),
    unread: [],
  };
  const input: CommentInput = {
    graph,
    catalogue: methodCatalogue(undefined),
    dates: recordDates((file) => FILE_DATES[file] ?? {}, '2026-11-25'),
    pathsGiven: options.pathsGiven ?? false,
  };
  return affectedComment(report, input);
}

/** The last decision the comment gives hypothesis `id`, changing `file`. */
function lastDecisionOf(id: string, file: string, files: Record<string, string>) {
  return comment([file], { files }).files[0]?.records.find((record) => record.id === id)?.decision;
}

describe('affectedComment', () => {
  it('lists each changed file with its records: refuted, then untested, then the rest', () => {
    const result = comment(['src/cart/pay.ts', 'src/other.ts']);
    expect(result.files.map((file) => [file.file, file.records.map((record) => [record.id, record.flag])])).toEqual([
      [
        'src/cart/pay.ts',
        [
          ['cart-refuted', 'refuted'],
          ['cart-open', 'untested'],
          ['cart-supported', null],
        ],
      ],
    ]);
    expect(result).toMatchObject({ scope: { since: 'main' }, changed: 2, records: 3, flagged: { refuted: 1, untested: 1, invalid: 0 } });
  });

  it('gives a hypothesis its evidence, stated or graded, and the newest decision about it', () => {
    const [cart] = comment(['src/cart/pay.ts']).files;
    const byId = new Map(cart!.records.map((record) => [record.id, record]));
    expect(byId.get('cart-supported')).toEqual({
      id: 'cart-supported',
      kind: 'hypothesis',
      status: 'supported',
      title: 'Kassan',
      flag: null,
      evidence: { level: 'strong', stated: false },
      decision: { action: 'persevere', date: '2026-10-08', summary: 'Roll it out', insight: 'from-ab' },
    });
    expect(byId.get('cart-refuted')).toMatchObject({ evidence: { level: 'medium', stated: true }, decision: null });
  });

  it('dates a decision without a date by the day git last changed its insight', () => {
    const files = { ...FILES, [`${I}/from-ab.yaml`]: insight('from: [ab]\ndecision:\n  action: persevere\n  summary: Roll it out\n  date: 2026-09-01\n') };
    expect(lastDecisionOf('cart-supported', 'src/cart/a.ts', files)).toEqual({ action: 'iterate', date: '2026-09-30', summary: 'Try again', insight: 'about' });
  });

  it('takes a decision drawn from a shared experiment only when its insight names no hypotheses, or this one', () => {
    const decided = (date: string, hypotheses = '') => insight(`from: [panel]\n${hypotheses}decision:\n  action: stop\n  summary: ${date}\n  date: ${date}\n`);
    const files = {
      [`${H}/ferry.yaml`]: hypothesis('Färjan', 'testing', '[src/ferry/**]'),
      [`${H}/delays.yaml`]: hypothesis('Förseningar', 'testing', '[]'),
      [`${E}/panel.yaml`]: 'kind: experiment\ntitle: Panel\ntests: [ferry, delays]\nmethod: panel\nstatus: running\n',
      [`${I}/general.yaml`]: decided('2026-10-01'),
      [`${I}/on-delays.yaml`]: decided('2026-11-01', 'hypotheses: [delays]\n'),
    };
    expect(lastDecisionOf('ferry', 'src/ferry/a.ts', files)).toMatchObject({ insight: 'general', date: '2026-10-01' });
    const naming = { ...files, [`${I}/on-both.yaml`]: decided('2026-11-02', 'hypotheses: [delays, ferry]\n') };
    expect(lastDecisionOf('ferry', 'src/ferry/a.ts', naming)).toMatchObject({ insight: 'on-both' });
  });

  it('counts a hypothesis with no evidence as untested, unless it is retired', () => {
    const [map] = comment(['src/map/x.ts']).files;
    expect(map!.records.map((record) => [record.id, record.flag, record.evidence?.level])).toEqual([
      ['cart-open', 'untested', 'none'],
      ['map-testing', 'untested', 'none'],
      ['map-retired', null, 'none'],
    ]);
  });

  it('shows an experiment its method, an insight its own decision, and a broken record as invalid', () => {
    const [zzz] = comment(['src/zzz/a.ts']).files;
    expect(zzz!.records).toEqual([
      { id: 'broken', kind: 'hypothesis', status: 'invalid', title: 'Trasig', flag: 'invalid' },
      { id: 'ab', kind: 'experiment', status: 'done', title: 'A/B', flag: null, method: 'ab-test' },
      { id: 'undecided', kind: 'insight', status: 'undecided', title: 'I', flag: null, decision: null },
    ]);
  });

  it('puts the files with a worrying record first, then the rest by path', () => {
    const result = comment(['src/aaa/x.ts', 'src/bad/x.ts', 'src/cart/b.ts', 'src/map/c.ts', 'src/cart/a.ts']);
    expect(result.files.map((file) => file.file)).toEqual(['src/cart/a.ts', 'src/cart/b.ts', 'src/map/c.ts', 'src/bad/x.ts', 'src/aaa/x.ts']);
    expect(comment(['src/zzz/a.ts', 'src/map/c.ts'])).toMatchObject({ records: 6, skipped: 1, flagged: { refuted: 0, untested: 2, invalid: 1 } });
  });

  it('says what was compared', () => {
    expect(comment(['a'], { since: null, pathsGiven: true }).scope).toBe('paths');
    expect(comment(['a'], { since: null }).scope).toBe('uncommitted');
    expect(comment([], { since: 'origin/main' })).toMatchObject({ scope: { since: 'origin/main' }, changed: 0, files: [], records: 0 });
  });
});
