// The bundled example's decisions against hypo's own history: its src/ tree and the commits
// that carried two decisions out (one by its code glob, one by a Hypo: trailer) sit in this
// repository, so `hypo acted` on it shows every state a team meets.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/transit-app', import.meta.url));

describe('hypo acted on the bundled example', () => {
  it('shows decisions acted on, overdue, with code remaining and with no code link', async () => {
    const { code, stdout, stderr } = await runCli(['-C', EXAMPLE, 'acted', '--as-of', '2026-11-25', '--format', 'json']);
    expect([code, stderr]).toEqual([0, '']);
    const decisions = JSON.parse(stdout).decisions as {
      id: string;
      state: string;
      days: number | null;
      firstCommit: { date: string; subject: string } | null;
      files: string[];
    }[];
    expect(
      decisions.map(({ id, state, days, firstCommit, files }) => [id, state, days, firstCommit?.date ?? null, firstCommit?.subject ?? null, files]),
    ).toEqual([
      ['farjeresenarer-vill-kopa-i-appen-om-biljetten-fungerar-utan-nat', 'no-code-link', null, null, null, []],
      ['swish-forst-gav-tre-procentenheter', 'acted', 1, '2026-10-09', "Example: Swish first for everyone in the transit app's checkout", []],
      ['farjeresenarer-planerar-efter-var-farjan-ar', 'acted', 2, '2026-10-14', 'Example: the ferry map shows when the ferry leaves the neighbouring pier', []],
      ['pendlare-missar-att-periodkortet-gatt-ut', 'overdue', null, null, null, []],
      ['kop-utan-konto-gav-ingen-tydlig-skillnad', 'code-remains', null, null, null, ['src/checkout/guest/guest-purchase.ts']],
    ]);
  });

  it("shows one decision acted on and one overdue in sprint 4's report", async () => {
    const { code, stdout } = await runCli(['-C', EXAMPLE, 'report', '--sprint', '4', '--as-of', '2026-11-25', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).metrics.actedOn).toEqual({
      states: { acted: 1, 'not-yet': 0, overdue: 1, 'code-remains': 0, 'no-code-link': 0 },
      medianDays: { decisionToCommit: 1.5, hypothesisToCode: 73 },
    });
  });
});
