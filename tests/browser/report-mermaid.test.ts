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
import { emptyLoopReport, fullLoopReport, fullLoopReportWith } from '../helpers/loop-reports.js';
import { runCli } from '../helpers/run-cli.js';

const MERMAID_BUNDLE = fileURLToPath(new URL('../../node_modules/mermaid/dist/mermaid.min.js', import.meta.url));
const EXAMPLE = fileURLToPath(new URL('../../examples/transit-app', import.meta.url));
const HOSTILE = 'Kassan | <img src=x onerror=alert(1)>\n"citat" `kod` ]] --> x[ #quot; \u001b[2J';

interface ParseOutcome {
  ok: boolean;
  type?: string;
  error?: string;
}

const none = { supports: 0, refutes: 0, inconclusive: 0 };
const withOutcomes = (report: LearningLoopReport, outcomes: OutcomeCounts): LearningLoopReport => ({ ...report, metrics: { ...report.metrics, outcomes } });
const handBuilt: [string, LearningLoopReport][] = [
  ['an empty period', emptyLoopReport()],
  ['all three outcomes', withOutcomes(fullLoopReport(), { supports: 3, refutes: 1, inconclusive: 2 })],
  // The full report's period has one inconclusive outcome; ones in the funnel give the singular labels.
  ['one outcome only and one of each step', { ...fullLoopReport(), funnel: { hypotheses: 1, tested: 1, insights: 1, decisions: 1 } }],
  ['hostile titles and labels', withOutcomes(fullLoopReportWith(HOSTILE, 'swish-forst'), { ...none, supports: 1, refutes: 1 })],
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
