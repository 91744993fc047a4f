// The quality group of `hypo check`, rule by rule, in English and Swedish, each both ways:
// a record that should warn does, at its line and column, and one that should not does not.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/graph.js';
import type { Problem } from '../../src/model/problem.js';
import { checkQuality, type QualityConfig } from '../../src/rules/check-quality.js';
import { findStaleRecords } from '../../src/rules/stale.js';
import { type SuccessHistory, successAfterTestMayApply } from '../../src/rules/success-after-test.js';
import { loadFiles } from '../helpers/load-files.js';

const H = 'learning/hypotheses/h.yaml';

function hypothesis(fields: Record<string, string>): string {
  const all = { statement: 'We believe that riders check departures, because buses are late', status: 'open', ...fields };
  return `kind: hypothesis\ntitle: T\n${Object.entries(all)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n')}\n`;
}

function run(files: Record<string, string>, config?: QualityConfig, history?: SuccessHistory): Problem[] {
  const loaded = loadFiles(files);
  for (const file of loaded) expect(file.problems, file.file).toEqual([]);
  return checkQuality(loaded, buildGraph(loaded), config, history);
}

const rules = (problems: Problem[]) => problems.map((problem) => problem.rule);
const where = (problems: Problem[]) => problems.map((problem) => `${problem.line}:${problem.column} ${problem.severity} ${problem.rule}`);

describe('statement-no-reason', () => {
  it.each([
    'We believe that riders check departures because buses are late',
    'We believe riders check departures, since the printed timetable is wrong',
    'We believe riders check departures, as the buses are often late',
    'We believe that riders check departures due to late buses',
    'Vi tror att pendlare vill ha en påminnelse eftersom de glömmer periodkortet',
    'Vi tror att pendlare vill ha en påminnelse därför att de glömmer',
    'Vi tror att pendlare vill ha en påminnelse, då de ofta glömmer',
    'Vi tror att färjeresenärer köper ombord på grund av dålig täckning',
  ])('finds the reason in "%s"', (statement) => {
    expect(run({ [H]: hypothesis({ statement }) })).toEqual([]);
  });

  it.each([
    'We believe that riders check departures on the go',
    'We believe that showing Swish as the first option increases conversion',
    'We believe that riders check departures, so that they catch the bus',
    'We believe that riders who asked for it check departures',
    'Vi tror att pendlare vill få en påminnelse, så att de slipper böter',
    'Vi tror att resenärer då och då kollar avgångarna',
    'Vi tror att pendlare vill ha en påminnelse innan kortet går ut',
  ])('warns of "%s", at the statement', (statement) => {
    expect(where(run({ [H]: hypothesis({ statement }) }))).toEqual(['3:12 warning statement-no-reason']);
  });

  it('takes the team’s own reason words from the config', () => {
    const files = { [H]: hypothesis({ statement: 'Vi tror att pendlare vill ha en påminnelse, enligt kundtjänst ofta glömmer de' }) };
    expect(rules(run(files))).toEqual(['statement-no-reason']);
    expect(run(files, { reason_words: ['enligt'] })).toEqual([]);
  });
});

describe('success-missing', () => {
  const planned = (status: string) => `kind: experiment\ntitle: E\ntests: [h]\nmethod: panel\nstatus: ${status}\n`;

  it.each(['testing', 'supported', 'refuted', 'inconclusive'])('warns of a hypothesis that is %s without a success, at its status', (status) => {
    expect(where(run({ [H]: hypothesis({ status }) }))).toEqual(['4:9 warning success-missing']);
  });

  it.each(['planned', 'running'])('warns of an open hypothesis a %s experiment tests', (status) => {
    const problems = run({ [H]: hypothesis({}), 'learning/e.yaml': planned(status) });
    expect(problems).toEqual([expect.objectContaining({ rule: 'success-missing', message: expect.stringContaining('"e" tests it') })]);
  });

  it('leaves alone an open or retired hypothesis nothing is testing, and one with a success', () => {
    expect(run({ [H]: hypothesis({}), 'learning/e.yaml': planned('cancelled') })).toEqual([]);
    expect(run({ [H]: hypothesis({ status: 'retired' }) })).toEqual([]);
    expect(run({ [H]: hypothesis({ status: 'testing', success: 'Minst 7 av 8 väljer rätt brygga' }) })).toEqual([]);
  });
});

describe('success-not-measurable', () => {
  it.each([
    'We are right if at least 10 of 14 interviewed travellers check the ferry',
    'We are right if 30 % open the notice',
    'We are right if calls drop by a third',
    'We are right if more than half prefer buying on board',
    'Vi har rätt om hälften av pendlarna förnyar i tid',
    'Vi har rätt om minst tre av fyra hittar rätt brygga',
    'Vi har rätt om samtalen till kundtjänst halveras',
    'Vi har rätt om konverteringen ökar med två procentenheter',
  ])('finds the quantity in "%s"', (success) => {
    expect(run({ [H]: hypothesis({ success }) })).toEqual([]);
  });

  it.each(['customers like it more', 'We are right if riders are happier', 'kunderna blir nöjdare', 'Vi har rätt om en del resenärer använder den'])(
    'warns of "%s", at the success',
    (success) => {
      expect(where(run({ [H]: hypothesis({ success }) }))).toEqual(['5:10 warning success-not-measurable']);
    },
  );

  it('takes the team’s own quantity words from the config', () => {
    const files = { [H]: hypothesis({ success: 'Vi har rätt om flertalet förnyar i tid' }) };
    expect(rules(run(files))).toEqual(['success-not-measurable']);
    expect(run(files, { measure_words: ['flertalet'] })).toEqual([]);
  });
});

describe('generic-segment', () => {
  it.each(['users', 'Customers', 'everyone', 'all users', 'our customers', 'användare', 'Kunder', 'alla', 'alla kunder', 'våra användare'])(
    'warns of the segment "%s", at the segment',
    (segment) => {
      expect(where(run({ [H]: hypothesis({ segment }) }))).toEqual(['5:10 warning generic-segment']);
    },
  );

  it.each(['commuters with a season ticket', 'users of the ferry line', 'pendlare med periodkort', 'kunder som köper enkelbiljett', 'färjeresenärer'])(
    'accepts the segment "%s"',
    (segment) => {
      expect(run({ [H]: hypothesis({ segment }) })).toEqual([]);
    },
  );

  it('takes the team’s own generic segments from the config', () => {
    const files = { [H]: hypothesis({ segment: 'resenärer' }) };
    expect(run(files)).toEqual([]);
    expect(rules(run(files, { generic_segments: ['resenärer'] }))).toEqual(['generic-segment']);
  });
});

describe('decision-against-evidence', () => {
  const done = (id: string, outcome: string) => ({
    [`learning/e/${id}.yaml`]: `kind: experiment\ntitle: E\ntests: [h]\nmethod: panel\nstatus: done\nresult:\n  summary: s\n  outcome: ${outcome}\n`,
  });
  const insight = (action: string, from: string) =>
    `kind: insight\ntitle: I\nlearned: Vi lärde oss något\nfrom: [${from}]\ndecision:\n  action: ${action}\n  summary: Därför ska vi fortsätta\n`;
  const base = { [H]: hypothesis({ status: 'refuted', success: 'Minst 7 av 8' }) };

  it('warns of persevering when every experiment refutes, and of stopping when every one supports, at the action', () => {
    const refuted = run({ ...base, ...done('a', 'refutes'), ...done('b', 'refutes'), 'learning/i.yaml': insight('persevere', 'a, b') });
    expect(where(refuted)).toEqual(['6:11 warning decision-against-evidence']);
    expect(refuted[0]!.message).toContain('all 2 experiments behind the insight refute');
    const supported = run({ ...base, ...done('a', 'supports'), 'learning/i.yaml': insight('stop', 'a') });
    expect(supported[0]).toMatchObject({ rule: 'decision-against-evidence', message: expect.stringContaining('the experiment behind the insight supports') });
  });

  it('accepts a decision that follows the evidence, or one that mixed results leave open', () => {
    expect(run({ ...base, ...done('a', 'supports'), 'learning/i.yaml': insight('persevere', 'a') })).toEqual([]);
    expect(run({ ...base, ...done('a', 'refutes'), ...done('b', 'supports'), 'learning/i.yaml': insight('persevere', 'a, b') })).toEqual([]);
    expect(run({ ...base, ...done('a', 'refutes'), 'learning/i.yaml': insight('pivot', 'a') })).toEqual([]);
  });
});

describe('experiment-without-insight', () => {
  const experiment = (status: string) =>
    `kind: experiment\ntitle: Intervjuer med färjeresenärer\ntests: [h]\nmethod: interview\nstatus: ${status}\n${status === 'done' ? 'result:\n  summary: s\n  outcome: supports\n' : ''}`;
  const base = { [H]: hypothesis({ success: 'Minst 10 av 14' }) };

  it('warns of a done experiment no insight draws on, at its status', () => {
    expect(where(run({ ...base, 'learning/e.yaml': experiment('done') }))).toEqual(['5:9 warning experiment-without-insight']);
  });

  it('accepts one an insight draws on, and one not done yet', () => {
    const insight = 'kind: insight\ntitle: I\nlearned: Färjeresenärer planerar efter färjan\nfrom: [e]\n';
    expect(run({ ...base, 'learning/e.yaml': experiment('done'), 'learning/i.yaml': insight })).toEqual([]);
    expect(run({ ...base, 'learning/e.yaml': experiment('running') })).toEqual([]);
  });
});

describe('the quality config', () => {
  const files = { [H]: hypothesis({ statement: 'We believe riders check departures', segment: 'users' }) };

  it('turns the group into errors or off, and single rules over the group', () => {
    expect(run(files, { level: 'error' }).map((problem) => problem.severity)).toEqual(['error', 'error']);
    expect(run(files, { level: 'off' })).toEqual([]);
    expect(where(run(files, { level: 'off', rules: { 'generic-segment': 'error' } }))).toEqual(['5:10 error generic-segment']);
    expect(rules(run(files, { rules: { 'statement-no-reason': 'off' } }))).toEqual(['generic-segment']);
  });
});

describe('success-after-test', () => {
  const files = {
    [H]: hypothesis({ status: 'testing', success: 'Minst 7 av 8' }),
    'learning/e.yaml': 'kind: experiment\ntitle: E\ntests: [h]\nmethod: usability-test\nstatus: running\nstart: 2026-10-05\n',
  };
  const history = (change: SuccessHistory['criterionChanges'] extends ReadonlyMap<string, infer C> ? C : never): SuccessHistory => ({
    today: '2026-11-01',
    criterionChanges: new Map([[H, change]]),
    firstCommitDays: new Map(),
  });

  it('needs git only where an experiment with a start, running or done, tests a hypothesis with a criterion', () => {
    const graphOf = (records: Record<string, string>) => buildGraph(loadFiles(records));
    expect(successAfterTestMayApply(graphOf(files))).toBe(true);
    const planned = 'kind: experiment\ntitle: E\ntests: [h]\nmethod: usability-test\nstatus: planned\n';
    expect(successAfterTestMayApply(graphOf({ ...files, 'learning/e.yaml': planned }))).toBe(false);
    // A start still to come counts: the day it comes, the answer changes without a file changing.
    expect(successAfterTestMayApply(graphOf({ ...files, 'learning/e.yaml': `${planned}start: 2027-01-04\n` }))).toBe(true);
    expect(successAfterTestMayApply(graphOf({ ...files, [H]: hypothesis({ status: 'testing' }) }))).toBe(false);
  });

  it('warns of a success changed after the experiment started, naming the commit and its day', () => {
    const problems = run(files, undefined, history({ field: 'success', sha: 'abcdef1234567', day: '2026-10-12' }));
    expect(where(problems)).toEqual(['5:10 warning success-after-test']);
    expect(problems[0]!.message).toContain('last changed in commit abcdef1 on 2026-10-12, after "e" started on 2026-10-05');
  });

  it('accepts a success written before or on the day the experiment started', () => {
    expect(run(files, undefined, history({ field: 'success', sha: 'abcdef1234567', day: '2026-10-05' }))).toEqual([]);
    expect(run(files, undefined, history({ field: 'success', sha: 'abcdef1234567', day: '2026-09-30' }))).toEqual([]);
  });
});

describe('experiment-without-insight as a stale reason', () => {
  const experiment = (end: string) =>
    `kind: experiment\ntitle: Intervjuer\ntests: [h]\nmethod: interview\nstatus: done\nend: ${end}\nresult:\n  summary: s\n  outcome: supports\n`;
  const stale = (files: Record<string, string>) => {
    const loaded = loadFiles(files);
    return findStaleRecords(loaded, buildGraph(loaded), { asOf: '2026-11-25', days: 30, ageOf: () => 90 });
  };

  it('flags a done experiment no insight draws on, once its end is stale_after_days past', () => {
    const findings = stale({ [H]: hypothesis({ status: 'supported', success: 'Minst 10 av 14' }), 'learning/e.yaml': experiment('2026-10-01') });
    expect(findings.map((finding) => `${finding.line} ${finding.reason}: ${finding.message}`)).toEqual([
      '5 experiment-without-insight: done since 2026-10-01, 55 days ago (stale after 30), and no insight draws on it: write down what was learned',
    ]);
  });

  it('leaves alone one that ended lately, and one an insight draws on', () => {
    expect(stale({ [H]: hypothesis({ status: 'supported', success: 'Minst 10 av 14' }), 'learning/e.yaml': experiment('2026-11-10') })).toEqual([]);
    const insight = 'kind: insight\ntitle: I\nlearned: l\nfrom: [e]\n';
    expect(
      stale({ [H]: hypothesis({ status: 'supported', success: 'Minst 10 av 14' }), 'learning/e.yaml': experiment('2026-10-01'), 'learning/i.yaml': insight }),
    ).toEqual([]);
  });
});
