// Dates as the HTML pages show them: `12 Oct 2026` (`12 okt 2026` in Swedish), in a <time> that keeps the ISO day.
import type { Lang } from '../model/lang.js';
import { html, type SafeHtml } from './html-escape.js';
import { formatDay } from './messages/index.js';

/** `2026-10-12` → `12 Oct 2026`, the same on every machine (no locale lookup). */
export function day(iso: string, withYear = true, lang: Lang = 'en'): string {
  return formatDay(iso, lang, withYear);
}

export const time = (iso: string, withYear = true, lang: Lang = 'en'): SafeHtml => html`<time datetime="${iso}">${day(iso, withYear, lang)}</time>`;

/** `12 Oct – 25 Oct 2026`: the year once, unless the range crosses into another. */
export const timeRange = (since: string, until: string, lang: Lang = 'en'): SafeHtml =>
  html`${time(since, since.slice(0, 4) !== until.slice(0, 4), lang)} – ${time(until, true, lang)}`;
