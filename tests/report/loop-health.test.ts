import { describe, expect, it } from 'vitest';
import { countOutcomes, loopHealth } from '../../src/report/loop-health.js';
import type { TestedItem } from '../../src/report/loop-model.js';
import { median } from '../../src/report/median.js';
import { nodesByKind } from '../../src/report/report-input.js';
import { INSIGHT } from '../helpers/records.js';
import { type ReportInputOptions, reportInput } from '../helpers/report-input.js';

// The period is 2026-10-12 – 2026-10-25; "so far" means up to and including 10-25.
const H = 'learning/hypotheses';
const E = 'learning/experiments';
const I = 'learning/insights';

const hypothesis = (status: string, lines = '') => `kind: hypothesis\ntitle: H\nstatement: s\nstatus: ${status}\n${lines}`;
const experiment = (status: string, lines = '', tests = 'h') => `kind: experiment\ntitle: E\ntests: [${tests}]\nmethod: survey\nstatus: ${status}\n${lines}`;
const doneEnding = (end: string, tests = 'h') => experiment('done', `end: ${end}\nresult:\n  summary: s\n  outcome: supports\n`, tests);
const insight = (date: string, lines = '') => `${INSIGHT}date: ${date}\n${lines}`;
const decision = (date: string) => `decision:\n  action: persevere\n  summary: d\n  date: ${date}\n`;

const NOTHING_IN_PERIOD = { hypothesesOpened: 0, tested: [], insights: 0, decisions: 0 };

function health(files: Record<string, string>, options?: ReportInputOptions, inPeriod: Parameters<typeof loopHealth>[2] = NOTHING_IN_PERIOD) {
  const input = reportInput(files, options);
  return loopHealth(input, nodesByKind(input.graph), inPeriod);
}

const tested = (id: string, outcome: TestedItem['outcome']): TestedItem => ({
  id,
  title: id,
  method: 'survey',
  sample: null,
  outcome,
  summary: '',
  end: '2026-10-20',
  hypotheses: [],
  value: null,
  metrics: [],
});

describe('countOutcomes', () => {
  it('counts each outcome and skips the experiments without one', () => {
    expect(countOutcomes([{ outcome: 'supports' }, { outcome: null }, { outcome: 'inconclusive' }, { outcome: 'supports' }])).toEqual({
      supports: 2,
      refutes: 0,
      inconclusive: 1,
    });
  });

  it('is all zeros for nothing', () => {
    expect(countOutcomes([])).toEqual({ supports: 0, refutes: 0, inconclusive: 0 });
  });
});

describe('median', () => {
  it('is null for no values', () => {
    expect(median([])).toBeNull();
  });

  it('is the middle value of an odd count', () => {
    expect(median([7])).toBe(7);
    expect(median([9, 1, 4])).toBe(4);
  });

  it('is the mean of the two middle values of an even count', () => {
    expect(median([4, 1])).toBe(2.5);
    expect(median([8, 1, 3, 2])).toBe(2.5);
    expect(median([0, 0, 5, 5])).toBe(2.5);
  });

  it('sorts by number, not as text, and leaves the input as it was', () => {
    const values = [10, 9, 1];
    // As text the order would be 1, 10, 9 and the median 10.
    expect(median(values)).toBe(9);
    expect(values).toEqual([10, 9, 1]);
  });
});

describe('loopHealth: the counts of the period', () => {
  it('passes the period counts through and counts the outcomes of what was tested', () => {
    const metrics = health(
      {},
      {},
      { hypothesesOpened: 3, tested: [tested('a', 'refutes'), tested('b', null), tested('c', 'refutes')], insights: 2, decisions: 1 },
    );
    expect([metrics.hypothesesOpened, metrics.experimentsDone, metrics.insights, metrics.decisions, metrics.outcomes]).toEqual([
      3,
      3,
      2,
      1,
      { supports: 0, refutes: 2, inconclusive: 0 },
    ]);
  });

  it('gives the stale ids sorted, without reordering the input', () => {
    const stale = ['h-b', 'h-c', 'h-a'];
    expect(health({}, { stale }).stale).toEqual(['h-a', 'h-b', 'h-c']);
    expect(stale).toEqual(['h-b', 'h-c', 'h-a']);
  });
});

describe('loopHealth: share being tested', () => {
  it('is the open and testing hypotheses with a planned or running experiment, over all open and testing ones', () => {
    const metrics = health({
      [`${H}/h-planned.yaml`]: hypothesis('open'),
      [`${H}/h-running.yaml`]: hypothesis('testing'),
      [`${H}/h-done.yaml`]: hypothesis('open'),
      [`${H}/h-cancelled.yaml`]: hypothesis('testing'),
      [`${H}/h-untested.yaml`]: hypothesis('open'),
      // Resolved or retired: not counted, whatever is running.
      [`${H}/h-supported.yaml`]: hypothesis('supported'),
      [`${H}/h-retired.yaml`]: hypothesis('retired'),
      [`${E}/e-planned.yaml`]: experiment('planned', '', 'h-planned'),
      [`${E}/e-running.yaml`]: experiment('running', '', 'h-running, h-supported, h-retired'),
      [`${E}/e-done.yaml`]: doneEnding('2026-10-20', 'h-done'),
      [`${E}/e-cancelled.yaml`]: experiment('cancelled', '', 'h-cancelled'),
    });
    expect(metrics.shareBeingTested).toBe(2 / 5);
  });

  it('is null when no hypothesis is open or being tested', () => {
    expect(health({ [`${H}/h.yaml`]: hypothesis('refuted'), [`${E}/e.yaml`]: experiment('running') }).shareBeingTested).toBeNull();
    expect(health({}).shareBeingTested).toBeNull();
  });
});

describe('loopHealth: median days', () => {
  const days = (files: Record<string, string>, options?: ReportInputOptions) => health(files, options).medianDays;

  it('counts from a hypothesis to the start of its first experiment', () => {
    const medians = days({
      [`${H}/h.yaml`]: hypothesis('testing', 'created: 2026-10-01\n'),
      [`${E}/e-second.yaml`]: experiment('running', 'start: 2026-10-11\n'),
      [`${E}/e-first.yaml`]: experiment('done', 'start: 2026-10-05\nend: 2026-10-06\nresult:\n  summary: s\n'),
    });
    expect(medians.toFirstExperiment).toBe(4);
  });

  it('takes the median over hypotheses, leaving out those without an experiment started by the period end', () => {
    const medians = days({
      [`${H}/h-fast.yaml`]: hypothesis('testing', 'created: 2026-10-01\n'),
      [`${H}/h-slow.yaml`]: hypothesis('testing', 'created: 2026-10-01\n'),
      [`${H}/h-later.yaml`]: hypothesis('testing', 'created: 2026-10-01\n'),
      [`${H}/h-untested.yaml`]: hypothesis('open', 'created: 2026-10-01\n'),
      [`${E}/e-fast.yaml`]: experiment('running', 'start: 2026-10-03\n', 'h-fast'),
      [`${E}/e-slow.yaml`]: experiment('running', 'start: 2026-10-25\n', 'h-slow'),
      [`${E}/e-later.yaml`]: experiment('planned', 'start: 2026-10-26\n', 'h-later'),
    });
    expect(medians.toFirstExperiment).toBe((2 + 24) / 2);
  });

  it('starts an experiment on its start day, else the day it was written, else its first commit', () => {
    const files = {
      [`${H}/h-created.yaml`]: hypothesis('testing', 'created: 2026-10-01\n'),
      [`${H}/h-committed.yaml`]: hypothesis('testing', 'created: 2026-10-01\n'),
      [`${E}/e-created.yaml`]: experiment('planned', 'created: 2026-10-03\n', 'h-created'),
      [`${E}/e-committed.yaml`]: experiment('planned', '', 'h-committed'),
    };
    expect(days(files, { fileDates: { [`${E}/e-committed.yaml`]: { added: '2026-10-09', changed: '2026-10-20' } } }).toFirstExperiment).toBe((2 + 8) / 2);
  });

  it('counts an experiment started before its hypothesis was written as zero days', () => {
    const medians = days({ [`${H}/h.yaml`]: hypothesis('testing', 'created: 2026-10-10\n'), [`${E}/e.yaml`]: experiment('running', 'start: 2026-10-02\n') });
    expect(medians.toFirstExperiment).toBe(0);
  });

  it('counts from the last done experiment behind an insight to the insight', () => {
    const medians = days({
      [`${H}/h.yaml`]: hypothesis('supported'),
      [`${E}/e-early.yaml`]: doneEnding('2026-10-02'),
      [`${E}/e-late.yaml`]: doneEnding('2026-10-06'),
      [`${E}/e-running.yaml`]: experiment('running', 'end: 2026-10-08\n'),
      [`${I}/i.yaml`]: insight('2026-10-09', 'from: [e-early, e-late, e-running]\n'),
    });
    expect(medians.experimentToInsight).toBe(3);
  });

  it('leaves out insights after the period, experiments done after it and insights with no done experiment', () => {
    const medians = days({
      [`${H}/h.yaml`]: hypothesis('supported'),
      [`${E}/e-1.yaml`]: doneEnding('2026-10-01'),
      [`${E}/e-2.yaml`]: doneEnding('2026-10-10'),
      [`${E}/e-after.yaml`]: doneEnding('2026-10-26'),
      [`${I}/i-counted.yaml`]: insight('2026-10-11', 'from: [e-1, e-after]\n'),
      [`${I}/i-counted-too.yaml`]: insight('2026-10-15', 'from: [e-2]\n'),
      [`${I}/i-after.yaml`]: insight('2026-10-27', 'from: [e-1]\n'),
      [`${I}/i-unbacked.yaml`]: insight('2026-10-20'),
    });
    expect(medians.experimentToInsight).toBe((10 + 5) / 2);
  });

  it('counts an insight dated before its experiment ended as zero days', () => {
    const medians = days({
      [`${H}/h.yaml`]: hypothesis('supported'),
      [`${E}/e.yaml`]: doneEnding('2026-10-10'),
      [`${I}/i.yaml`]: insight('2026-10-08', 'from: [e]\n'),
    });
    expect(medians.experimentToInsight).toBe(0);
  });

  it('counts from an insight to its decision, for decisions taken by the period end', () => {
    const medians = days({
      [`${I}/i-quick.yaml`]: insight('2026-10-12', decision('2026-10-13')),
      [`${I}/i-slow.yaml`]: insight('2026-10-01', decision('2026-10-25')),
      [`${I}/i-same-day.yaml`]: insight('2026-10-20', decision('2026-10-20')),
      [`${I}/i-later.yaml`]: insight('2026-10-01', decision('2026-10-26')),
    });
    expect(medians.insightToDecision).toBe(1);
  });
});

describe('loopHealth: where the loop is stuck', () => {
  it('lists insights so far without a decision so far as not acted on', () => {
    const metrics = health({
      [`${I}/i-undecided.yaml`]: insight('2026-10-25'),
      [`${I}/i-decided-later.yaml`]: insight('2026-10-10', decision('2026-10-26')),
      [`${I}/i-decided.yaml`]: insight('2026-10-10', decision('2026-10-25')),
      [`${I}/i-after.yaml`]: insight('2026-10-26'),
      [`${I}/i-old.yaml`]: insight('2025-01-01'),
    });
    expect(metrics.notActedOn).toEqual(['i-decided-later', 'i-old', 'i-undecided']);
  });

  it('lists decisions with no experiment done by the period end behind them as decided without evidence', () => {
    const metrics = health({
      [`${H}/h.yaml`]: hypothesis('testing'),
      [`${E}/e-done.yaml`]: doneEnding('2026-10-20'),
      [`${E}/e-done-later.yaml`]: doneEnding('2026-10-26'),
      [`${E}/e-running.yaml`]: experiment('running'),
      [`${I}/i-backed.yaml`]: insight('2026-10-21', `from: [e-running, e-done]\n${decision('2026-10-22')}`),
      [`${I}/i-no-source.yaml`]: insight('2026-10-21', decision('2026-10-22')),
      [`${I}/i-running.yaml`]: insight('2026-10-21', `from: [e-running]\n${decision('2026-10-22')}`),
      [`${I}/i-too-early.yaml`]: insight('2026-10-21', `from: [e-done-later]\n${decision('2026-10-22')}`),
      [`${I}/i-missing-source.yaml`]: insight('2026-10-21', `from: [e-gone]\n${decision('2026-10-22')}`),
      // Not decided yet: not acted on, but not "without evidence".
      [`${I}/i-undecided.yaml`]: insight('2026-10-21'),
    });
    expect(metrics.decidedWithoutEvidence).toEqual(['i-missing-source', 'i-no-source', 'i-running', 'i-too-early']);
    expect(metrics.notActedOn).toEqual(['i-undecided']);
  });
});

describe('loopHealth: what the medians cover', () => {
  it('takes them over everything up to the period end', () => {
    expect(health({}).mediansUpTo).toBe('2026-10-25');
  });

  it('stops at the report day when the period ends later: what the records date after it is not known yet', () => {
    const options = { asOf: '2026-10-20' };
    const metrics = health(
      {
        [`${H}/h.yaml`]: hypothesis('testing', 'created: 2026-10-01\n'),
        [`${E}/e-planned.yaml`]: experiment('planned', 'start: 2026-10-22\n'),
        [`${I}/i-now.yaml`]: insight('2026-10-18', decision('2026-10-20')),
        [`${I}/i-ahead.yaml`]: insight('2026-10-10', decision('2026-10-23')),
      },
      options,
    );
    expect(metrics.mediansUpTo).toBe('2026-10-20');
    expect(metrics.medianDays).toEqual({ toFirstExperiment: null, experimentToInsight: null, insightToDecision: 2 });
    expect(metrics.notActedOn).toEqual(['i-ahead']);
  });
});

describe('loopHealth: cycle days, from the status history', () => {
  const HYPOTHESES = {
    [`${H}/h-tested.yaml`]: hypothesis('supported'),
    [`${H}/h-direct.yaml`]: hypothesis('refuted'),
    [`${H}/h-testing.yaml`]: hypothesis('testing'),
    [`${H}/h-open.yaml`]: hypothesis('open'),
  };
  const cycle = (statusHistory: ReportInputOptions['statusHistory'], options: ReportInputOptions = {}) =>
    health(HYPOTHESES, { ...options, statusHistory }).cycleDays;

  it('counts from entering the repository to the first testing and the first outcome status', () => {
    expect(
      cycle({
        [`${H}/h-tested.yaml`]: {
          entered: '2026-10-01',
          statuses: [
            { day: '2026-10-01', status: 'open' },
            { day: '2026-10-04', status: 'testing' },
            { day: '2026-10-11', status: 'supported' },
          ],
        },
      }),
    ).toEqual({ toTesting: 3, toOutcome: 10 });
  });

  it('counts a hypothesis that went from open straight to an outcome for the outcome only', () => {
    expect(
      cycle({
        [`${H}/h-direct.yaml`]: {
          entered: '2026-10-02',
          statuses: [
            { day: '2026-10-02', status: 'open' },
            { day: '2026-10-09', status: 'refuted' },
          ],
        },
      }),
    ).toEqual({ toTesting: null, toOutcome: 7 });
  });

  it('takes the first time: back to testing or to another outcome later does not move it', () => {
    expect(
      cycle({
        [`${H}/h-tested.yaml`]: {
          entered: '2026-10-01',
          statuses: [
            { day: '2026-10-01', status: 'open' },
            { day: '2026-10-03', status: 'testing' },
            { day: '2026-10-05', status: 'inconclusive' },
            { day: '2026-10-08', status: 'testing' },
            { day: '2026-10-12', status: 'supported' },
          ],
        },
      }),
    ).toEqual({ toTesting: 2, toOutcome: 4 });
  });

  it('ignores status changes after the period end, and after the report day when that comes first', () => {
    const history = {
      [`${H}/h-tested.yaml`]: {
        entered: '2026-10-01',
        statuses: [
          { day: '2026-10-01', status: 'open' },
          { day: '2026-10-21', status: 'testing' },
          { day: '2026-10-26', status: 'supported' },
        ],
      },
      // Entered after the end: not there yet.
      [`${H}/h-direct.yaml`]: { entered: '2026-10-26', statuses: [{ day: '2026-10-26', status: 'refuted' }] },
    };
    expect(cycle(history)).toEqual({ toTesting: 20, toOutcome: null });
    expect(cycle(history, { asOf: '2026-10-20' })).toEqual({ toTesting: null, toOutcome: null });
    // A day later both count, the one entered and refuted on the end day too.
    expect(cycle(history, { period: { since: '2026-10-12', until: '2026-10-26', label: null } })).toEqual({ toTesting: 20, toOutcome: (25 + 0) / 2 });
  });

  it('takes the median over hypotheses, in halves when the count is even', () => {
    const through = (entered: string, testing: string, outcome: string) => ({
      entered,
      statuses: [
        { day: entered, status: 'open' },
        { day: testing, status: 'testing' },
        { day: outcome, status: 'supported' },
      ],
    });
    expect(
      cycle({
        [`${H}/h-tested.yaml`]: through('2026-10-01', '2026-10-02', '2026-10-06'),
        [`${H}/h-testing.yaml`]: { entered: '2026-10-01', statuses: [{ day: '2026-10-05', status: 'testing' }] },
        [`${H}/h-direct.yaml`]: { entered: '2026-10-01', statuses: [{ day: '2026-10-14', status: 'refuted' }] },
        [`${H}/h-open.yaml`]: { entered: '2026-10-01', statuses: [{ day: '2026-10-01', status: 'open' }] },
      }),
    ).toEqual({ toTesting: (1 + 4) / 2, toOutcome: (5 + 13) / 2 });
  });

  it('counts a hypothesis committed as testing or with its outcome, or dated after it, as zero days', () => {
    expect(
      cycle({
        [`${H}/h-testing.yaml`]: { entered: '2026-10-05', statuses: [{ day: '2026-10-05', status: 'testing' }] },
        // A created date after the commit that set the status.
        [`${H}/h-direct.yaml`]: { entered: '2026-10-09', statuses: [{ day: '2026-10-07', status: 'refuted' }] },
      }),
    ).toEqual({ toTesting: 0, toOutcome: 0 });
  });

  it('counts only hypotheses of the report: not other files, nor a history with no hypothesis behind it', () => {
    const history = { entered: '2026-10-01', statuses: [{ day: '2026-10-03', status: 'testing' }] };
    expect(cycle({ [`${H}/h-gone.yaml`]: history, [`${E}/e.yaml`]: history })).toEqual({ toTesting: null, toOutcome: null });
  });

  it('is null for both without a status history (no git)', () => {
    expect(cycle(undefined)).toEqual({ toTesting: null, toOutcome: null });
    expect(cycle(new Map())).toEqual({ toTesting: null, toOutcome: null });
  });
});

describe('loopHealth: acted on, from the commits', () => {
  // Decisions: the period's by state, judged as of the report's end; the medians over everything up to it.
  const decided = (date: string, action: string, lines = '') =>
    `${INSIGHT}date: 2026-10-01\n${lines}decision:\n  action: ${action}\n  summary: d\n  date: ${date}\n`;
  const commit = (day: string, files: string[], ids: string[] = []) => ({ sha: `${day}-${files.join()}-${ids.join()}`, day, subject: 's', files, ids });
  const acted = (files: Record<string, string>, options: ReportInputOptions) => health(files, options).actedOn;

  const decisions = {
    [`${H}/h-kassa.yaml`]: hypothesis('supported', "code: ['src/kassa/**']\n"),
    // Acted: a commit touching its hypothesis' code two days after.
    [`${I}/i-acted.yaml`]: decided('2026-10-13', 'persevere', 'hypotheses: [h-kassa]\n'),
    // Acted: a commit whose Hypo: trailer names it, six days after.
    [`${I}/i-trailer.yaml`]: decided('2026-10-14', 'iterate'),
    // Overdue: its code untouched for more than act_within_days (5 here).
    [`${I}/i-overdue.yaml`]: decided('2026-10-13', 'persevere', "code: ['src/karta/**']\n"),
    // Not yet: 5 days by the end, and the commit about it comes after the end.
    [`${I}/i-not-yet.yaml`]: decided('2026-10-20', 'iterate', "code: ['src/notiser/**']\n"),
    // Stopped, its code still tracked 11 days on.
    [`${I}/i-stopped.yaml`]: decided('2026-10-14', 'stop', "code: ['src/gammal/**']\n"),
    // No code: globs and no trailer.
    [`${I}/i-unlinked.yaml`]: decided('2026-10-15', 'persevere'),
    // Before the period: not counted by state, but its four days count in the median.
    [`${I}/i-before.yaml`]: decided('2026-10-05', 'iterate'),
    // After the period: not counted at all, its commit neither.
    [`${I}/i-after.yaml`]: decided('2026-10-26', 'iterate'),
  };
  const commits = [
    commit('2026-10-15', ['src/kassa/betala.ts']),
    commit('2026-10-20', ['README.md'], ['i-trailer']),
    commit('2026-10-09', [], ['i-before']),
    commit('2026-10-27', ['src/notiser/push.ts'], ['i-after']),
    // Before its decision: no commit about it.
    commit('2026-10-10', ['src/karta/karta.ts']),
  ];
  const options = { commits, trackedFiles: ['src/gammal/vy.ts', 'src/kassa/betala.ts'], config: { act_within_days: 5 } };

  it('counts the decisions of the period by state, as of the period end, with every state present', () => {
    expect(acted(decisions, options)?.states).toEqual({ acted: 2, 'not-yet': 1, overdue: 1, 'code-remains': 1, 'no-code-link': 1 });
  });

  it('takes the median from a decision to its first commit over every decision so far that has one', () => {
    // i-acted 2, i-trailer 6, i-before 4: not i-after, whose commit follows the end.
    expect(acted(decisions, options)?.medianDays.decisionToCommit).toBe(4);
  });

  it('counts the decisions from the first day of the period to its last, and stops at the report day when that comes first', () => {
    const edges = {
      [`${I}/i-first-day.yaml`]: decided('2026-10-12', 'iterate'),
      [`${I}/i-last-day.yaml`]: decided('2026-10-25', 'iterate'),
      [`${I}/i-day-before.yaml`]: decided('2026-10-11', 'iterate'),
      [`${I}/i-day-after.yaml`]: decided('2026-10-26', 'iterate'),
    };
    const trailers = [commit('2026-10-12', [], ['i-first-day']), commit('2026-10-25', [], ['i-last-day']), commit('2026-10-26', [], ['i-day-after'])];
    expect(acted(edges, { commits: trailers })).toEqual({
      states: { acted: 2, 'not-yet': 0, overdue: 0, 'code-remains': 0, 'no-code-link': 0 },
      medianDays: { decisionToCommit: 0, hypothesisToCode: null },
    });
    // As of 20 October the last day's decision is not taken yet and its commit not made.
    expect(acted(edges, { commits: trailers, asOf: '2026-10-20' })?.states).toEqual({
      acted: 1,
      'not-yet': 0,
      overdue: 0,
      'code-remains': 0,
      'no-code-link': 0,
    });
    // As of 20 October a commit touching its code that day is there, one the day after not: acted, then not yet.
    const coded = { [`${I}/i-coded.yaml`]: decided('2026-10-14', 'iterate', "code: ['src/kassa/**']\n") };
    expect(acted(coded, { commits: [commit('2026-10-20', ['src/kassa/a.ts'])], asOf: '2026-10-20' })?.states.acted).toBe(1);
    expect(acted(coded, { commits: [commit('2026-10-21', ['src/kassa/a.ts'])], asOf: '2026-10-20' })?.states['not-yet']).toBe(1);
  });

  it('takes the median from a hypothesis entering the repository to the first commit on or after it touching its code', () => {
    const medians = acted(
      {
        // 3 days: the commit before it came does not count.
        [`${H}/h-fast.yaml`]: hypothesis('open', "created: 2026-10-01\ncode: ['src/kassa/**']\n"),
        // 20 days: a file deeper than its glob reaches does not count.
        [`${H}/h-slow.yaml`]: hypothesis('open', "created: 2026-10-02\ncode: ['src/karta/*.ts']\n"),
        // 0 days: entered with its first commit, which touched its code.
        [`${H}/h-committed.yaml`]: hypothesis('open', "code: ['lib/**']\n"),
        // Its only commit after the end: not counted.
        [`${H}/h-late.yaml`]: hypothesis('open', "created: 2026-10-10\ncode: ['src/sen/**']\n"),
        // After the end, and without code: not counted.
        [`${H}/h-future.yaml`]: hypothesis('open', "created: 2026-10-26\ncode: ['src/kassa/**']\n"),
        [`${H}/h-no-code.yaml`]: hypothesis('open', 'created: 2026-10-01\n'),
      },
      {
        commits: [
          commit('2026-09-20', ['src/kassa/gammal.ts']),
          commit('2026-10-04', ['src/kassa/ny.ts']),
          commit('2026-10-06', ['src/kassa/ny.ts', 'src/karta/djup/vy.ts']),
          commit('2026-10-22', ['src/karta/karta.ts']),
          commit('2026-10-05', ['lib/x.ts']),
          commit('2026-10-26', ['src/sen/a.ts']),
          commit('2026-10-27', ['src/kassa/ny.ts']),
        ],
        fileDates: { [`${H}/h-committed.yaml`]: { added: '2026-10-05', changed: '2026-10-05' } },
      },
    )?.medianDays;
    expect(medians).toEqual({ decisionToCommit: null, hypothesisToCode: 3 });
  });

  it('is null without the commits (no git, or its history not read)', () => {
    expect(acted(decisions, { ...options, commits: null })).toBeNull();
  });
});
