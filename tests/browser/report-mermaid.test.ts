// The mermaid blocks of the markdown report, checked by mermaid's own parser in a real
// browser: GitHub renders them with mermaid, and a block that does not parse shows up
// in a pull request as an error box instead of a chart. No network: the bundle comes
// from node_modules and every request the page makes is refused.
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportMarkdown } from '../../src/render/report-markdown.js';
import type { LearningLoopReport, OutcomeCounts } from '../../src/report/loop-model.js';
import { hasChromium, launchChromium } from '../helpers/browser.js';
import { runCli } from '../helpers/run-cli.js';

const MERMAID_BUNDLE = fileURLToPath(new URL('../../node_modules/mermaid/dist/mermaid.min.js', import.meta.url));
const EXAMPLE = fileURLToPath(new URL('../../examples/transit-app', import.meta.url));
const HOSTILE = 'Kassan | <img src=x onerror=alert(1)>\n"citat" `kod` ]] --> x[ #quot; \u001b[2J';

interface ParseOutcome {
  ok: boolean;
  type?: string;
  error?: string;
}

function report(outcomes: OutcomeCounts, label: string | null, title = 'Swish först ökar konverteringen'): LearningLoopReport {
  const id = 'swish-forst';
  return {
    period: { since: '2026-10-12', until: '2026-10-25', label },
    asOf: '2026-11-25',
    tested: [{ id, title, method: 'ab-test', sample: 100, outcome: 'supports', summary: title, end: '2026-10-20', hypotheses: [id] }],
    learned: [{ id, title, learned: title, evidence: 'mixed', date: '2026-10-21', from: [id], basis: [{ id, method: 'ab-test', outcome: 'supports' }] }],
    decided: [{ id, title, action: 'pivot', summary: title, date: '2026-10-22', next: [id] }],
    opened: [{ id, title, created: '2026-10-13' }],
    metrics: {
      hypothesesOpened: 1,
      experimentsDone: 1,
      insights: 1,
      decisions: 1,
      outcomes,
      shareBeingTested: 1,
      medianDays: { toFirstExperiment: 1, experimentToInsight: 1.5, insightToDecision: null },
      notActedOn: [id],
      decidedWithoutEvidence: [id],
      stale: [id],
    },
    funnel: { hypotheses: 1, tested: 1, insights: 1, decisions: 1 },
    outcomeHistory: [
      { label: label ?? 'before', since: '2026-09-28', until: '2026-10-11', outcomes },
      { label: label ?? 'now', since: '2026-10-12', until: '2026-10-25', outcomes },
    ],
    assumptionMap: [{ id, title, status: 'open', importance: 'high', evidence: 'none', evidenceStated: false, testNext: true }],
    customerFocus: { customer: 1, business: 0, unspecified: 0, customerShare: 1 },
    journeyCoverage: [{ stage: title, hypotheses: 1, tested: 0, supported: 0, guessing: true }],
    titles: { [id]: { kind: 'hypothesis', title } },
    warnings: [title],
  };
}

const none = { supports: 0, refutes: 0, inconclusive: 0 };
const handBuilt: [string, LearningLoopReport][] = [
  ['an empty period', report(none, null)],
  ['all three outcomes', report({ supports: 3, refutes: 1, inconclusive: 2 }, 'Sprint 4')],
  ['one outcome only', report({ ...none, inconclusive: 1 }, 'Sprint 4')],
  ['hostile titles and labels', report({ supports: 1, refutes: 1, inconclusive: 0 }, HOSTILE, HOSTILE)],
];

function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

describe.skipIf(!hasChromium)('mermaid blocks of the markdown report', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.goto('about:blank');
    await page.addScriptTag({ path: MERMAID_BUNDLE });
    await page.evaluate(() => (globalThis as unknown as { mermaid: { initialize(config: object): void } }).mermaid.initialize({ startOnLoad: false }));
  }, 20_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** mermaid.parse rejects with the parser's message; turned into data so a failure names the block. */
  async function parse(text: string): Promise<ParseOutcome> {
    return page.evaluate(async (source) => {
      const { mermaid } = globalThis as unknown as { mermaid: { parse(text: string): Promise<{ diagramType: string }> } };
      try {
        return { ok: true, type: (await mermaid.parse(source)).diagramType };
      } catch (error) {
        return { ok: false, error: String((error as Error)?.message ?? error) };
      }
    }, text);
  }

  it('rejects a broken block, so the checks below can fail', async () => {
    expect((await parse('flowchart LR\n  a["x"]] --> b')).ok).toBe(false);
  });

  it.each(handBuilt)('parses every block of a report with %s', async (_name, built) => {
    const blocks = mermaidBlocks(renderReportMarkdown(built));
    const outcomes = built.metrics.outcomes;
    expect(blocks.length).toBe(outcomes.supports + outcomes.refutes + outcomes.inconclusive > 0 ? 2 : 1);
    for (const block of blocks) expect(await parse(block), block).toMatchObject({ ok: true });
    expect((await parse(blocks[0]!)).type).toMatch(/^flowchart/);
    if (blocks[1]) expect((await parse(blocks[1])).type).toBe('pie');
  });

  it.each(['4', '5', '6'])('parses every block of the example repository in sprint %s', async (sprint) => {
    const { code, stdout } = await runCli(['-C', EXAMPLE, 'report', '--format', 'markdown', '--sprint', sprint, '--as-of', '2026-11-25']);
    expect(code).toBe(0);
    const blocks = mermaidBlocks(stdout);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(await parse(block), block).toMatchObject({ ok: true });
  });
});
