import { describe, expect, it } from 'vitest';
import { buildLearningLoopReport } from '../../src/report/learning-loop.js';
import { emptyLoopReport } from '../helpers/loop-reports.js';
import { HYPOTHESIS, INSIGHT } from '../helpers/records.js';
import { type ReportInputOptions, reportInput } from '../helpers/report-input.js';

// The period is 2026-10-12 – 2026-10-25: 10-11 is the day before it, 10-26 the day after.
const H = 'learning/hypotheses';
const E = 'learning/experiments';
const I = 'learning/insights';

const experiment = (status: string, lines = '', tests = 'h') => `kind: experiment\ntitle: E\ntests: [${tests}]\nmethod: survey\nstatus: ${status}\n${lines}`;
const result = (outcome: string) => `result:\n  summary: s\n  outcome: ${outcome}\n`;
const doneEnding = (end: string, outcome = 'supports', tests = 'h') => experiment('done', `end: ${end}\n${result(outcome)}`, tests);
const insightOn = (date: string, lines = '') => `${INSIGHT}date: ${date}\n${lines}`;
const decidedOn = (date: string, decisionDate: string) => insightOn(date, `decision:\n  action: persevere\n  summary: d\n  date: ${decisionDate}\n`);

const report = (files: Record<string, string>, options?: ReportInputOptions) => buildLearningLoopReport(reportInput(files, options));
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('buildLearningLoopReport: the period', () => {
  it('counts a done experiment that ended on the first or the last day, not the day before or after', () => {
    const tested = report({
      [`${H}/h.yaml`]: HYPOTHESIS,
      [`${E}/e-day-before.yaml`]: doneEnding('2026-10-11'),
      [`${E}/e-first-day.yaml`]: doneEnding('2026-10-12'),
      [`${E}/e-last-day.yaml`]: doneEnding('2026-10-25'),
      [`${E}/e-day-after.yaml`]: doneEnding('2026-10-26'),
    }).tested;
    expect(ids(tested)).toEqual(['e-first-day', 'e-last-day']);
  });

  it('counts an insight drawn on the first or the last day, not the day before or after', () => {
    const learned = report({
      [`${I}/i-day-before.yaml`]: insightOn('2026-10-11'),
      [`${I}/i-first-day.yaml`]: insightOn('2026-10-12'),
      [`${I}/i-last-day.yaml`]: insightOn('2026-10-25'),
      [`${I}/i-day-after.yaml`]: insightOn('2026-10-26'),
    }).learned;
    expect(ids(learned)).toEqual(['i-first-day', 'i-last-day']);
  });

  it('counts a decision taken on the first or the last day, not the day before or after', () => {
    const decided = report({
      [`${I}/i-day-before.yaml`]: decidedOn('2026-10-01', '2026-10-11'),
      [`${I}/i-first-day.yaml`]: decidedOn('2026-10-01', '2026-10-12'),
      [`${I}/i-last-day.yaml`]: decidedOn('2026-10-01', '2026-10-25'),
      [`${I}/i-day-after.yaml`]: decidedOn('2026-10-01', '2026-10-26'),
    }).decided;
    expect(ids(decided)).toEqual(['i-first-day', 'i-last-day']);
  });

  it('counts a hypothesis opened on the first or the last day, not the day before or after', () => {
    const opened = report({
      [`${H}/h-day-before.yaml`]: `${HYPOTHESIS}created: 2026-10-11\n`,
      [`${H}/h-first-day.yaml`]: `${HYPOTHESIS}created: 2026-10-12\n`,
      [`${H}/h-last-day.yaml`]: `${HYPOTHESIS}created: 2026-10-25\n`,
      [`${H}/h-day-after.yaml`]: `${HYPOTHESIS}created: 2026-10-26\n`,
    }).opened;
    expect(opened).toEqual([
      { id: 'h-first-day', title: 'Riders want real-time departures', created: '2026-10-12' },
      { id: 'h-last-day', title: 'Riders want real-time departures', created: '2026-10-25' },
    ]);
  });

  it('takes a one-day period as that day alone', () => {
    const tested = report(
      { [`${H}/h.yaml`]: HYPOTHESIS, [`${E}/e-on.yaml`]: doneEnding('2026-10-12'), [`${E}/e-after.yaml`]: doneEnding('2026-10-13') },
      { period: { since: '2026-10-12', until: '2026-10-12', label: null } },
    ).tested;
    expect(ids(tested)).toEqual(['e-on']);
  });
});

describe('buildLearningLoopReport: what was tested', () => {
  it('lists only done experiments, whatever the end day of the others says', () => {
    const tested = report({
      [`${H}/h.yaml`]: HYPOTHESIS,
      [`${E}/e-done.yaml`]: doneEnding('2026-10-20'),
      [`${E}/e-running.yaml`]: experiment('running', 'end: 2026-10-20\n'),
      [`${E}/e-cancelled.yaml`]: experiment('cancelled', `end: 2026-10-20\n${result('refutes')}`),
    }).tested;
    expect(ids(tested)).toEqual(['e-done']);
  });

  it('gives the method, sample, outcome, result and hypotheses, with null and "" for what is missing', () => {
    const tested = report({
      [`${H}/h.yaml`]: HYPOTHESIS,
      [`${H}/h-two.yaml`]: HYPOTHESIS,
      [`${E}/e-full.yaml`]:
        'kind: experiment\ntitle: Full\ntests: [h, h-two]\nmethod: ab-test\nstatus: done\nend: 2026-10-20\nsample: 400\nresult:\n  summary: Fewer left the page.\n  outcome: refutes\n',
      [`${E}/e-bare.yaml`]: experiment('done', 'end: 2026-10-21\n'),
    }).tested;
    expect(tested).toEqual([
      { id: 'e-bare', title: 'E', method: 'survey', sample: null, outcome: null, summary: '', end: '2026-10-21', hypotheses: ['h'], value: null, metrics: [] },
      {
        id: 'e-full',
        title: 'Full',
        method: 'ab-test',
        sample: 400,
        outcome: 'refutes',
        summary: 'Fewer left the page.',
        end: '2026-10-20',
        hypotheses: ['h', 'h-two'],
        value: null,
        metrics: [],
      },
    ]);
  });

  it('ends an experiment without an end day on its last commit, and work not committed on the report day', () => {
    const files = {
      [`${H}/h.yaml`]: HYPOTHESIS,
      [`${E}/e-committed.yaml`]: experiment('done', result('supports')),
      [`${E}/e-uncommitted.yaml`]: experiment('done', result('supports')),
    };
    const tested = report(files, { fileDates: { [`${E}/e-committed.yaml`]: { added: '2026-10-01', changed: '2026-10-19' } } }).tested;
    expect(tested.map((item) => [item.id, item.end])).toEqual([['e-committed', '2026-10-19']]);
    const later = report(files, { asOf: '2026-10-22', fileDates: { [`${E}/e-committed.yaml`]: { changed: '2026-10-19' } } }).tested;
    expect(later.map((item) => [item.id, item.end])).toEqual([
      ['e-committed', '2026-10-19'],
      ['e-uncommitted', '2026-10-22'],
    ]);
  });
});

describe('buildLearningLoopReport: what was learned and decided', () => {
  it('gives an insight its evidence and the experiments behind it, skipping ids no experiment has', () => {
    const learned = report({
      [`${H}/h.yaml`]: HYPOTHESIS,
      [`${E}/e-done.yaml`]: doneEnding('2026-10-01', 'inconclusive'),
      [`${E}/e-running.yaml`]: experiment('running'),
      [`${I}/i-based.yaml`]: insightOn('2026-10-14', 'evidence: mixed\nfrom: [e-running, e-gone, e-done]\n'),
      [`${I}/i-bare.yaml`]: insightOn('2026-10-15'),
    }).learned;
    expect(learned).toEqual([
      {
        id: 'i-bare',
        title: 'Riders plan at home',
        learned: 'Most riders plan the trip before they leave home',
        evidence: null,
        date: '2026-10-15',
        from: [],
        basis: [],
      },
      {
        id: 'i-based',
        title: 'Riders plan at home',
        learned: 'Most riders plan the trip before they leave home',
        evidence: 'mixed',
        date: '2026-10-14',
        from: ['e-running', 'e-gone', 'e-done'],
        basis: [
          { id: 'e-running', method: 'survey', outcome: null },
          { id: 'e-done', method: 'survey', outcome: 'inconclusive' },
        ],
      },
    ]);
  });

  it('dates an insight by its date, else the day it was written, else the commit that added it', () => {
    const learned = report(
      {
        [`${I}/i-dated.yaml`]: `${INSIGHT}date: 2026-10-13\ncreated: 2026-09-01\n`,
        [`${I}/i-created.yaml`]: `${INSIGHT}created: 2026-10-14\n`,
        [`${I}/i-committed.yaml`]: INSIGHT,
      },
      { fileDates: { [`${I}/i-committed.yaml`]: { added: '2026-10-15', changed: '2026-11-01' } } },
    ).learned;
    expect(learned.map((item) => [item.id, item.date])).toEqual([
      ['i-committed', '2026-10-15'],
      ['i-created', '2026-10-14'],
      ['i-dated', '2026-10-13'],
    ]);
  });

  it('reports a decision in the period it was taken, even when the insight is older', () => {
    const built = report({ [`${I}/i-old.yaml`]: decidedOn('2026-09-01', '2026-10-16') });
    expect(built.learned).toEqual([]);
    expect(built.decided).toEqual([{ id: 'i-old', title: 'Riders plan at home', action: 'persevere', summary: 'd', date: '2026-10-16', next: [] }]);
  });

  it('dates a decision without a date by the last commit of its insight, and gives what it started', () => {
    const decided = report(
      {
        [`${H}/h-next.yaml`]: HYPOTHESIS,
        [`${I}/i-pivot.yaml`]: insightOn('2026-10-01', 'decision:\n  action: pivot\n  summary: Try the other way.\n  next: [h-next]\n'),
        [`${I}/i-undecided.yaml`]: insightOn('2026-10-14'),
      },
      { fileDates: { [`${I}/i-pivot.yaml`]: { added: '2026-10-01', changed: '2026-10-24' } } },
    ).decided;
    expect(decided).toEqual([
      { id: 'i-pivot', title: 'Riders plan at home', action: 'pivot', summary: 'Try the other way.', date: '2026-10-24', next: ['h-next'] },
    ]);
  });
});

describe('buildLearningLoopReport: the loop as a whole', () => {
  it('counts the funnel up to the period end: later records and later results do not count', () => {
    const funnel = report({
      [`${H}/h-tested.yaml`]: `${HYPOTHESIS}created: 2026-09-01\n`,
      [`${H}/h-tested-later.yaml`]: `${HYPOTHESIS}created: 2026-09-01\n`,
      [`${H}/h-running.yaml`]: `${HYPOTHESIS}created: 2026-10-25\n`,
      [`${H}/h-after.yaml`]: `${HYPOTHESIS}created: 2026-10-26\n`,
      [`${E}/e-before.yaml`]: doneEnding('2026-09-20', 'supports', 'h-tested'),
      [`${E}/e-after.yaml`]: doneEnding('2026-10-26', 'supports', 'h-tested-later'),
      [`${E}/e-running.yaml`]: experiment('running', '', 'h-running'),
      [`${I}/i-decided.yaml`]: decidedOn('2026-09-25', '2026-10-25'),
      [`${I}/i-decided-later.yaml`]: decidedOn('2026-09-25', '2026-10-26'),
      [`${I}/i-after.yaml`]: insightOn('2026-10-26'),
    }).funnel;
    expect(funnel).toEqual({ hypotheses: 3, tested: 1, insights: 2, decisions: 1 });
  });

  it('puts the counts of the period into the loop health figures', () => {
    const metrics = report({
      [`${H}/h.yaml`]: `${HYPOTHESIS}created: 2026-10-12\n`,
      [`${H}/h-old.yaml`]: `${HYPOTHESIS}created: 2026-09-01\n`,
      [`${E}/e-supports.yaml`]: doneEnding('2026-10-13', 'supports'),
      [`${E}/e-refutes.yaml`]: doneEnding('2026-10-14', 'refutes'),
      [`${E}/e-earlier.yaml`]: doneEnding('2026-10-01', 'refutes'),
      [`${I}/i.yaml`]: decidedOn('2026-10-15', '2026-10-16'),
    }).metrics;
    expect([metrics.hypothesesOpened, metrics.experimentsDone, metrics.insights, metrics.decisions]).toEqual([1, 2, 1, 1]);
    expect(metrics.outcomes).toEqual({ supports: 1, refutes: 1, inconclusive: 0 });
  });

  it('counts outcomes in six windows of the period length, the period last', () => {
    const history = report({
      [`${H}/h.yaml`]: HYPOTHESIS,
      [`${E}/e-now.yaml`]: doneEnding('2026-10-12', 'supports'),
      [`${E}/e-window-before.yaml`]: doneEnding('2026-10-11', 'refutes'),
      [`${E}/e-oldest.yaml`]: doneEnding('2026-08-03', 'inconclusive'),
      [`${E}/e-too-old.yaml`]: doneEnding('2026-08-02', 'supports'),
    }).outcomeHistory;
    const none = { supports: 0, refutes: 0, inconclusive: 0 };
    expect(history).toEqual([
      { label: '2026-08-03 – 2026-08-16', since: '2026-08-03', until: '2026-08-16', outcomes: { ...none, inconclusive: 1 } },
      { label: '2026-08-17 – 2026-08-30', since: '2026-08-17', until: '2026-08-30', outcomes: none },
      { label: '2026-08-31 – 2026-09-13', since: '2026-08-31', until: '2026-09-13', outcomes: none },
      { label: '2026-09-14 – 2026-09-27', since: '2026-09-14', until: '2026-09-27', outcomes: none },
      { label: '2026-09-28 – 2026-10-11', since: '2026-09-28', until: '2026-10-11', outcomes: { ...none, refutes: 1 } },
      { label: '2026-10-12 – 2026-10-25', since: '2026-10-12', until: '2026-10-25', outcomes: { ...none, supports: 1 } },
    ]);
  });

  it('counts outcomes per sprint when sprints are configured, only as far back as sprint 1', () => {
    const history = report(
      { [`${H}/h.yaml`]: HYPOTHESIS, [`${E}/e-sprint-2.yaml`]: doneEnding('2026-10-11'), [`${E}/e-sprint-3.yaml`]: doneEnding('2026-10-12', 'refutes') },
      { config: { sprints: { start: '2026-09-14', length_days: 14 } }, period: { since: '2026-10-12', until: '2026-10-25', label: 'Sprint 3' } },
    ).outcomeHistory;
    expect(history).toEqual([
      { label: 'Sprint 1', since: '2026-09-14', until: '2026-09-27', outcomes: { supports: 0, refutes: 0, inconclusive: 0 } },
      { label: 'Sprint 2', since: '2026-09-28', until: '2026-10-11', outcomes: { supports: 1, refutes: 0, inconclusive: 0 } },
      { label: 'Sprint 3', since: '2026-10-12', until: '2026-10-25', outcomes: { supports: 0, refutes: 1, inconclusive: 0 } },
    ]);
  });

  it('never counts outcomes past the end of a period that ends inside a sprint', () => {
    const history = report(
      {
        [`${H}/h.yaml`]: HYPOTHESIS,
        [`${E}/e-sprint-2.yaml`]: doneEnding('2026-10-11'),
        [`${E}/e-in-period.yaml`]: doneEnding('2026-10-15', 'refutes'),
        [`${E}/e-after-period.yaml`]: doneEnding('2026-10-24', 'inconclusive'),
      },
      // Sprint 3 runs 2026-10-12 – 10-25, past the period's end on 10-20.
      { config: { sprints: { start: '2026-09-14', length_days: 14 } }, period: { since: '2026-10-12', until: '2026-10-20', label: null } },
    ).outcomeHistory;
    expect(history.map((window) => window.label)).toEqual(['Sprint 1', 'Sprint 2']);
    expect(history.every((window) => window.until <= '2026-10-20')).toBe(true);
  });

  it('names every valid record by kind and title, and passes the period, day, stale ids and warnings through', () => {
    const period = { since: '2026-10-12', until: '2026-10-25', label: 'Sprint 3' };
    const built = report(
      { [`${H}/h.yaml`]: HYPOTHESIS, [`${E}/e.yaml`]: experiment('planned'), [`${I}/i.yaml`]: INSIGHT },
      { period, asOf: '2026-11-25', stale: ['i', 'h'], warnings: ['git history is shallow'] },
    );
    expect(built.titles).toEqual({
      h: { kind: 'hypothesis', title: 'Riders want real-time departures' },
      e: { kind: 'experiment', title: 'E' },
      i: { kind: 'insight', title: 'Riders plan at home' },
    });
    expect([built.period, built.asOf, built.metrics.stale, built.warnings]).toEqual([period, '2026-11-25', ['h', 'i'], ['git history is shallow']]);
  });

  it('gives the medians in JSON with what they cover: time to testing and to an outcome beside the others', () => {
    const built = report(
      {
        [`${H}/h.yaml`]: `${HYPOTHESIS}created: 2026-10-01\n`,
        [`${E}/e.yaml`]: experiment('done', `start: 2026-10-03\nend: 2026-10-10\n${result('supports')}`),
        [`${I}/i.yaml`]: `${INSIGHT}from: [e]\ndate: 2026-10-12\ndecision:\n  action: persevere\n  summary: d\n  date: 2026-10-13\n`,
      },
      {
        statusHistory: {
          [`${H}/h.yaml`]: {
            entered: '2026-10-01',
            statuses: [
              { day: '2026-10-01', status: 'open' },
              { day: '2026-10-03', status: 'testing' },
              { day: '2026-10-11', status: 'supported' },
            ],
          },
        },
      },
    );
    const { metrics } = JSON.parse(JSON.stringify(built));
    expect(Object.keys(metrics)).toEqual([
      'hypothesesOpened',
      'experimentsDone',
      'insights',
      'decisions',
      'outcomes',
      'shareBeingTested',
      'mediansUpTo',
      'medianDays',
      'cycleDays',
      'actedOn',
      'notActedOn',
      'decidedWithoutEvidence',
      'stale',
      'quality',
    ]);
    expect([metrics.mediansUpTo, metrics.medianDays, metrics.cycleDays]).toEqual([
      '2026-10-25',
      { toFirstExperiment: 2, experimentToInsight: 2, insightToDecision: 1 },
      { toTesting: 2, toOutcome: 10 },
    ]);
  });

  it('reports an empty repository as nothing in every section', () => {
    const none = { supports: 0, refutes: 0, inconclusive: 0 };
    const windows = [
      ['2026-08-03', '2026-08-16'],
      ['2026-08-17', '2026-08-30'],
      ['2026-08-31', '2026-09-13'],
      ['2026-09-14', '2026-09-27'],
      ['2026-09-28', '2026-10-11'],
      ['2026-10-12', '2026-10-25'],
    ];
    // The builder's empty report is the renderers' empty fixture, over six 14-day windows; with git, no decision to count.
    expect(report({}, { commits: [] })).toEqual({
      ...emptyLoopReport(),
      period: { since: '2026-10-12', until: '2026-10-25', label: null },
      metrics: { ...emptyLoopReport().metrics, mediansUpTo: '2026-10-25' },
      outcomeHistory: windows.map(([since, until]) => ({ label: `${since} – ${until}`, since, until, outcomes: none })),
    });
  });
});

describe('buildLearningLoopReport: a period that starts after the report day', () => {
  const files = {
    [`${H}/h.yaml`]: `${HYPOTHESIS}created: 2026-09-01\nmetric_type: customer\njourney: köpa\nimportance: high\n`,
    [`${E}/e.yaml`]: doneEnding('2026-10-20'),
    [`${I}/i.yaml`]: decidedOn('2026-10-21', '2026-10-22'),
  };
  const config = { journey: ['köpa', 'resa'], sprints: { start: '2026-09-14', length_days: 14 } };

  it('is empty in every section, as of its end too, and says when it starts', () => {
    // Sprint 6 runs 2026-11-23 – 12-06; the report is made on 11-20, with the records above already there.
    const period = { since: '2026-11-23', until: '2026-12-06', label: 'Sprint 6' };
    const built = report(files, { config, period, asOf: '2026-11-20', warnings: ['git history is shallow'], commits: [] });
    expect(built).toEqual({
      ...emptyLoopReport(),
      period,
      asOf: '2026-11-20',
      journey: { asOf: '2026-11-20', stages: [], phasesWithoutHypotheses: [], skipped: [] },
      // No median is taken, so none covers anything.
      metrics: { ...emptyLoopReport().metrics, mediansUpTo: null },
      outcomeHistory: [],
      warnings: ['git history is shallow', 'sprint 6 starts on 2026-11-23'],
    });
  });

  it('counts no decision as acted on yet with the commits, and has no acted-on figures without them', () => {
    const period = { since: '2026-11-23', until: '2026-12-06', label: 'Sprint 6' };
    // A commit about the decision before the period: still nothing of the period to count.
    const commits = [{ sha: 'a'.repeat(40), day: '2026-10-23', subject: 'Build it', files: [], ids: ['i'] }];
    expect(report(files, { config, period, asOf: '2026-11-20', commits }).metrics.actedOn).toEqual({
      states: { acted: 0, 'not-yet': 0, overdue: 0, 'code-remains': 0, 'no-code-link': 0 },
      medianDays: { decisionToCommit: null, hypothesisToCode: null },
    });
    expect(report(files, { config, period, asOf: '2026-11-20' }).metrics.actedOn).toBeNull();
  });

  it('names a named sprint by its name, and a period of dates as the period', () => {
    const named = { sprints: [{ name: 'Jul', start: '2026-12-21', end: '2027-01-03' }] };
    expect(report(files, { config: named, period: { since: '2026-12-21', until: '2027-01-03', label: 'Jul' }, asOf: '2026-12-02' }).warnings).toEqual([
      'sprint "Jul" starts on 2026-12-21',
    ]);
    expect(report(files, { period: { since: '2026-12-21', until: '2026-12-21', label: null }, asOf: '2026-12-02' }).warnings).toEqual([
      'the period starts on 2026-12-21',
    ]);
  });

  it('is a period like any other when it starts on the report day', () => {
    const built = report(files, { config, period: { since: '2026-11-20', until: '2026-12-03', label: null }, asOf: '2026-11-20' });
    expect(built.warnings).toEqual([]);
    expect(built.funnel).toEqual({ hypotheses: 1, tested: 1, insights: 1, decisions: 1 });
    expect(built.journeyCoverage).toHaveLength(2);
  });
});
