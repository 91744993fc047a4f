// The mermaid blocks of the markdown report and trend, checked by mermaid's own parser in
// a real browser: GitHub renders them with mermaid, and a block that does not parse shows
// up in a pull request as an error box instead of a chart. No network: the bundle comes
// from node_modules and every request the page makes is refused.
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderJourneyMarkdown } from '../../src/render/journey-markdown.js';
import { renderReportMarkdown } from '../../src/render/report-markdown.js';
import { renderTrendMarkdown } from '../../src/render/trend-markdown.js';
import type { LearningLoopReport, OutcomeCounts } from '../../src/report/loop-model.js';
import type { Trend } from '../../src/report/trend.js';
import { hasChromium, launchChromium } from '../helpers/browser.js';
import { HOSTILE_NAME, sampleJourney } from '../helpers/journey-fixtures.js';
import { emptyLoopReport, fullLoopReport, fullLoopReportWith } from '../helpers/loop-reports.js';
import { runCli } from '../helpers/run-cli.js';
import { emptyTrend, sampleTrend, sampleTrendWith } from '../helpers/trend-fixtures.js';

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

const oneSprint = (): Trend => ({ ...sampleTrend(), periods: sampleTrend().periods.slice(0, 1) });
const manySprints = (): Trend => ({
  ...sampleTrend(),
  periods: Array.from({ length: 12 }, (_, index) => ({ ...sampleTrend().periods[index % 3]!, label: `Sprint ${index + 1}`, tested: index * 4 })),
});
const handBuiltTrends: [string, Trend][] = [
  ['three sprints', sampleTrend()],
  ['windows of days with nothing in them', emptyTrend()],
  ['one sprint', oneSprint()],
  ['twelve sprints and counts past 10', manySprints()],
  ['hostile labels, all the same', sampleTrendWith(HOSTILE)],
  ['labels with nothing safe in them', sampleTrendWith('🚀 """ %% ``` <>')],
];

interface DrawnChart {
  lines: { stroke: string | null; xs: number[] }[];
  labels: string[];
}

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

  /** The chart mermaid draws: the stroke and point x positions of each data line, and the x-axis labels. */
  async function draw(text: string): Promise<DrawnChart> {
    const svg = await page.evaluate(async (source) => {
      const { mermaid } = globalThis as unknown as { mermaid: { render(id: string, text: string): Promise<{ svg: string }> } };
      return (await mermaid.render(`trend-${Date.now()}`, source)).svg;
    }, text);
    const body = page.locator('body');
    await body.evaluate((element, markup) => {
      element.innerHTML = markup;
    }, svg);
    const lines = await page.locator('[class^="line-plot"] path').evaluateAll((paths) =>
      paths.map((path) => ({
        stroke: path.getAttribute('stroke'),
        xs: [...(path.getAttribute('d') ?? '').matchAll(/[ML]([\d.]+),/g)].map((match) => Number(match[1])),
      })),
    );
    const labels = await page.locator('.bottom-axis text').allTextContents();
    await body.evaluate((element) => {
      element.innerHTML = '';
    });
    return { lines, labels };
  }

  it.each(handBuiltTrends)('parses the chart of a trend of %s', async (_name, trend) => {
    const blocks = mermaidBlocks(renderTrendMarkdown(trend));
    expect(blocks).toHaveLength(1);
    expect(await parse(blocks[0]!), blocks[0]).toEqual({ ok: true, type: 'xychart' });
  });

  it('draws the trend chart with one point per sprint, apart, in the colours its title names', { timeout: 20_000 }, async () => {
    for (const trend of [sampleTrend(), sampleTrendWith(HOSTILE)]) {
      const block = mermaidBlocks(renderTrendMarkdown(trend))[0]!;
      const drawn = await draw(block);
      expect(drawn.lines.map((line) => line.stroke)).toEqual(['#34577c', '#2f855a', '#b7791f']);
      // The labels are drawn as the block writes them: nothing in them was read as markup.
      const axis = block.split('\n').find((line) => line.startsWith('  x-axis'))!;
      expect(drawn.labels).toEqual([...axis.matchAll(/"([^"]*)"/g)].map((match) => match[1]));
      for (const line of drawn.lines) {
        expect(line.xs).toHaveLength(trend.periods.length);
        expect(new Set(line.xs).size).toBe(trend.periods.length);
      }
    }
  });

  it.each(['4', '5', '6'])('parses every block of the example repository in sprint %s', async (sprint) => {
    const { code, stdout } = await runCli(['-C', EXAMPLE, 'report', '--format', 'markdown', '--sprint', sprint, '--as-of', '2026-11-25']);
    expect(code).toBe(0);
    const blocks = mermaidBlocks(stdout);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(await parse(block), block).toMatchObject({ ok: true });
  });

  it.each([
    ['plain names', sampleJourney()],
    ['hostile names', sampleJourney(HOSTILE_NAME)],
    ['no phases', { ...sampleJourney(), stages: sampleJourney().stages.map((stage) => ({ ...stage, phase: null })) }],
  ])('parses the journey diagram of a map with %s', async (_name, map) => {
    const blocks = mermaidBlocks(renderJourneyMarkdown(map));
    expect(blocks).toHaveLength(1);
    expect(await parse(blocks[0]!), blocks[0]).toEqual({ ok: true, type: 'journey' });
  });

  it('parses the journey diagram of the example repository', async () => {
    const { code, stdout } = await runCli(['-C', EXAMPLE, 'journey', '--format', 'markdown', '--as-of', '2026-11-25']);
    expect(code).toBe(0);
    const blocks = mermaidBlocks(stdout);
    expect(blocks).toHaveLength(1);
    expect(await parse(blocks[0]!), blocks[0]).toEqual({ ok: true, type: 'journey' });
  });
});
