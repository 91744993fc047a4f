// The commands docs/ci.md tells teams to run in CI and in hooks, tried on a git copy
// of the bundled example with a pull-request branch.
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeRepo } from '../helpers/temp-repo.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const doc = readFileSync(path.join(ROOT, 'docs/ci.md'), 'utf8');

/**
 * `run: npx hypo …` and `entry: npx hypo …` lines, as argument lists; the pull request's
 * base branch is main here, and a redirection (to the job summary, to the comment's file)
 * is the caller's business.
 */
const commands = [...doc.matchAll(/(?:run|entry): npx hypo (.+)$/gm)].map((match) =>
  match[1]!.replace('origin/${{ github.base_ref }}', 'main').replace(/>.*$/, '').trim().split(/\s+/),
);

/** The pull-request comment the doc shows: its one markdown block. */
const comments = [...doc.matchAll(/^```markdown\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);

describe('docs/ci.md', () => {
  it('names the workflow steps and the hook', () => {
    expect(commands.map((args) => args[0])).toEqual(['report', 'check', 'stale', 'affected', 'affected', 'trend', 'acted', 'acted', 'check']);
    expect(commands[4]).toEqual(['affected', '--since', 'main', '--format', 'markdown']);
    expect(doc).toContain('run: gh pr comment ${{ github.event.number }} --body-file affected.md --edit-last --create-if-none');
    expect(doc).toContain('pull-requests: write');
    expect(comments).toHaveLength(1);
    expect(doc).toContain('fetch-depth: 0');
    expect(doc).toContain('run: npx hypo report --format markdown >> "$GITHUB_STEP_SUMMARY"');
  });

  it('runs each documented command on the example, with annotations', async () => {
    const repo = makeRepo({}, { git: true, config: false });
    cpSync(path.join(ROOT, 'examples/transit-app'), repo.root, { recursive: true });
    // The doc shows a team that keeps hypo's default language: the example's `lang: sv` goes.
    repo.write('hypo.config.yaml', readFileSync(path.join(repo.root, 'hypo.config.yaml'), 'utf8').replace(/^lang: sv\n/m, ''));
    repo.write('src/checkout/pay.ts', 'export const pay = 1;\n');
    // The example's open car-ferry queue hypothesis, given the code it rests on: the comment's untested one.
    const queue = 'learning/hypotheses/koinformation-for-bilfarjan-minskar-samtal.yaml';
    repo.write(queue, `${readFileSync(path.join(repo.root, queue), 'utf8')}code: [src/ferry/queue/**]\n`);
    repo.commit('The example', '2026-10-01');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('src/checkout/pay.ts', 'export const pay = 2;\n');
    repo.write('src/ferry/queue/view.ts', 'export const view = 1;\n');
    repo.write('src/tickets/offline/sync.ts', 'export const sync = 1;\n');
    repo.write('src/app.ts', 'export const app = 1;\n');
    repo.commit('Change checkout, the ferry queue and offline tickets', '2026-11-24');

    const results = [];
    for (const args of commands) {
      results.push({ command: args[0], ...(await runCli(['-C', repo.root, ...args])) });
    }
    const [report, check, stale, affected, comment, trend, actedAnnotations, actedSummary, hook] = results;
    expect(report).toMatchObject({ code: 0, stderr: '' });
    expect(report!.stdout).toMatch(/^# Learning loop report/);
    expect(check).toMatchObject({ code: 0, stderr: '' });
    // The example's six statements without a reason warn, as the issue of the quality rules describes; warnings never fail.
    expect(check!.stdout.match(/title=hypo statement-no-reason::/g)).toHaveLength(6);
    expect(check!.stdout).toMatch(/^hypo check: 0 error\(s\), 6 warning\(s\) in \d+ file\(s\)$/m);
    expect(stale!.code).toBe(1);
    expect(stale!.stdout).toMatch(/^::error file=learning\/hypotheses\/[a-z0-9-]+\.yaml,line=\d+,title=hypo stale%3A (untested|review-overdue)::/m);
    expect(affected!.stderr).toBe('');
    expect(affected!.code).toBe(0); // the checkout hypotheses are supported, not refuted
    expect(affected!.stdout).toContain(
      '::warning file=src/checkout/pay.ts,line=1,title=hypo%3A rests on hypothesis swish-forst-i-kassan-okar-konverteringen::',
    );
    expect(comment).toMatchObject({ code: 0, stderr: '' });
    expect(comment!.stdout).toBe(comments[0]);
    expect(trend).toMatchObject({ code: 0, stderr: '' });
    expect(trend!.stdout).toMatch(/^# Learning loop trend/);
    // The stopped guest checkout is still there: annotated at the decision line, and the job fails.
    expect(actedAnnotations!.code).toBe(1);
    expect(actedAnnotations!.stdout).toContain(
      '::error file=learning/insights/kop-utan-konto-gav-ingen-tydlig-skillnad.yaml,line=18,title=hypo acted%3A code-remains::kop-utan-konto-gav-ingen-tydlig-skillnad: stop on 2026-10-29, yet 1 tracked file still matches its code: src/checkout/guest/guest-purchase.ts',
    );
    expect(actedSummary).toMatchObject({ code: 0, stderr: '' });
    expect(actedSummary!.stdout).toMatch(/^## Decisions and the code\n/);
    expect(hook).toMatchObject({ code: 0 });
  });
});
