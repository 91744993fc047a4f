// The HTML report in a real browser: made by the CLI from a copy of the example
// repository plus a record with a hostile title, opened from disk with every network
// request blocked, then looked at on screen and printed. The trend page likewise, made
// from the hand-built trend with a hostile sprint label.
import { cpSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderTrendHtml } from '../../src/render/trend-html.js';
import type { LearningLoopReport } from '../../src/report/loop-model.js';
import { hasChromium, launchChromium } from '../helpers/browser.js';
import { runCli } from '../helpers/run-cli.js';
import { makeRepo } from '../helpers/temp-repo.js';
import { sampleTrend } from '../helpers/trend-fixtures.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/transit-app', import.meta.url));
const HOSTILE_TITLE = '<img src=x onerror=alert(1)>';
// Important and untested, opened in sprint 4: it lands in "Opened", in the map's important, unevidenced corner and first in Test next.
const HOSTILE_RECORD = `kind: hypothesis
title: '${HOSTILE_TITLE}'
statement: We believe that a title is shown as text, whatever it contains
status: open
importance: high
journey: planera
created: 2026-10-20
`;
const REPORT_ARGS = ['report', '--as-of', '2026-11-25', '--sprint', '4'];

interface Seen {
  requests: string[];
  dialogs: string[];
  errors: string[];
}

/** A page that may load `file` and nothing else, recording what it tried. */
async function openPage(browser: Browser, file: string, width: number): Promise<{ page: Page; seen: Seen }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const seen: Seen = { requests: [], dialogs: [], errors: [] };
  page.on('request', (request) => seen.requests.push(request.url()));
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(message.text());
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  await page.goto(pathToFileURL(file).href);
  return { page, seen };
}

describe.skipIf(!hasChromium)('the HTML report in Chromium', () => {
  let browser: Browser;
  let out: string;
  let file: string;
  let report: LearningLoopReport;

  beforeAll(async () => {
    // The repository copy lives only for this hook (temp repos are removed after each test); the page and pictures go to `out`.
    const repo = makeRepo({}, { config: false });
    cpSync(EXAMPLE, repo.root, { recursive: true });
    repo.write('learning/hypotheses/fientlig-titel.yaml', HOSTILE_RECORD);
    const json = await runCli(['-C', repo.root, ...REPORT_ARGS, '--format', 'json']);
    const page = await runCli(['-C', repo.root, ...REPORT_ARGS, '--format', 'html']);
    expect(json.code).toBe(0);
    expect(page.code).toBe(0);
    report = JSON.parse(json.stdout) as LearningLoopReport;
    out = mkdtempSync(path.join(tmpdir(), 'hypo-report-html-'));
    file = path.join(out, 'report.html');
    writeFileSync(file, page.stdout);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  const openReport = (width = 1200) => openPage(browser, file, width);

  it('draws the charts, shows the hostile title as text and stays offline', { timeout: 20_000 }, async () => {
    const { page, seen } = await openReport();
    for (const kind of ['funnel', 'outcomes', 'assumption-map']) {
      const box = await page.locator(`svg[data-chart="${kind}"]`).boundingBox();
      expect(box?.width, kind).toBeGreaterThan(100);
      expect(box?.height, kind).toBeGreaterThan(100);
    }

    const funnel = page.locator('svg[data-chart="funnel"] rect[data-step]');
    const values = await funnel.evaluateAll((bars) =>
      bars.map((bar) => [bar.getAttribute('data-step'), Number(bar.getAttribute('data-value')), bar.getBoundingClientRect().width]),
    );
    expect(values.map(([step, value]) => [step, value])).toEqual(Object.entries(report.funnel));
    expect(values.every(([, , width]) => Number(width) > 0)).toBe(true);

    const periods = page.locator('svg[data-chart="outcomes"] g[data-period]');
    expect(await periods.count()).toBe(report.outcomeHistory.length);
    const segments = report.outcomeHistory.flatMap((entry) => Object.values(entry.outcomes).filter((count) => count > 0));
    expect(await page.locator('svg[data-chart="outcomes"] rect[data-outcome]').count()).toBe(segments.length);
    expect(await page.locator('svg[data-chart="outcomes"] [data-legend]').count()).toBe(3);

    expect(await page.locator('svg[data-chart="assumption-map"] circle[data-id]').count()).toBe(report.assumptionMap.length);
    const hostileDot = page.locator('svg[data-chart="assumption-map"] g[data-quadrant="test-next"] circle[data-id="fientlig-titel"]');
    expect(await hostileDot.getAttribute('data-test-next')).toBe('true');

    const shown = page.getByText(HOSTILE_TITLE, { exact: true }).filter({ visible: true });
    expect(await shown.count()).toBeGreaterThanOrEqual(2); // the Opened list and the assumption map
    expect(await page.locator('#opened h3').filter({ hasText: 'img src' }).textContent()).toBe(HOSTILE_TITLE);
    expect(await page.locator('#test-next article[data-rank="1"] h3').textContent()).toBe(`1. ${HOSTILE_TITLE}`);
    expect(await page.locator('#test-next article').count()).toBe(report.testNext.length);
    expect(await page.getByText('Färjeresenärer planerar efter var färjan är, inte efter tidtabellen').first().isVisible()).toBe(true);
    expect(await page.locator('img, script, iframe, object, embed').count()).toBe(0);

    expect(seen.dialogs).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(seen.requests).toEqual([pathToFileURL(file).href]);

    const screenshot = path.join(out, 'report.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(statSync(screenshot).size).toBeGreaterThan(10_000);
    await page.close();
  });

  it('prints to A4 without spilling sideways', { timeout: 20_000 }, async () => {
    // About the width of an A4 page less its margins, at 96 dpi.
    const { page, seen } = await openReport(700);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('html').evaluate((root) => root.scrollWidth)).toBeLessThanOrEqual(700);
    for (const kind of ['funnel', 'outcomes', 'assumption-map']) {
      const box = await page.locator(`svg[data-chart="${kind}"]`).boundingBox();
      expect(box?.width, kind).toBeGreaterThan(0);
      expect(box!.x + box!.width, kind).toBeLessThanOrEqual(700);
    }
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    expect(seen.dialogs).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!hasChromium)('the HTML trend in Chromium', () => {
  let browser: Browser;
  let out: string;
  let file: string;
  // The middle sprint's label is hostile: it must show as text in the table and the charts.
  const trend = sampleTrend();
  trend.periods[1] = { ...trend.periods[1]!, label: HOSTILE_TITLE };

  beforeAll(async () => {
    out = mkdtempSync(path.join(tmpdir(), 'hypo-trend-html-'));
    file = path.join(out, 'trend.html');
    writeFileSync(file, renderTrendHtml(trend));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('draws the table and both charts, shows the hostile label as text and stays offline', { timeout: 20_000 }, async () => {
    const { page, seen } = await openPage(browser, file, 1200);
    for (const kind of ['loop', 'cycle-days']) {
      const box = await page.locator(`svg[data-chart="${kind}"]`).boundingBox();
      expect(box?.width, kind).toBeGreaterThan(100);
      expect(box?.height, kind).toBeGreaterThan(100);
    }
    const tested = page.locator('svg[data-chart="loop"] g[data-series="tested"] circle');
    const drawn = await tested.evaluateAll((dots) =>
      dots.map((dot) => [dot.getAttribute('data-period'), Number(dot.getAttribute('data-value')), dot.getBoundingClientRect().width]),
    );
    expect(drawn.map(([period, value]) => [period, value])).toEqual(trend.periods.map((period) => [period.label, period.tested]));
    expect(drawn.every(([, , width]) => Number(width) > 0)).toBe(true);
    // No median in sprint 3: two points a line, the gap not bridged.
    expect(await page.locator('svg[data-chart="cycle-days"] circle').count()).toBe(4);

    const cells = await page
      .locator('table.trend tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.querySelector('td[data-column="tested"], td[data-column="acted"]')?.textContent));
    // The loop's table, then what the code did: a row per period in each.
    expect(cells).toEqual([
      ...trend.periods.map((period) => String(period.tested)),
      ...trend.periods.map((period) => String(period.actedOn?.states.acted ?? '–')),
    ]);
    expect(
      await page
        .locator('table.trend th[scope="row"]')
        .nth(1)
        .evaluate((cell) => cell.firstChild?.textContent),
    ).toBe(HOSTILE_TITLE);
    expect(await page.locator('svg[data-chart="loop"] .period-label').nth(1).textContent()).toMatch(/^<img src=x/);
    expect(await page.locator('img, script, iframe, object, embed').count()).toBe(0);

    expect(seen.dialogs).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(seen.requests).toEqual([pathToFileURL(file).href]);

    const screenshot = path.join(out, 'trend.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(statSync(screenshot).size).toBeGreaterThan(10_000);
    await page.close();
  });

  it('prints to A4 with every column of both tables on the page', { timeout: 20_000 }, async () => {
    const { page, seen } = await openPage(browser, file, 700);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('html').evaluate((root) => root.scrollWidth)).toBeLessThanOrEqual(700);
    // The tables scroll on a narrow screen; on paper nothing may be cut off.
    const widths = await page.locator('.table-wrap').evaluateAll((wraps) => wraps.map((wrap) => [wrap.scrollWidth, wrap.clientWidth]));
    expect(widths).toHaveLength(2);
    for (const [scrolled, shown] of widths) expect(scrolled).toBeLessThanOrEqual(shown!);
    for (const kind of ['loop', 'cycle-days']) {
      const box = await page.locator(`svg[data-chart="${kind}"]`).boundingBox();
      expect(box?.width, kind).toBeGreaterThan(0);
      expect(box!.x + box!.width, kind).toBeLessThanOrEqual(700);
    }
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(seen.dialogs).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.close();
  });
});
