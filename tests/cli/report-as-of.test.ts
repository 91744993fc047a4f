// A report of a past period shows the repository as it was at the period's end: each
// record's content from git as of that day, records committed later nowhere in it,
// records deleted since still there, and the time to learning read from the status history.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeRepo, type TempRepo } from '../helpers/temp-repo.js';

// Sprint 1: 7–20 September, sprint 2: 21 September – 4 October, sprint 3: 5–18 October.
const CONFIG = 'journey: [planera, köpa]\nsprints:\n  start: 2026-09-07\n  length_days: 14\n';

const hypothesis = (title: string, status: string, extra = '') =>
  `kind: hypothesis\ntitle: ${title}\nstatement: Vi tror att det stämmer, eftersom kunderna säger det\nstatus: ${status}\nimportance: high\nmetric_type: customer\njourney: köpa\n${extra}`;
const experiment = (status: string, extra = '') => `kind: experiment\ntitle: Test av kassan\ntests: [h-kassa]\nmethod: ab-test\nstatus: ${status}\n${extra}`;

const KASSA = 'learning/hypotheses/h-kassa.yaml';
const LATER = 'learning/hypotheses/h-senare.yaml';
const GONE = 'learning/hypotheses/h-borttagen.yaml';
const TEST = 'learning/experiments/e-kassa.yaml';

/** h-kassa goes open → testing → supported over three commits; h-senare comes with the third; h-borttagen goes with it. */
function history(): TempRepo {
  const repo = makeRepo({}, { git: true, config: CONFIG });
  repo.write(KASSA, hypothesis('Swish i kassan ökar köpen', 'open', 'created: 2026-09-08\n'));
  repo.write(GONE, hypothesis('Kvitto på papper behövs', 'open'));
  repo.write(TEST, experiment('planned'));
  repo.commit('Kassan: hypotes och plan', '2026-09-08');
  repo.write(KASSA, hypothesis('Swish i kassan ökar köpen', 'testing', 'created: 2026-09-08\n'));
  repo.write(TEST, experiment('running', 'start: 2026-09-22\n'));
  repo.commit('Testet av kassan startar', '2026-09-22');
  repo.write(KASSA, hypothesis('Swish i kassan ökar köpen', 'supported', 'created: 2026-09-08\n'));
  repo.write(TEST, experiment('done', 'start: 2026-09-22\nend: 2026-10-05\nsample: 4000\nresult:\n  summary: Fler köper\n  outcome: supports\n'));
  // Written unlike the deleted one, so that git sees an add and a delete, not a rename.
  repo.write(
    LATER,
    'kind: hypothesis\ntitle: Resenärer vill spara kortet\nstatement: Pendlare som reser varje dag vill slippa skriva in kortnumret igen\nstatus: open\nowner: Sara\ntags: [kort, betalning, pendlare]\n',
  );
  rmSync(path.join(repo.root, GONE));
  repo.commit('Kassan stöds; en ny hypotes, en borttagen', '2026-10-06');
  return repo;
}

async function reportJson(repo: TempRepo, ...args: string[]) {
  const result = await runCli(['-C', repo.root, 'report', '--format', 'json', ...args]);
  expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
  return JSON.parse(result.stdout);
}

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('hypo report of a past period', () => {
  it('shows a hypothesis as it was at the period end everywhere, and one committed later nowhere', async () => {
    const repo = history();
    const json = await reportJson(repo, '--sprint', '2');
    expect(json.asOf).toBe('2026-10-04');
    expect(json.assumptionMap.map((item: { id: string; status: string }) => `${item.id}:${item.status}`)).toEqual(['h-borttagen:open', 'h-kassa:testing']);
    // Tested by a running experiment then: being tested, and not yet in the tested list or the funnel's tested.
    expect(json.metrics.shareBeingTested).toBe(0.5);
    expect(json.tested).toEqual([]);
    expect(json.funnel).toEqual({ hypotheses: 2, tested: 0, insights: 0, decisions: 0 });
    expect(json.journeyCoverage).toEqual([
      { stage: 'planera', hypotheses: 0, tested: 0, supported: 0, guessing: true },
      { stage: 'köpa', hypotheses: 2, tested: 0, supported: 0, guessing: true },
    ]);
    expect(json.customerFocus).toMatchObject({ customer: 2, business: 0 });
    expect(Object.keys(json.titles).sort()).toEqual(['e-kassa', 'h-borttagen', 'h-kassa']);
    expect(JSON.stringify(json)).not.toContain('h-senare');
    // Entered on 8 September, committed as testing on 22 September; no outcome yet by 4 October.
    expect(json.metrics.cycleDays).toEqual({ toTesting: 14, toOutcome: null });

    const text = await runCli(['-C', repo.root, 'report', '--sprint', '2']);
    expect(text.stdout).toContain('2026-09-21 – 2026-10-04 · as of 2026-10-04');
    expect(text.stdout).not.toContain('spara kortet');
  });

  it('shows the next period with the third commit: supported, the new hypothesis in, the deleted one out', async () => {
    const repo = history();
    const json = await reportJson(repo, '--sprint', '3');
    expect(json.asOf).toBe('2026-10-18');
    expect(json.assumptionMap.map((item: { id: string; status: string }) => `${item.id}:${item.status}`)).toEqual(['h-kassa:supported', 'h-senare:open']);
    expect(ids(json.tested)).toEqual(['e-kassa']);
    expect(json.metrics.cycleDays).toEqual({ toTesting: 14, toOutcome: 28 });
  });

  it('picks the day with --as-of, in report and stale alike', async () => {
    const repo = history();
    // Sprint 1 ended on 20 September; as of 30 September h-kassa was already being tested.
    const json = await reportJson(repo, '--sprint', '1', '--as-of', '2026-09-30');
    expect(json.asOf).toBe('2026-09-30');
    expect(json.assumptionMap.map((item: { status: string }) => item.status)).toEqual(['open', 'testing']);
    expect((await reportJson(repo, '--sprint', '1')).assumptionMap.map((item: { status: string }) => item.status)).toEqual(['open', 'open']);
    const stale = await runCli(['-C', repo.root, 'stale', '--as-of', '2026-10-30', '--days', '30', '--format', 'json']);
    // h-borttagen, open since 8 September, was stale by 30 October, but it was deleted on 6 October.
    expect(JSON.parse(stale.stdout).stale).toEqual([]);
    const before = await runCli(['-C', repo.root, 'stale', '--as-of', '2026-10-05', '--days', '20', '--format', 'json']);
    expect(ids(JSON.parse(before.stdout).stale)).toEqual(['h-borttagen']);
  });

  it('counts uncommitted changes only for a period that includes today', async () => {
    const repo = history();
    repo.write(KASSA, hypothesis('Swish i kassan ökar köpen', 'refuted', 'created: 2026-09-08\n'));
    const past = await reportJson(repo, '--sprint', '2');
    expect(past.assumptionMap.find((item: { id: string }) => item.id === 'h-kassa').status).toBe('testing');
    // Today is 25 November (the test's clock): a period ending today is the working tree, uncommitted change included.
    const current = await reportJson(repo, '--since', '2026-11-12', '--until', '2026-11-25');
    expect(current.asOf).toBe('2026-11-25');
    expect(current.assumptionMap.find((item: { id: string }) => item.id === 'h-kassa').status).toBe('refuted');
    expect(current).toEqual(await reportJson(repo, '--since', '2026-11-12'));
  });

  it('uses the working tree without git, leaving out records created after the day, and says so', async () => {
    const repo = makeRepo(
      {
        [KASSA]: hypothesis('Swish i kassan ökar köpen', 'supported', 'created: 2026-09-08\n'),
        [LATER]: hypothesis('Resenärer vill spara kortet', 'open', 'created: 2026-10-06\n'),
      },
      { config: CONFIG },
    );
    const result = await runCli(['-C', repo.root, 'report', '--sprint', '2', '--format', 'json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(ids(json.assumptionMap)).toEqual(['h-kassa']);
    expect(json.warnings).toContain('not a git repository: the records are shown as they are now, not as of 2026-10-04');
    expect(result.stderr).toContain('hypo: warning: not a git repository: the records are shown as they are now, not as of 2026-10-04\n');
  });
});
