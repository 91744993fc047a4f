// Debian's Chromium, driven by playwright-core, for tests that need a real browser.
// CI installs it (.ci/run); on a machine without it those tests say so and are skipped.
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const hasChromium = existsSync(CHROMIUM_PATH);

if (!hasChromium) {
  console.warn(`No Chromium at ${CHROMIUM_PATH}: the browser tests are skipped here (apt-get install -y chromium to run them; CI always does).`);
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox'] });
}
