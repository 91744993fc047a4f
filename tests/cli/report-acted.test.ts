// "Acted on" in hypo report and hypo trend, on a real git repository with backdated
// commits: the decisions of a sprint by what the code did, and the medians from a
// decision to its first commit and from a hypothesis to the first commit on its code.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeRepo, type TempRepo } from '../helpers/temp-repo.js';

// Sprint 1: 5–18 October, sprint 2: 19 October – 1 November, sprint 3: 2–15 November, sprint 4 running on the test's today, 25 November.
const CONFIG = 'act_within_days: 7\nsprints:\n  start: 2026-10-05\n  length_days: 14\n';

const hypothesis = (created: string, code: string) => `kind: hypothesis\ntitle: H\nstatement: s\nstatus: open\ncreated: ${created}\ncode: ['${code}']\n`;
const insight = (date: string, action: string, lines = '') =>
  `kind: insight\ntitle: I\nlearned: l\ndate: 2026-10-01\n${lines}decision:\n  action: ${action}\n  summary: s\n  date: ${date}\n`;

/** The records in the first commit, then the code commits; what each decision should come out as, beside it. */
function repository(): TempRepo {
  const repo = makeRepo({}, { git: true, config: CONFIG, lifetime: 'file' });
  repo.write('learning/h-kassa.yaml', hypothesis('2026-10-01', 'src/kassa/**'));
  repo.write('learning/h-karta.yaml', hypothesis('2026-10-06', 'src/karta/**'));
  repo.write('learning/h-notiser.yaml', hypothesis('2026-10-10', 'src/notiser/**'));
  // Sprint 2, as of its end (1 November), acting within 7 days:
  // acted, 4 days after (a commit on its hypothesis' code);
  repo.write('learning/i-kassa.yaml', insight('2026-10-20', 'persevere', 'hypotheses: [h-kassa]\n'));
  // acted, 3 days after (a Hypo: trailer);
  repo.write('learning/i-notiser.yaml', insight('2026-10-22', 'iterate'));
  // code-remains: stopped 11 days before, src/karta still tracked;
  repo.write('learning/i-karta.yaml', insight('2026-10-21', 'stop', 'hypotheses: [h-karta]\n'));
  // overdue: 13 days without a commit on its code;
  repo.write('learning/i-tidtabell.yaml', insight('2026-10-19', 'persevere', "code: ['src/tidtabell/**']\n"));
  // not-yet: 2 days, its commit comes in sprint 3;
  repo.write('learning/i-sen.yaml', insight('2026-10-30', 'iterate', "code: ['src/sen/**']\n"));
  // no-code-link: no globs, no trailer.
  repo.write('learning/i-magkansla.yaml', insight('2026-10-23', 'pivot'));
  // Sprint 1: acted 2 days after, by trailer.
  repo.write('learning/i-tidig.yaml', insight('2026-10-12', 'iterate'));
  repo.write('src/kassa/betala.ts', 'v1\n');
  repo.write('src/karta/karta.ts', 'v1\n');
  repo.write('src/tidtabell/tider.ts', 'v1\n');
  repo.commit('Records and code', '2026-10-01');
  repo.write('src/annat/tidig.ts', 'v1\n');
  repo.commit('Early change\n\nHypo: i-tidig', '2026-10-14');
  repo.write('src/kassa/betala.ts', 'v2\n');
  repo.commit('Faster payment', '2026-10-24');
  repo.write('src/notiser/push.ts', 'v1\n');
  repo.commit('Notifications\n\nHypo: i-notiser', '2026-10-25');
  repo.write('src/sen/sen.ts', 'v1\n');
  repo.commit('Late code', '2026-11-03');
  repo.write('src/annat/annat.ts', 'v1\n');
  repo.commit('Unrelated', '2026-11-04');
  return repo;
}

let shared: TempRepo | undefined;
const readOnlyRepository = () => (shared ??= repository());

async function json(root: string, ...args: string[]) {
  const result = await runCli(['-C', root, ...args, '--format', 'json']);
  expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
  return JSON.parse(result.stdout);
}

describe('hypo report: acted on', () => {
  it('counts the decisions of the sprint by state as of its end, and gives both medians over everything up to it', async () => {
    const report = await json(readOnlyRepository().root, 'report', '--sprint', '2', '--as-of', '2026-11-25');
    expect(report.metrics.mediansUpTo).toBe('2026-11-01');
    expect(report.metrics.actedOn).toEqual({
      states: { acted: 2, 'not-yet': 1, overdue: 1, 'code-remains': 1, 'no-code-link': 1 },
      // Decision to first commit: i-tidig 2, i-notiser 3, i-kassa 4. Idea to code: h-kassa 0 (its code came with it), h-notiser 15.
      medianDays: { decisionToCommit: 3, hypothesisToCode: 7.5 },
    });
  });

  it('prints them in the loop health', async () => {
    const result = await runCli(['-C', readOnlyRepository().root, 'report', '--sprint', '2', '--as-of', '2026-11-25']);
    const lines = result.stdout.split('\n');
    const at = lines.indexOf('  acted on (decisions in this period)');
    expect(lines.slice(at, at + 2)).toEqual(['  acted on (decisions in this period)', '    2 acted · 1 not-yet · 1 overdue · 1 code-remains · 1 no-code-link']);
    expect(lines).toContain('    decision to first commit         3');
    expect(lines).toContain('    hypothesis to first code commit  7.5');
  });

  it("reads the code's commits even when the config turns the records' git history off", async () => {
    const repo = makeRepo({ 'learning/i.yaml': insight('2026-11-20', 'iterate') }, { git: true, config: `git_history: false\n${CONFIG}` });
    repo.commit('Decision\n\nHypo: i', '2026-11-20');
    expect((await json(repo.root, 'report', '--sprint', '4')).metrics.actedOn.states).toMatchObject({ acted: 1 });
  });

  it('has no acted-on figures outside git, and says so', async () => {
    const repo = makeRepo({ 'learning/i.yaml': insight('2026-11-20', 'iterate') }, { config: CONFIG });
    const result = await runCli(['-C', repo.root, 'report', '--sprint', '4', '--format', 'json']);
    expect(result.stderr).toContain('not a git repository');
    expect(JSON.parse(result.stdout).metrics.actedOn).toBeNull();
    expect((await runCli(['-C', repo.root, 'report', '--sprint', '4'])).stdout).toContain('\n  acted on: – (not in git, so no commits to judge by)\n');
  });
});

describe('hypo trend: acted on', () => {
  it('gives each sprint its decisions by state and the medians, each as of its own end', async () => {
    const trend = await json(readOnlyRepository().root, 'trend', '--sprints', '3');
    const none = { acted: 0, 'not-yet': 0, overdue: 0, 'code-remains': 0, 'no-code-link': 0 };
    expect(trend.periods.map((period: { label: string; actedOn: unknown }) => [period.label, period.actedOn])).toEqual([
      [
        'Sprint 2',
        { states: { acted: 2, 'not-yet': 1, overdue: 1, 'code-remains': 1, 'no-code-link': 1 }, medianDays: { decisionToCommit: 3, hypothesisToCode: 7.5 } },
      ],
      // No decision in sprint 3; by its end i-sen has its commit, 4 days after: 2, 3, 4, 4.
      ['Sprint 3', { states: none, medianDays: { decisionToCommit: 3.5, hypothesisToCode: 7.5 } }],
      ['Sprint 4', { states: none, medianDays: { decisionToCommit: 3.5, hypothesisToCode: 7.5 } }],
    ]);
  });

  it('prints the rows in 80 columns', async () => {
    const result = await runCli(['-C', readOnlyRepository().root, 'trend', '--sprints', '3']);
    const lines = result.stdout.split('\n');
    expect(lines.filter((line) => /^(acted|overdue|code remains|days to commit|days to code) {2}/.test(line))).toEqual([
      'acted                    2         0         0',
      'overdue                  1         0         0',
      'code remains             1         0         0',
      'days to commit           3       3.5       3.5',
      'days to code           7.5       7.5       7.5',
    ]);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
  });
});
