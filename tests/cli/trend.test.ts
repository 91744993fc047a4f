// hypo trend: the last sprints side by side, each computed as of its own end from git.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeRepo, type TempRepo } from '../helpers/temp-repo.js';

// Sprint 1: 7–20 September … sprint 6: 16–29 November, running on the test's today, 25 November.
const CONFIG = 'sprints:\n  start: 2026-09-07\n  length_days: 14\n';

const hypothesis = (title: string, status: string, metric: string, extra = '') =>
  `kind: hypothesis\ntitle: ${title}\nstatement: Vi tror det, eftersom kunderna säger det\nstatus: ${status}\nmetric_type: ${metric}\n${extra}`;
const kassa = (status: string) => hypothesis('Swish i kassan ökar köpen', status, 'customer', 'created: 2026-09-08\n');
const spara = (status: string) =>
  `kind: hypothesis\ntitle: Resenärer vill spara kortet\nstatement: Pendlare som reser varje dag vill slippa skriva in kortnumret igen\nstatus: ${status}\nmetric_type: customer\ntags: [kort, betalning]\n`;
const experiment = (status: string, extra = '') => `kind: experiment\ntitle: Test av kassan\ntests: [h-kassa]\nmethod: ab-test\nstatus: ${status}\n${extra}`;
const insight = (extra = '') => `kind: insight\ntitle: Swish lönar sig\nlearned: Fler köper med Swish\nfrom: [e-kassa]\ndate: 2026-10-06\n${extra}`;

const NO_DECISIONS = { acted: 0, 'not-yet': 0, overdue: 0, 'code-remains': 0, 'no-code-link': 0 };
const NO_MEDIANS = { decisionToCommit: null, hypothesisToCode: null };

/** A history across five sprints, one commit each. */
function history(): TempRepo {
  const repo = makeRepo({}, { git: true, config: CONFIG });
  repo.write('learning/h/h-kassa.yaml', kassa('open'));
  repo.write('learning/h/h-kvitto.yaml', hypothesis('Kvitto på papper behövs', 'open', 'business', 'created: 2026-09-08\n'));
  repo.write('learning/e/e-kassa.yaml', experiment('planned'));
  repo.commit('Sprint 1: hypoteser och plan', '2026-09-08');
  repo.write('learning/h/h-kassa.yaml', kassa('testing'));
  repo.write('learning/e/e-kassa.yaml', experiment('running', 'start: 2026-09-22\n'));
  repo.commit('Sprint 2: testet startar', '2026-09-22');
  repo.write('learning/h/h-kassa.yaml', kassa('supported'));
  repo.write('learning/e/e-kassa.yaml', experiment('done', 'start: 2026-09-22\nend: 2026-10-05\nresult:\n  summary: Fler köper\n  outcome: supports\n'));
  repo.write('learning/i/i-kassa.yaml', insight());
  repo.write('learning/h/h-spara.yaml', spara('open'));
  repo.commit('Sprint 3: resultat och insikt', '2026-10-06');
  repo.write('learning/i/i-kassa.yaml', insight('decision:\n  action: persevere\n  summary: Behåll Swish först\n  date: 2026-10-20\n'));
  repo.write('learning/h/h-spara.yaml', spara('testing'));
  repo.commit('Sprint 4: beslut', '2026-10-20');
  repo.write('learning/h/h-spara.yaml', spara('refuted'));
  repo.commit('Sprint 5: spara kortet motbevisad', '2026-11-03');
  return repo;
}

describe('hypo trend', () => {
  it('gives each sprint as of its own end, oldest first, exactly', async () => {
    const repo = history();
    const result = await runCli(['-C', repo.root, 'trend', '--sprints', '4', '--format', 'json']);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    const period = (label: string, since: string, until: string, figures: object) => ({ since, until, label, ...figures });
    expect(JSON.parse(result.stdout)).toEqual({
      asOf: '2026-11-25',
      periods: [
        // As of 18 October: the test done, its insight drawn and not yet acted on; h-spara opened.
        period('Sprint 3', '2026-10-05', '2026-10-18', {
          tested: 1,
          learned: 1,
          decided: 0,
          opened: 1,
          notActedOn: 1,
          decidedWithoutEvidence: 0,
          stale: 1,
          customerShare: 2 / 3,
          cycleDays: { toTesting: 14, toOutcome: 28 },
          actedOn: { states: NO_DECISIONS, medianDays: NO_MEDIANS },
        }),
        // As of 1 November: the decision taken on the experiment's evidence; h-spara testing 14 days after it came.
        period('Sprint 4', '2026-10-19', '2026-11-01', {
          tested: 0,
          learned: 0,
          decided: 1,
          opened: 0,
          notActedOn: 0,
          decidedWithoutEvidence: 0,
          stale: 2,
          customerShare: 2 / 3,
          cycleDays: { toTesting: 14, toOutcome: 28 },
          // The decision names no code and no commit names it: hypo cannot tell.
          actedOn: { states: { ...NO_DECISIONS, 'no-code-link': 1 }, medianDays: NO_MEDIANS },
        }),
        // As of 15 November: h-spara refuted 28 days after it came.
        period('Sprint 5', '2026-11-02', '2026-11-15', {
          tested: 0,
          learned: 0,
          decided: 0,
          opened: 0,
          notActedOn: 0,
          decidedWithoutEvidence: 0,
          stale: 1,
          customerShare: 2 / 3,
          cycleDays: { toTesting: 14, toOutcome: 28 },
          actedOn: { states: NO_DECISIONS, medianDays: NO_MEDIANS },
        }),
        // Running: as of today.
        period('Sprint 6', '2026-11-16', '2026-11-29', {
          tested: 0,
          learned: 0,
          decided: 0,
          opened: 0,
          notActedOn: 0,
          decidedWithoutEvidence: 0,
          stale: 1,
          customerShare: 2 / 3,
          cycleDays: { toTesting: 14, toOutcome: 28 },
          actedOn: { states: NO_DECISIONS, medianDays: NO_MEDIANS },
        }),
      ],
      skipped: [],
    });
  });

  it('lays the sprints side by side in 80 columns, and has only the sprints that have started', async () => {
    const repo = history();
    const result = await runCli(['-C', repo.root, 'trend']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual(['Learning loop trend · Sprint 1 – Sprint 6', '6 sprints, each as of its own end · made 2026-11-25']);
    expect(lines).toContain('                  Sprint 1  Sprint 2  Sprint 3  Sprint 4  Sprint 5  Sprint 6');
    expect(lines).toContain('decided                  0         0         0         1         0         0');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    const ten = await runCli(['-C', repo.root, 'trend', '--sprints', '10']);
    // Only six sprints have started: the trend has six, not ten.
    expect(ten.stdout).toContain('6 sprints, each as of its own end');
    // As if today were 10 October: sprint 3 is running, and is the last.
    const earlier = JSON.parse((await runCli(['-C', repo.root, 'trend', '--as-of', '2026-10-10', '--format', 'json'])).stdout);
    expect(earlier.asOf).toBe('2026-10-10');
    expect(earlier.periods.map((period: { label: string }) => period.label)).toEqual(['Sprint 1', 'Sprint 2', 'Sprint 3']);
    expect(earlier.periods.at(-1).tested).toBe(1);
  });

  it('compares windows of 14 days ending today without sprints in the config', async () => {
    const repo = makeRepo({ 'learning/h/h-spara.yaml': spara('open') }, { git: true });
    repo.commit('En hypotes', '2026-11-20');
    const json = JSON.parse((await runCli(['-C', repo.root, 'trend', '--sprints', '2', '--format', 'json'])).stdout);
    expect(json.periods.map((period: { since: string; until: string; label: null }) => [period.since, period.until, period.label])).toEqual([
      ['2026-10-29', '2026-11-11', null],
      ['2026-11-12', '2026-11-25', null],
    ]);
    expect(json.periods.map((period: { opened: number }) => period.opened)).toEqual([0, 1]);
    // Eight windows do not fit beside each other in 80 columns: two tables, six and two.
    const text = (await runCli(['-C', repo.root, 'trend', '--sprints', '8'])).stdout.split('\n');
    expect(text.filter((line) => line.startsWith('tested '))).toEqual([
      'tested                   0         0         0         0         0         0',
      'tested                   0         0',
    ]);
    expect(text).toContain('                     08-06     08-20     09-03     09-17     10-01     10-15');
    for (const line of text) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('rejects a --sprints that is no whole number, with exit 2', async () => {
    const repo = history();
    const result = await runCli(['-C', repo.root, 'trend', '--sprints', 'sex']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--sprints sex: not a whole number of at least 1');
  });
});
