// What to test next, on in-memory records: which hypotheses are listed, the score's parts
// and their reasons, the order, and the method each gets.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/graph.js';
import { nextItemJson } from '../../src/render/next-reasons.js';
import { type NextInput, rankNextTests } from '../../src/report/test-next.js';
import { loadFiles } from '../helpers/load-files.js';

const H = 'learning/hypotheses';
const E = 'learning/experiments';
const I = 'learning/insights';

const hypothesis = (status: string, lines = '') => `kind: hypothesis\ntitle: T\nstatement: s\nstatus: ${status}\n${lines}`;
const experiment = (tests: string, status: string, lines = '', method = 'interview') =>
  `kind: experiment\ntitle: E\ntests: [${tests}]\nmethod: ${method}\nstatus: ${status}\n${lines}`;
const outcome = (value: string) => `result:\n  summary: s\n  outcome: ${value}\n`;

function rank(files: Record<string, string>, options: Partial<Omit<NextInput, 'graph'>> = {}) {
  const loaded = loadFiles(files);
  const invalid = loaded.filter((file) => !file.record).map((file) => file.file);
  expect(invalid, 'every fixture record is valid').toEqual([]);
  // The reasons and the why as the English sentences `hypo next --format json` prints.
  return rankNextTests({
    graph: buildGraph(loaded),
    config: {},
    asOf: '2026-11-25',
    ageOf: () => 0,
    trackedFiles: null,
    ...options,
  }).map(nextItemJson);
}

const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('rankNextTests: which hypotheses', () => {
  it('leaves out the settled ones, and those with strong evidence', () => {
    const items = rank({
      [`${H}/open.yaml`]: hypothesis('open'),
      [`${H}/inconclusive.yaml`]: hypothesis('inconclusive'),
      [`${H}/testing-alone.yaml`]: hypothesis('testing'),
      [`${H}/supported.yaml`]: hypothesis('supported'),
      [`${H}/refuted.yaml`]: hypothesis('refuted'),
      [`${H}/retired.yaml`]: hypothesis('retired'),
      [`${H}/strong-stated.yaml`]: hypothesis('open', 'evidence: strong\n'),
      [`${H}/strong-derived.yaml`]: hypothesis('testing'),
      [`${E}/big-ab-test.yaml`]: experiment('strong-derived', 'done', `sample: 5000\n${outcome('supports')}`, 'ab-test'),
    });
    expect(ids(items).sort()).toEqual(['inconclusive', 'open', 'testing-alone']);
  });

  it('leaves out one being tested, unless its experiment ran past its end', () => {
    const items = rank({
      [`${H}/on-time.yaml`]: hypothesis('testing'),
      [`${E}/running-on-time.yaml`]: experiment('on-time', 'running', 'end: 2026-12-01\n'),
      [`${H}/late.yaml`]: hypothesis('testing'),
      [`${E}/running-late.yaml`]: experiment('late', 'running', 'end: 2026-11-20\n'),
    });
    expect(ids(items)).toEqual(['late']);
    expect(items[0]!.reasons).toContain('"running-late" is still running 5 days after its end 2026-11-20');
  });

  it('lists one whose test is only planned, and suggests running that test', () => {
    const [item] = rank({
      [`${H}/h.yaml`]: hypothesis('testing', 'importance: medium\n'),
      [`${E}/booked.yaml`]: experiment('h', 'planned', '', 'usability-test'),
    });
    expect(item!.reasons).toContain('"booked" is planned and has not started');
    expect(item!.suggested).toEqual({ method: 'usability-test', why: '"booked" is planned already: run it' });
  });
});

describe('rankNextTests: score and reasons', () => {
  it('scores importance × what the evidence lacks, unstated importance as medium', () => {
    const items = rank({
      [`${H}/high-none.yaml`]: hypothesis('open', 'importance: high\n'),
      [`${H}/medium-weak.yaml`]: hypothesis('open', 'importance: medium\nevidence: weak\n'),
      [`${H}/unrated-medium.yaml`]: hypothesis('open', 'evidence: medium\n'),
      [`${H}/low-none.yaml`]: hypothesis('open', 'importance: low\n'),
    });
    expect(items.map((item) => [item.id, item.score, item.importance, item.evidence])).toEqual([
      ['high-none', 9, 'high', 'none'],
      ['medium-weak', 4, 'medium', 'weak'],
      ['low-none', 3, 'low', 'none'],
      ['unrated-medium', 2, null, 'medium'],
    ]);
    expect(items.map((item) => item.reasons[0])).toEqual([
      'high importance, no evidence',
      'medium importance, only weak evidence (stated in the record)',
      'low importance, no evidence',
      'importance not stated (ranked as medium), only medium evidence (stated in the record)',
    ]);
  });

  it('grades the evidence from the done experiments, and says the last test was inconclusive', () => {
    const [item] = rank({
      [`${H}/h.yaml`]: hypothesis('inconclusive', 'importance: high\n'),
      [`${E}/survey.yaml`]: experiment('h', 'done', `sample: 40\n${outcome('inconclusive')}`, 'survey'),
    });
    // A survey (medium) of 40 (under its full 100: weak) that was inconclusive stays weak: never below weak.
    expect(item).toMatchObject({ evidence: 'weak', score: 6 });
    expect(item!.reasons[0]).toBe('high importance, only weak evidence from 1 done experiment, and its last test was inconclusive');
  });

  it('adds one step of urgency for each of: untested too long, review overdue, a journey stage still guessed', () => {
    const files = {
      [`${H}/h.yaml`]: hypothesis('open', 'importance: high\njourney: planera\nreview_by: 2026-11-01\n'),
      [`${H}/tested-elsewhere.yaml`]: hypothesis('supported', 'journey: köpa\n'),
      [`${E}/done.yaml`]: experiment('tested-elsewhere', 'done', outcome('supports')),
    };
    const [item] = rank(files, { ageOf: () => 45, config: { journey: ['planera', 'köpa'], stale_after_days: 30 } });
    expect(item!.score).toBe(3 * (3 + 3));
    expect(item!.reasons).toEqual([
      'high importance, no evidence',
      'open and untested for 45 days (stale after 30)',
      'its review was due 2026-11-01',
      'the journey stage "planera" is still a guess: nothing there is tested',
    ]);
    // Young enough, reviewed in time, in a stage that is tested: no urgency.
    const calm = rank(
      { ...files, [`${H}/h.yaml`]: hypothesis('open', 'importance: high\njourney: köpa\nreview_by: 2026-12-01\n') },
      { ageOf: () => 30, config: { journey: ['planera', 'köpa'], stale_after_days: 30 } },
    );
    expect(calm[0]).toMatchObject({ score: 9, reasons: ['high importance, no evidence'] });
  });

  it('counts the tracked files its code globs match, more code weighing more but never more than 2', () => {
    const files = { [`${H}/h.yaml`]: hypothesis('open', 'importance: low\ncode: ["src/checkout/**", "src/pay.ts"]\n') };
    const tracked = (count: number) => ['src/pay.ts', ...Array.from({ length: count - 1 }, (_, index) => `src/checkout/f${index}.ts`), 'src/other.ts'];
    const score = (count: number) => rank(files, { trackedFiles: tracked(count) })[0]!.score;
    expect(rank(files, { trackedFiles: tracked(1) })[0]!.reasons).toContain('1 tracked file rests on it (code: src/checkout/**, src/pay.ts)');
    expect(rank(files, { trackedFiles: tracked(9) })[0]!.reasons).toContain('9 tracked files rest on it (code: src/checkout/**, src/pay.ts)');
    expect([score(1), score(9), score(99), score(500)]).toEqual([3.3, 4, 5, 5]);
    // No git: the code is not counted, and not mentioned.
    expect(rank(files)[0]).toMatchObject({ score: 3, reasons: ['low importance, no evidence'] });
  });

  it('counts insights about it with no decision, whether they name it or come from its experiments', () => {
    const [item] = rank({
      [`${H}/h.yaml`]: hypothesis('inconclusive', 'importance: medium\n'),
      [`${E}/e.yaml`]: experiment('h', 'done', outcome('inconclusive')),
      [`${I}/from-e.yaml`]: 'kind: insight\ntitle: I\nlearned: l\nfrom: [e]\n',
      [`${I}/naming-h.yaml`]: 'kind: insight\ntitle: I\nlearned: l\nhypotheses: [h]\n',
      [`${I}/decided.yaml`]: 'kind: insight\ntitle: I\nlearned: l\nhypotheses: [h]\ndecision:\n  action: iterate\n  summary: s\n',
    });
    expect(item!.reasons).toContain('2 insights about it with no decision yet: from-e, naming-h');
    // Weak evidence (an inconclusive interview) lacks 2; two undecided insights add 2.
    expect(item!.score).toBe(2 * (2 + 2));
  });

  it('orders ties by importance, then by less evidence, then by longer wait, then by id', () => {
    const items = rank(
      {
        // high × weak (3 × 2) and medium × none (2 × 3) tie at 6: the more important first.
        [`${H}/z-high-weak.yaml`]: hypothesis('open', 'importance: high\nevidence: weak\n'),
        [`${H}/y-medium-none.yaml`]: hypothesis('open', 'importance: medium\n'),
        // medium × (weak 2 + review 1) ties at 6 too: with more evidence, after the one with none.
        [`${H}/x-medium-weak-review.yaml`]: hypothesis('open', 'importance: medium\nevidence: weak\nreview_by: 2026-11-01\n'),
        // Three at 2 × (3 + 1) = 8: the oldest first, then by id.
        [`${H}/b-review.yaml`]: hypothesis('open', 'importance: medium\nreview_by: 2026-11-01\n'),
        [`${H}/a-review.yaml`]: hypothesis('open', 'importance: medium\nreview_by: 2026-11-01\n'),
        [`${H}/c-review-old.yaml`]: hypothesis('open', 'importance: medium\nreview_by: 2026-11-01\n'),
      },
      { ageOf: (file) => (file.includes('old') ? 20 : 10) },
    );
    expect(items.map((item) => [item.id, item.score])).toEqual([
      ['c-review-old', 8],
      ['a-review', 8],
      ['b-review', 8],
      ['z-high-weak', 6],
      ['y-medium-none', 6],
      ['x-medium-weak-review', 6],
    ]);
  });
});
