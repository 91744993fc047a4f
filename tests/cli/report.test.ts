// hypo report on a fixture with a known sprint: every list and figure of the JSON, exactly.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyLoopReport, NO_CPI } from '../helpers/loop-reports.js';
import { runCli } from '../helpers/run-cli.js';
import { type Lifetime, makeRepo, type TempRepo } from '../helpers/temp-repo.js';

const CONFIG = 'stale_after_days: 30\njourney: [planera, köpa, resa, efter resan]\nsprints:\n  start: 2026-10-05\n  length_days: 14\n';

const FILES: Record<string, string> = {
  'learning/hypotheses/h-realtid.yaml':
    'kind: hypothesis\ntitle: Resenärer vill se färjan i realtid\nstatement: s\nstatus: supported\nimportance: high\nmetric_type: customer\njourney: planera\ncreated: 2026-10-01\n',
  'learning/hypotheses/h-notiser.yaml':
    'kind: hypothesis\ntitle: Pendlare vill ha notiser\nstatement: s\nstatus: testing\nimportance: high\nmetric_type: customer\njourney: resa\ncreated: 2026-10-20\n',
  'learning/hypotheses/h-kassa.yaml':
    'kind: hypothesis\ntitle: Swish först ökar köpen\nstatement: s\nstatus: open\nimportance: high\nmetric_type: business\njourney: köpa\ncreated: 2026-09-01\n',
  'learning/hypotheses/h-gammal.yaml': 'kind: hypothesis\ntitle: Gammal idé\nstatement: s\nstatus: retired\ncreated: 2026-08-01\n',
  'learning/experiments/e-panel.yaml':
    'kind: experiment\ntitle: Kundpanel\ntests: [h-realtid]\nmethod: panel\nstatus: done\nstart: 2026-10-10\nend: 2026-10-20\nsample: 12\nresult:\n  summary: Tio av tolv vill se färjan\n  outcome: supports\n',
  'learning/experiments/e-ab.yaml':
    'kind: experiment\ntitle: A/B-test av kartan\ntests: [h-realtid]\nmethod: ab-test\nstatus: done\nstart: 2026-10-21\nend: 2026-10-28\nsample: 4000\nresult:\n  summary: Fler öppnar kartan\n  outcome: supports\n',
  'learning/experiments/e-notiser.yaml':
    'kind: experiment\ntitle: Enkät om notiser\ntests: [h-notiser]\nmethod: survey\nstatus: running\nstart: 2026-10-25\nend: 2026-11-10\n',
  'learning/insights/i-realtid.yaml':
    'kind: insight\ntitle: Realtid spelar roll\nlearned: Resenärer planerar efter färjan\nfrom: [e-panel, e-ab]\nhypotheses: [h-realtid]\nevidence: mixed\ndate: 2026-10-30\ndecision:\n  action: persevere\n  summary: Bygg kartan\n  date: 2026-10-31\n  next: [h-notiser]\n',
  'learning/insights/i-magkansla.yaml':
    'kind: insight\ntitle: Magkänsla om kassan\nlearned: Vi tror att kassan är för lång\ndate: 2026-10-22\ndecision:\n  action: pivot\n  summary: Korta kassan\n  date: 2026-10-23\n',
  'learning/insights/i-oanvand.yaml':
    'kind: insight\ntitle: Panelen vill ha mörkt läge\nlearned: Många vill ha mörkt läge\nfrom: [e-panel]\ndate: 2026-10-25\n',
};

function fixture(lifetime: Lifetime = 'test'): TempRepo {
  const repo = makeRepo(FILES, { git: true, config: CONFIG, lifetime });
  repo.commit('The sprint’s records', '2026-11-01');
  return repo;
}

/** One fixture for the tests that only read it: its commit costs more than a report. */
let shared: TempRepo | undefined;
const readOnlyFixture = () => (shared ??= fixture('file'));

const report = async (repo: TempRepo, ...args: string[]) => {
  const result = await runCli(['-C', repo.root, 'report', '--as-of', '2026-11-25', '--format', 'json', ...args]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
};

describe('hypo report --format json', () => {
  it('reports every list and figure of sprint 2 exactly', async () => {
    const json = await report(readOnlyFixture(), '--sprint', '2');
    expect(json.period).toEqual({ since: '2026-10-19', until: '2026-11-01', label: 'Sprint 2' });
    expect(json.asOf).toBe('2026-11-25');
    expect(json.tested).toEqual([
      {
        id: 'e-ab',
        title: 'A/B-test av kartan',
        method: 'ab-test',
        sample: 4000,
        outcome: 'supports',
        summary: 'Fler öppnar kartan',
        end: '2026-10-28',
        hypotheses: ['h-realtid'],
        value: null,
        metrics: [],
      },
      {
        id: 'e-panel',
        title: 'Kundpanel',
        method: 'panel',
        sample: 12,
        outcome: 'supports',
        summary: 'Tio av tolv vill se färjan',
        end: '2026-10-20',
        hypotheses: ['h-realtid'],
        value: null,
        metrics: [],
      },
    ]);
    expect(json.learned).toEqual([
      { id: 'i-magkansla', title: 'Magkänsla om kassan', learned: 'Vi tror att kassan är för lång', evidence: null, date: '2026-10-22', from: [], basis: [] },
      {
        id: 'i-oanvand',
        title: 'Panelen vill ha mörkt läge',
        learned: 'Många vill ha mörkt läge',
        evidence: null,
        date: '2026-10-25',
        from: ['e-panel'],
        basis: [{ id: 'e-panel', method: 'panel', outcome: 'supports' }],
      },
      {
        id: 'i-realtid',
        title: 'Realtid spelar roll',
        learned: 'Resenärer planerar efter färjan',
        evidence: 'mixed',
        date: '2026-10-30',
        from: ['e-panel', 'e-ab'],
        basis: [
          { id: 'e-panel', method: 'panel', outcome: 'supports' },
          { id: 'e-ab', method: 'ab-test', outcome: 'supports' },
        ],
      },
    ]);
    expect(json.decided).toEqual([
      { id: 'i-magkansla', title: 'Magkänsla om kassan', action: 'pivot', summary: 'Korta kassan', date: '2026-10-23', next: [] },
      { id: 'i-realtid', title: 'Realtid spelar roll', action: 'persevere', summary: 'Bygg kartan', date: '2026-10-31', next: ['h-notiser'] },
    ]);
    expect(json.opened).toEqual([{ id: 'h-notiser', title: 'Pendlare vill ha notiser', created: '2026-10-20' }]);
    expect(json.metrics).toEqual({
      hypothesesOpened: 1,
      experimentsDone: 2,
      insights: 3,
      decisions: 2,
      outcomes: { supports: 2, refutes: 0, inconclusive: 0 },
      shareBeingTested: 0.5,
      mediansUpTo: '2026-11-01',
      medianDays: { toFirstExperiment: 7, experimentToInsight: 3.5, insightToDecision: 1 },
      // From git: h-realtid entered on 1 October and was committed supported on 1 November; h-notiser entered on 20 October, testing then.
      cycleDays: { toTesting: 12, toOutcome: 31 },
      // No record names code and no commit a Hypo: trailer: hypo cannot tell whether the code followed.
      actedOn: {
        states: { acted: 0, 'not-yet': 0, overdue: 0, 'code-remains': 0, 'no-code-link': 2 },
        medianDays: { decisionToCommit: null, hypothesisToCode: null },
      },
      notActedOn: ['i-oanvand'],
      decidedWithoutEvidence: ['i-magkansla'],
      // Stale as of the day asked for (--as-of): by 25 November the survey is past its end.
      stale: ['e-notiser', 'h-kassa'],
      // The three hypotheses not retired, statement "s" each, none with a success or segment: hypo check warns the same.
      quality: [
        { rule: 'statement-no-reason', passed: 0, of: 3, share: 0, failing: ['h-kassa', 'h-notiser', 'h-realtid'] },
        { rule: 'success-missing', passed: 0, of: 2, share: 0, failing: ['h-notiser', 'h-realtid'] },
        { rule: 'success-not-measurable', passed: 0, of: 0, share: null, failing: [] },
        { rule: 'generic-segment', passed: 0, of: 0, share: null, failing: [] },
      ],
    });
    expect(json.funnel).toEqual({ hypotheses: 4, tested: 1, insights: 3, decisions: 2 });
    expect(json.outcomeHistory).toEqual([
      { label: 'Sprint 1', since: '2026-10-05', until: '2026-10-18', outcomes: { supports: 0, refutes: 0, inconclusive: 0 } },
      { label: 'Sprint 2', since: '2026-10-19', until: '2026-11-01', outcomes: { supports: 2, refutes: 0, inconclusive: 0 } },
    ]);
    expect(json.assumptionMap).toEqual([
      {
        id: 'h-kassa',
        title: 'Swish först ökar köpen',
        status: 'open',
        importance: 'high',
        risk: null,
        evidence: 'none',
        evidenceStated: false,
        testNext: true,
      },
      {
        id: 'h-notiser',
        title: 'Pendlare vill ha notiser',
        status: 'testing',
        importance: 'high',
        risk: null,
        evidence: 'none',
        evidenceStated: false,
        testNext: true,
      },
      {
        id: 'h-realtid',
        title: 'Resenärer vill se färjan i realtid',
        status: 'supported',
        importance: 'high',
        risk: null,
        evidence: 'strong',
        evidenceStated: false,
        testNext: false,
      },
    ]);
    expect(json.customerFocus).toEqual({ customer: 2, business: 1, unspecified: 0, customerShare: 2 / 3, cpi: NO_CPI });
    expect(json.journeyCoverage).toEqual([
      { stage: 'planera', hypotheses: 1, tested: 1, supported: 1, guessing: false },
      { stage: 'köpa', hypotheses: 1, tested: 0, supported: 0, guessing: true },
      { stage: 'resa', hypotheses: 1, tested: 0, supported: 0, guessing: true },
      { stage: 'efter resan', hypotheses: 0, tested: 0, supported: 0, guessing: true },
    ]);
    expect(json.titles['h-realtid']).toEqual({ kind: 'hypothesis', title: 'Resenärer vill se färjan i realtid' });
    expect(json.warnings).toEqual([]);
  });

  it('defaults to the current sprint, and takes previous, names and dates', async () => {
    const repo = readOnlyFixture();
    expect((await report(repo, '--as-of', '2026-10-25')).period).toEqual({ since: '2026-10-19', until: '2026-11-01', label: 'Sprint 2' });
    expect((await report(repo, '--as-of', '2026-10-25', '--sprint', 'previous')).period).toEqual({
      since: '2026-10-05',
      until: '2026-10-18',
      label: 'Sprint 1',
    });
    expect((await report(repo, '--sprint', 'Sprint 1')).period.label).toBe('Sprint 1');
    expect((await report(repo, '--since', '2026-10-20', '--until', '2026-10-24')).period).toEqual({ since: '2026-10-20', until: '2026-10-24', label: null });
  });

  it('uses the last 14 days without sprints, and resolves a git ref to its commit date', async () => {
    const repo = makeRepo(FILES, { git: true });
    repo.commit('Records', '2026-10-12');
    repo.git('tag', 'v1');
    repo.commit('Later', '2026-10-26');
    expect((await report(repo, '--as-of', '2026-11-01')).period).toEqual({ since: '2026-10-19', until: '2026-11-01', label: null });
    const sinceTag = await report(repo, '--since', 'v1', '--until', 'HEAD');
    expect(sinceTag.period).toEqual({ since: '2026-10-12', until: '2026-10-26', label: null });
    expect(sinceTag.outcomeHistory).toHaveLength(6);
    // e-panel ended inside the window (10-20), e-ab after it (10-28).
    expect(sinceTag.outcomeHistory[5]).toEqual({
      label: '2026-10-12 – 2026-10-26',
      since: '2026-10-12',
      until: '2026-10-26',
      outcomes: { supports: 1, refutes: 0, inconclusive: 0 },
    });
  });

  it('rejects a bad period with exit 2', async () => {
    const repo = readOnlyFixture();
    const cases: [string[], string][] = [
      [['--sprint', '9x'], 'there is no sprint "9x"'],
      [['--sprint', '2', '--since', '2026-10-01'], '--sprint cannot be combined with --since or --until'],
      [['--since', '2026-11-01', '--until', '2026-10-01'], 'the period starts (2026-11-01) after it ends (2026-10-01)'],
      [['--since', 'no-such-ref'], '--since no-such-ref: neither a date (YYYY-MM-DD) nor a git ref'],
      [['--since', '2026-02-30'], '--since: "2026-02-30" is not a real calendar date'],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(['-C', repo.root, 'report', ...args]);
      expect({ args, code: result.code }).toEqual({ args, code: 2 });
      expect(result.stderr).toContain(message);
    }
  });

  it('writes to a file with --out', async () => {
    const repo = fixture();
    const result = await runCli(['-C', repo.root, 'report', '--sprint', '2', '--as-of', '2026-11-25', '--format', 'json', '--out', 'sprint-2.json']);
    expect(result).toMatchObject({ code: 0, stdout: 'wrote sprint-2.json\n' });
    expect(JSON.parse(readFileSync(path.join(repo.root, 'sprint-2.json'), 'utf8')).period.label).toBe('Sprint 2');
  });
});

describe('hypo report on a period that starts after today', () => {
  // Sprints of the fixture: 5 runs 2026-11-30 – 12-13; today is 2026-11-25, or --as-of.
  it('warns on stderr and in the JSON, and reports nothing: the future has no data yet', async () => {
    const repo = readOnlyFixture();
    const result = await runCli(['-C', repo.root, 'report', '--sprint', '5', '--format', 'json']);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: 'hypo: warning: sprint 5 starts on 2026-11-30\n' });
    expect(JSON.parse(result.stdout)).toEqual({
      ...emptyLoopReport(),
      period: { since: '2026-11-30', until: '2026-12-13', label: 'Sprint 5' },
      asOf: '2026-11-25',
      metrics: { ...emptyLoopReport().metrics, mediansUpTo: null },
      outcomeHistory: [],
      warnings: ['sprint 5 starts on 2026-11-30'],
    });
    const asOf = await runCli(['-C', repo.root, 'report', '--sprint', '3', '--as-of', '2026-10-25', '--format', 'json']);
    expect(asOf.stderr).toBe('hypo: warning: sprint 3 starts on 2026-11-02\n');
    expect(JSON.parse(asOf.stdout).tested).toEqual([]);
  });

  it('says "the period" for dates, and takes a future --since without --until as that one day', async () => {
    const repo = readOnlyFixture();
    for (const [args, period] of [
      [['--since', '2026-12-21', '--until', '2027-01-03'], { since: '2026-12-21', until: '2027-01-03', label: null }],
      [['--since', '2026-12-21'], { since: '2026-12-21', until: '2026-12-21', label: null }],
    ] as const) {
      const result = await runCli(['-C', repo.root, 'report', ...args, '--format', 'json']);
      expect({ args, code: result.code, stderr: result.stderr }).toEqual({ args, code: 0, stderr: 'hypo: warning: the period starts on 2026-12-21\n' });
      expect(JSON.parse(result.stdout)).toMatchObject({ period, funnel: { hypotheses: 0, tested: 0, insights: 0, decisions: 0 }, assumptionMap: [] });
    }
    // Starting today is not the future.
    expect((await report(repo, '--since', '2026-11-25')).warnings).toEqual([]);
  });

  it('shows the warning in every format, and no advice to configure a journey that is configured', async () => {
    const repo = readOnlyFixture();
    const formats: [string, string][] = [
      ['text', 'no journey coverage: the period has not started'],
      ['markdown', '_No journey coverage: the period has not started._'],
      ['html', 'No journey coverage: the period has not started.'],
    ];
    for (const [format, coverage] of formats) {
      const result = await runCli(['-C', repo.root, 'report', '--sprint', '5', '--format', format]);
      expect({ format, code: result.code }).toEqual({ format, code: 0 });
      expect(result.stdout).toContain('sprint 5 starts on 2026-11-30');
      expect(result.stdout).toContain(coverage);
      expect(result.stdout).not.toMatch(/list them under/);
    }
  });
});
