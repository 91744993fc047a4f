// hypo show: the cards of each kind, the links in JSON, id prefixes and broken records.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/text-layout.js';
import { runCli } from '../helpers/run-cli.js';
import { makeRepo } from '../helpers/temp-repo.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/transit-app', import.meta.url));

// A loop: a hypothesis, the experiment testing it, the insight drawn from that, whose
// decision starts a new hypothesis; and an insight on which nothing was decided yet.
const FILES: Record<string, string> = {
  'learning/hypotheses/riders-want-realtime.yaml': [
    'kind: hypothesis',
    'title: Resenärer vill se bussen i realtid',
    'statement: We believe that riders check departures on the go, because the timetable is often wrong.',
    'status: supported',
    'segment: pendlare',
    'journey: resa',
    'metric: Share of riders who open the live map before leaving',
    'metric_type: customer',
    'success: We are right if more than half open the live map every week.',
    'importance: high',
    'owner: Sara Öberg',
    '',
  ].join('\n'),
  'learning/experiments/departures-panel.yaml': [
    'kind: experiment',
    'title: Panel on departures',
    'tests: [riders-want-realtime]',
    'method: panel',
    'status: done',
    'start: 2026-09-01',
    'end: 2026-09-14',
    'sample: 21',
    'plan: To verify that, we will ask the panel how they find out when the bus leaves.',
    'measure: How often they check, and where.',
    'result:',
    '  summary: Most check the live position.',
    '  outcome: supports',
    '',
  ].join('\n'),
  'learning/insights/riders-plan-at-home.yaml': [
    'kind: insight',
    'title: Riders plan at home',
    'observed: 17 of 21 check before they leave home.',
    'learned: We learned that the moment that matters is before leaving.',
    'from: [departures-panel]',
    'hypotheses: [riders-want-realtime]',
    'decision:',
    '  action: iterate',
    '  summary: Therefore we will test a reminder before the usual departure.',
    '  date: 2026-10-01',
    '  owner: Produktrådet',
    '  next: [riders-want-reminders]',
    '',
  ].join('\n'),
  'learning/hypotheses/riders-want-reminders.yaml':
    'kind: hypothesis\ntitle: Riders want reminders\nstatement: Vi tror att påminnelser hjälper\nstatus: open\n',
  'learning/insights/riders-ignore-ads.yaml': 'kind: insight\ntitle: Riders ignore ads\nlearned: Nobody looks at them.\nhypotheses: [riders-want-realtime]\n',
  'learning/hypotheses/broken-status.yaml': 'kind: hypothesis\ntitle: Broken\nstatement: s\nstatus: validatd\nx-jira: APP-1\n',
};

/** The fixture's broken record, named on stderr whenever another record is shown, and in the JSON. */
const SKIPPED_LINE = '⚠ 1 record left out for errors: learning/hypotheses/broken-status.yaml (hypo check shows why)\n';
const SKIPPED = [
  {
    file: 'learning/hypotheses/broken-status.yaml',
    line: 4,
    column: 9,
    rule: 'invalid-value',
    message: 'status must be one of open, testing, supported, refuted, inconclusive, retired — got "validatd"',
  },
];

const NO_LINKS = { testedBy: [], tests: [], insights: [], from: [], hypotheses: [], decision: null, next: [], startedBy: [] };

async function show(root: string, id: string, ...args: string[]) {
  return runCli(['-C', root, 'show', id, ...args]);
}

async function showJson(root: string, id: string) {
  const result = await show(root, id, '--format', 'json');
  expect(result.stderr).toBe(root === EXAMPLE ? '' : SKIPPED_LINE);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as { id: string; kind: string; file: string; record: Record<string, unknown>; links: unknown };
}

describe('hypo show --format text', () => {
  it('shows a hypothesis as a test card, with its experiments, insights and decisions', async () => {
    const repo = makeRepo(FILES);
    const { code, stdout, stderr } = await show(repo.root, 'riders-want-realtime');
    expect({ code, stderr }).toEqual({ code: 0, stderr: SKIPPED_LINE });
    expect(stdout).toContain('Resenärer vill se bussen i realtid\nriders-want-realtime · hypothesis · supported\n');
    expect(stdout).toContain(
      'importance high · evidence weak · segment pendlare · journey resa\nowner Sara Öberg\nlearning/hypotheses/riders-want-realtime.yaml\n',
    );
    expect(stdout).toContain('We believe that …\n  riders check departures on the go, because the timetable is often wrong.\n');
    expect(stdout).toContain('To verify that, we will …\n  departures-panel (done): ask the panel how they find out when the bus leaves.\n');
    expect(stdout).toContain('And measure …\n  Share of riders who open the live map before leaving (customer metric)\n');
    expect(stdout).toContain('We are right if …\n  more than half open the live map every week.\n');
    expect(stdout).toContain('Experiments testing it\n  departures-panel · Panel on departures · panel · done · supports\n');
    expect(stdout).toContain(
      'Insights\n  riders-ignore-ads · Riders ignore ads · not acted on\n  riders-plan-at-home · Riders plan at home · iterate\n    started riders-want-reminders\n',
    );
  });

  it('shows the risk, evidence as stated or graded, and no evidence when there is none', async () => {
    const repo = makeRepo({
      ...FILES,
      'learning/hypotheses/riders-pay-more.yaml': 'kind: hypothesis\ntitle: Riders pay more\nstatement: s\nstatus: open\nrisk: viability\nevidence: strong\n',
      'learning/hypotheses/riders-want-maps.yaml': 'kind: hypothesis\ntitle: Riders want maps\nstatement: s\nstatus: open\n',
    });
    expect((await show(repo.root, 'riders-pay-more')).stdout).toContain('riders-pay-more · hypothesis · open\nrisk viability · evidence strong (stated)\n');
    expect((await show(repo.root, 'riders-want-maps')).stdout).toContain('riders-want-maps · hypothesis · open\nno evidence\n');
    const stated = JSON.parse((await show(repo.root, 'riders-pay-more', '--format', 'json')).stdout);
    expect(stated.evidence).toEqual({ level: 'strong', stated: true });
    const graded = JSON.parse((await show(repo.root, 'riders-want-realtime', '--format', 'json')).stdout);
    expect(graded.evidence).toEqual({ level: 'weak', stated: false });
    expect(JSON.parse((await show(repo.root, 'departures-panel', '--format', 'json')).stdout).evidence).toBeNull();
  });

  it('shows an experiment with its plan, the hypotheses it tests, its result and insights', async () => {
    const repo = makeRepo(FILES);
    const { code, stdout } = await show(repo.root, 'departures-panel');
    expect(code).toBe(0);
    expect(stdout).toContain('Panel on departures\ndepartures-panel · experiment · done\nmethod panel · dates 2026-09-01 – 2026-09-14 · sample 21\n');
    expect(stdout).toContain('To verify that, we will …\n  ask the panel how they find out when the bus leaves.\n');
    expect(stdout).toContain('And measure …\n  How often they check, and where.\n');
    expect(stdout).toContain('Tests\n  riders-want-realtime · Resenärer vill se bussen i realtid · supported\n');
    expect(stdout).toContain('Result\n  Most check the live position.\n  outcome: supports\n');
    expect(stdout).toContain('Insights\n  riders-plan-at-home · Riders plan at home · iterate\n');
  });

  it('shows an insight as a learning card with its decision', async () => {
    const repo = makeRepo(FILES);
    const { code, stdout } = await show(repo.root, 'riders-plan-at-home');
    expect(code).toBe(0);
    expect(stdout).toContain('riders-plan-at-home · insight · decided\n');
    expect(stdout).toContain('We observed …\n  17 of 21 check before they leave home.\n');
    expect(stdout).toContain('We learned …\n  that the moment that matters is before leaving.\n');
    expect(stdout).toContain('Therefore we will …\n  iterate: test a reminder before the usual departure.\n  decided on 2026-10-01 by Produktrådet\n');
    expect(stdout).toContain('From experiments\n  departures-panel · Panel on departures · panel · done · supports\n');
    expect(stdout).toContain('About hypotheses\n  riders-want-realtime · Resenärer vill se bussen i realtid · supported\n');
    expect(stdout).toContain('Next\n  riders-want-reminders · Riders want reminders · hypothesis · open\n');
  });

  it('says when nothing was decided on an insight yet', async () => {
    const repo = makeRepo(FILES);
    const { stdout } = await show(repo.root, 'riders-ignore-ads');
    expect(stdout).toContain('riders-ignore-ads · insight · undecided\n');
    expect(stdout).toContain('No decision yet\n  hypo decide riders-ignore-ads <action> --summary "…"\n');
    expect(stdout).not.toContain('Therefore we will');
    expect(stdout).not.toContain('We observed');
  });

  it('names the insight whose decision started a record', async () => {
    const repo = makeRepo(FILES);
    const { stdout } = await show(repo.root, 'riders-want-reminders');
    expect(stdout).toContain('To verify that, we will …\n  no experiment tests it yet\n');
    expect(stdout).toMatch(/Started by\n {2}riders-plan-at-home · Riders plan at home · iterate\n$/);
    expect(stdout).not.toContain('And measure');
  });

  it('wraps every card of the example repository to 80 columns, keeping å, ä and ö', async () => {
    const list = await runCli(['-C', EXAMPLE, 'list', '--format', 'json']);
    const ids = (JSON.parse(list.stdout) as { id: string }[]).map((row) => row.id);
    expect(ids).toHaveLength(25);
    for (const id of ids) {
      const { code, stdout } = await show(EXAMPLE, id, '--lang', 'en');
      expect(code).toBe(0);
      // Ids and paths are never cut; every other line fits.
      for (const line of stdout.split('\n')) if (line.includes(' ')) expect(displayWidth(line), `${id}: ${line}`).toBeLessThanOrEqual(80);
    }
    const { stdout } = await show(EXAMPLE, 'farjeresenarer-vill-se', '--lang', 'en');
    expect(stdout).toContain(
      'We believe that …\n  Vi tror att färjeresenärer i skärgården vill se var färjan är just nu,\n  eftersom avgångarna från Storö och Lillö ofta flyttas några minuter av väder\n',
    );
  });

  it('colours only when asked', async () => {
    const repo = makeRepo(FILES);
    const plain = await show(repo.root, 'riders-want-realtime');
    expect(plain.stdout).not.toContain('\u001b');
    const painted = await runCli(['-C', repo.root, 'show', 'riders-want-realtime'], { color: true });
    expect(painted.stdout).toContain('\u001b[32msupported\u001b[39m');
    expect(painted.stdout).toContain('\u001b[1mWe believe that …');
  });
});

describe('hypo show --format json', () => {
  it('gives the record as written and every link key for each kind', async () => {
    const repo = makeRepo(FILES);
    const hypothesis = await showJson(repo.root, 'riders-want-realtime');
    expect(hypothesis.id).toBe('riders-want-realtime');
    expect(hypothesis.kind).toBe('hypothesis');
    expect(hypothesis.file).toBe('learning/hypotheses/riders-want-realtime.yaml');
    expect(hypothesis.record.title).toBe('Resenärer vill se bussen i realtid');
    expect(hypothesis.links).toEqual({ ...NO_LINKS, testedBy: ['departures-panel'], insights: ['riders-ignore-ads', 'riders-plan-at-home'] });

    expect((await showJson(repo.root, 'departures-panel')).links).toEqual({ ...NO_LINKS, tests: ['riders-want-realtime'], insights: ['riders-plan-at-home'] });

    expect((await showJson(repo.root, 'riders-plan-at-home')).links).toEqual({
      ...NO_LINKS,
      from: ['departures-panel'],
      hypotheses: ['riders-want-realtime'],
      decision: {
        action: 'iterate',
        summary: 'Therefore we will test a reminder before the usual departure.',
        date: '2026-10-01',
        owner: 'Produktrådet',
        next: ['riders-want-reminders'],
      },
      next: ['riders-want-reminders'],
    });

    expect((await showJson(repo.root, 'riders-want-reminders')).links).toEqual({ ...NO_LINKS, startedBy: ['riders-plan-at-home'] });
  });

  it('links the example repository the same way', async () => {
    const json = await showJson(EXAMPLE, 'offlinebiljett-minskar');
    expect(json.links).toEqual({
      ...NO_LINKS,
      testedBy: ['offlinebiljett-prototyptest'],
      startedBy: ['farjeresenarer-vill-kopa-i-appen-om-biljetten-fungerar-utan-nat'],
    });
  });
});

describe('hypo show ids and broken records', () => {
  it('takes a unique prefix', async () => {
    const repo = makeRepo(FILES);
    expect((await showJson(repo.root, 'riders-want-rem')).id).toBe('riders-want-reminders');
  });

  it('lists the candidates of an ambiguous prefix, with exit 2', async () => {
    const repo = makeRepo(FILES);
    const result = await show(repo.root, 'riders-want');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('"riders-want" matches several records: riders-want-realtime, riders-want-reminders');
  });

  it('suggests the nearest id for an unknown one, with exit 2', async () => {
    const repo = makeRepo(FILES);
    const result = await show(repo.root, 'departures-panle');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no record has the id "departures-panle" (did you mean "departures-panel"?)');
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('sends a record that failed its schema to hypo check, with exit 1', async () => {
    const repo = makeRepo(FILES);
    const text = await show(repo.root, 'broken-status');
    expect(text.code).toBe(1);
    expect(text.stdout).toBe('');
    expect(text.stderr).toBe(
      'hypo: learning/hypotheses/broken-status.yaml has 1 problem, so it cannot be shown as a card\nhint: hypo check lists them with their lines\n',
    );

    const json = await show(repo.root, 'broken-status', '--format', 'json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({
      id: 'broken-status',
      kind: 'hypothesis',
      file: 'learning/hypotheses/broken-status.yaml',
      record: { kind: 'hypothesis', title: 'Broken', statement: 's', status: 'validatd', 'x-jira': 'APP-1' },
      links: NO_LINKS,
      evidence: null,
      metric: null,
      skipped: SKIPPED,
    });
  });
});
