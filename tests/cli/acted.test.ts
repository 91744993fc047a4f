// hypo acted on a scripted repository with dated commits: one decision per state (acted by
// glob, acted by trailer, not yet, overdue, code remains, no code link), asserted exactly,
// and every format, --since, --fail-on and the errors.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeRepo, type TempRepo } from '../helpers/temp-repo.js';

const H = 'learning/hypotheses';
const E = 'learning/experiments';
const I = 'learning/insights';

const hypothesis = (code = '') => `kind: hypothesis\ntitle: H\nstatement: s\nstatus: supported\n${code ? `code: [${code}]\n` : ''}`;
const experiment = (tests: string) =>
  `kind: experiment\ntitle: E\ntests: [${tests}]\nmethod: interview\nstatus: done\nresult:\n  summary: s\n  outcome: supports\n`;
const insight = (title: string, action: string, date: string, links: string) =>
  `kind: insight\ntitle: ${title}\nlearned: l\n${links}decision:\n  action: ${action}\n  summary: s\n  date: ${date}\n`;

/** The decisions, their code and the commits after them; as of 2026-11-25, act_within_days 14. Only read: built once. */
let shared: { repo: TempRepo; shas: Record<string, string> } | undefined;
function scripted() {
  if (shared) return shared;
  const repo = makeRepo({}, { git: true, config: 'act_within_days: 14\n', lifetime: 'file' });
  repo.write(`${H}/checkout.yaml`, hypothesis('"src/checkout/**"'));
  repo.write(`${H}/map.yaml`, hypothesis('"src/map/**"'));
  repo.write(`${H}/notes.yaml`, hypothesis('"src/notes/**"'));
  repo.write(`${H}/guest.yaml`, hypothesis('"src/guest/**"'));
  repo.write(`${H}/queue.yaml`, hypothesis('"src/queue/**"'));
  repo.write(`${H}/no-code.yaml`, hypothesis());
  repo.write(`${H}/by-trailer.yaml`, hypothesis());
  repo.write(`${E}/map-test.yaml`, experiment('map'));
  // Acted by glob, through the experiment it comes from.
  repo.write(`${I}/a-checkout.yaml`, insight('Checkout', 'persevere', '2026-10-01', 'hypotheses: [checkout]\n'));
  repo.write(`${I}/b-map.yaml`, insight('Karta för färjan', 'iterate', '2026-10-05', 'from: [map-test]\n'));
  // Acted by a trailer naming a hypothesis with no code.
  repo.write(`${I}/c-trailer.yaml`, insight('By trailer', 'iterate', '2026-10-10', 'hypotheses: [by-trailer]\n'));
  // Within 14 days of 2026-11-25, nothing yet.
  repo.write(`${I}/d-notes.yaml`, insight('Notes', 'iterate', '2026-11-20', 'hypotheses: [notes]\n'));
  // Past 14 days, nothing.
  repo.write(`${I}/e-queue.yaml`, insight('Queue', 'persevere', '2026-10-20', 'hypotheses: [queue]\n'));
  // Stopped, its code still tracked, though a commit touched it.
  repo.write(`${I}/f-guest.yaml`, insight('Guest', 'stop', '2026-10-15', 'hypotheses: [guest]\n'));
  // No globs, no trailer anywhere.
  repo.write(`${I}/g-unlinked.yaml`, insight('Unlinked', 'pivot', '2026-10-02', 'hypotheses: [no-code]\n'));
  for (const file of ['checkout/pay.ts', 'map/map.ts', 'notes/notes.ts', 'guest/guest.ts', 'guest/form.ts', 'queue/queue.ts'])
    repo.write(`src/${file}`, 'export {};\n');
  const shas: Record<string, string> = {};
  repo.commit('Records and code', '2026-09-30');
  // Before the checkout decision: does not count.
  repo.write('src/checkout/pay.ts', 'export const before = 1;\n');
  repo.commit('Checkout before the decision', '2026-09-30');
  repo.write('src/checkout/pay.ts', 'export const swish = 1;\n');
  shas.checkout = repo.commit('Swish first in the checkout', '2026-10-04');
  repo.write('src/checkout/pay.ts', 'export const swish = 2;\n');
  repo.commit('Later checkout work', '2026-10-20');
  repo.write('src/map/map.ts', 'export const ferry = 1;\n');
  shas.map = repo.commit('Ferry on the map', '2026-10-05');
  shas.trailer = repo.commit('Document the decision\n\nHypo: by-trailer', '2026-10-12');
  repo.write('src/guest/guest.ts', 'export const hidden = true;\n');
  repo.commit('Hide guest checkout', '2026-10-16');
  // After the report day: does not count as of 2026-11-25.
  repo.write('src/queue/queue.ts', 'export const later = 1;\n');
  repo.commit('Queue, too late for the report day', '2026-11-28');
  shared = { repo, shas };
  return shared;
}

const acted = (repo: TempRepo, ...args: string[]) => runCli(['-C', repo.root, 'acted', '--as-of', '2026-11-25', ...args]);

describe('hypo acted', () => {
  it('gives every decision its state, first commit and days, oldest decision first', async () => {
    const { repo, shas } = scripted();
    const { code, stdout, stderr } = await acted(repo, '--format', 'json');
    expect([code, stderr]).toEqual([0, '']);
    const none = { firstCommit: null, days: null, files: [] };
    expect(JSON.parse(stdout)).toEqual({
      asOf: '2026-11-25',
      decisions: [
        {
          id: 'a-checkout',
          title: 'Checkout',
          action: 'persevere',
          date: '2026-10-01',
          state: 'acted',
          firstCommit: { sha: shas.checkout, date: '2026-10-04', subject: 'Swish first in the checkout' },
          days: 3,
          files: [],
        },
        { id: 'g-unlinked', title: 'Unlinked', action: 'pivot', date: '2026-10-02', state: 'no-code-link', ...none },
        {
          id: 'b-map',
          title: 'Karta för färjan',
          action: 'iterate',
          date: '2026-10-05',
          state: 'acted',
          firstCommit: { sha: shas.map, date: '2026-10-05', subject: 'Ferry on the map' },
          days: 0,
          files: [],
        },
        {
          id: 'c-trailer',
          title: 'By trailer',
          action: 'iterate',
          date: '2026-10-10',
          state: 'acted',
          firstCommit: { sha: shas.trailer, date: '2026-10-12', subject: 'Document the decision' },
          days: 2,
          files: [],
        },
        {
          id: 'f-guest',
          title: 'Guest',
          action: 'stop',
          date: '2026-10-15',
          state: 'code-remains',
          firstCommit: { sha: expect.any(String), date: '2026-10-16', subject: 'Hide guest checkout' },
          days: 1,
          files: ['src/guest/form.ts', 'src/guest/guest.ts'],
        },
        { id: 'e-queue', title: 'Queue', action: 'persevere', date: '2026-10-20', state: 'overdue', ...none },
        { id: 'd-notes', title: 'Notes', action: 'iterate', date: '2026-11-20', state: 'not-yet', ...none },
      ],
      skipped: [],
    });
  });

  it('lists them by state in text, what needs attention first, within 80 columns', async () => {
    const { stdout } = await acted(scripted().repo);
    const headings = stdout.split('\n').filter((line) => /^[A-Z]/.test(line));
    expect(headings).toEqual([
      'Decisions and the code, as of 2026-11-25',
      'Overdue (1): no commit about the decision in the 14 days after it',
      'Code remains (1): stopped or pivoted, its code still tracked after 14 days',
      'Not yet (1): no commit about it yet, within 14 days',
      'No code link (1): no code globs and no Hypo: trailer: hypo cannot tell',
      'Acted (3): a commit about it followed',
    ]);
    expect(stdout).toContain('  • stop 2026-10-15: Guest\n    f-guest · 41 days ago\n');
    expect(stdout).toContain('2 tracked files still match: src/guest/form.ts, src/guest/guest.ts');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('✖ 1 overdue · 1 code-remains · 1 not-yet · 1 no-code-link · 3 acted');
    expect(stdout.split('\n').every((line) => line.length <= 80)).toBe(true);
  });

  it('annotates the decision line of overdue and code-remains decisions, as errors where --fail-on names them', async () => {
    const { repo } = scripted();
    const { code, stdout } = await acted(repo, '--format', 'github', '--fail-on', 'overdue');
    expect(code).toBe(1);
    const annotations = stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations.map((line) => line.split('::')[1])).toEqual([
      'warning file=learning/insights/f-guest.yaml,line=5,title=hypo acted%3A code-remains',
      'error file=learning/insights/e-queue.yaml,line=5,title=hypo acted%3A overdue',
    ]);
  });

  it('writes markdown with every group, and exits 1 only for the states --fail-on names', async () => {
    const { repo } = scripted();
    const markdown = await acted(repo, '--format', 'markdown', '--fail-on', 'no-code-link,code-remains');
    expect(markdown.code).toBe(1);
    expect(markdown.stdout).toContain(
      '### Code remains (1)\n\nStopped or pivoted, its code still tracked after 14 days.\n\n- **stop** 2026-10-15: Guest `f-guest` · first commit 2026-10-16, 1 day later:',
    );
    expect(markdown.stdout).toContain('still tracked: `src/guest/form.ts`, `src/guest/guest.ts`');
    expect((await acted(repo, '--fail-on', 'not-yet', '--since', '2026-11-21')).code).toBe(0);
  });

  it('takes --since as a day or a git ref, and leaves out decisions before it', async () => {
    const { repo } = scripted();
    const since = JSON.parse((await acted(repo, '--format', 'json', '--since', '2026-10-15')).stdout);
    expect(since.decisions.map((decision: { id: string }) => decision.id)).toEqual(['f-guest', 'e-queue', 'd-notes']);
    // The commit before the last one was made on 2026-10-16.
    repo.git('tag', '-f', 'sprint-5', 'HEAD~1');
    const byRef = JSON.parse((await acted(repo, '--format', 'json', '--since', 'sprint-5')).stdout);
    expect(byRef.decisions.map((decision: { id: string }) => decision.id)).toEqual(['e-queue', 'd-notes']);
  });

  it('refuses an unknown state, a bad --since, and a folder outside git', async () => {
    const { repo } = scripted();
    const state = await acted(repo, '--fail-on', 'overdu');
    expect([state.code, state.stdout]).toEqual([2, '']);
    expect(state.stderr).toContain('--fail-on: "overdu" is not a state of hypo acted (did you mean "overdue"?)');
    const since = await acted(repo, '--since', 'no-such-ref');
    expect(since.code).toBe(2);
    expect(since.stderr).toContain('--since no-such-ref: neither a date (YYYY-MM-DD) nor a git ref');
    const outside = await runCli(['-C', makeRepo().root, 'acted']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('is not in a git repository, so hypo acted has no commits to compare the decisions with');
  });
});
