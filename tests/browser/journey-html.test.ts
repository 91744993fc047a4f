// The HTML journey map in a real browser: made by the CLI from a copy of the example plus
// a record whose stage and touchpoint are hostile, opened from disk with every network
// request blocked: drawn as columns under their phases, the hostile names shown as text.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from '../helpers/browser.js';
import { runCli } from '../helpers/run-cli.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/transit-app', import.meta.url));
const HOSTILE = '<img src=x onerror=alert(1)>';
const HOSTILE_RECORD = `kind: hypothesis
title: '${HOSTILE}'
statement: We believe that a name is shown as text, whatever it contains
status: open
journey: '${HOSTILE}'
touchpoint: '"><script>alert(2)</script>'
created: 2026-10-20
`;

describe.skipIf(!hasChromium)('the HTML journey map in Chromium', () => {
  let browser: Browser;
  let out: string;

  beforeAll(async () => {
    out = mkdtempSync(path.join(tmpdir(), 'hypo-journey-html-'));
    const repo = path.join(out, 'repo');
    cpSync(EXAMPLE, repo, { recursive: true });
    writeFileSync(path.join(repo, 'learning/hypotheses/hostile.yaml'), HOSTILE_RECORD);
    const result = await runCli(['-C', repo, 'journey', '--as-of', '2026-11-25', '--lang', 'en', '--out', path.join(out, 'journey.html')]);
    expect(result.code).toBe(0);
    browser = await launchChromium();
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('draws the stages as columns under their phases, the hostile names as text, and fetches nothing', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    const file = pathToFileURL(path.join(out, 'journey.html')).href;
    await page.goto(file);
    expect(await page.locator('.jm-phase').allTextContents()).toEqual(['Before', 'During', 'After', 'No phase']);
    expect(await page.locator('.jm-stage h3').allTextContents()).toEqual(['upptäcka', 'planera', 'köpa', 'resa', 'efter resan', HOSTILE]);
    // Columns side by side: each stage to the right of the one before, on one row.
    const boxes = await page.locator('.jm-stage').evaluateAll((stages) => stages.map((stage) => stage.getBoundingClientRect().toJSON()));
    for (let index = 1; index < boxes.length; index++) {
      expect(boxes[index].x).toBeGreaterThan(boxes[index - 1].x);
      expect(boxes[index].y).toBe(boxes[0].y);
      expect(boxes[index].width).toBeGreaterThan(100);
    }
    const hostile = page.locator(`.jm-stage[data-stage="${HOSTILE}"]`);
    await expect.poll(() => hostile.locator('dd').allTextContents()).toContain('"><script>alert(2)</script> 1');
    expect(await hostile.locator('.jm-flags li').allTextContents()).toEqual(['⚠ guessing: nothing tested', '⚠ not in hypo.config.yaml']);
    expect(await page.locator('img, script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([file]);
    await page.close();
  });
});
