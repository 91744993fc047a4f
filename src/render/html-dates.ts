// Dates as the HTML pages show them: `12 Oct 2026`, in a <time> that keeps the ISO day.
import { html, type SafeHtml } from './html-escape.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-10-12` → `12 Oct 2026`, the same on every machine (no locale lookup). */
export function day(iso: string, withYear = true): string {
  const [year, month, date] = iso.split('-');
  return `${Number(date)} ${MONTHS[Number(month) - 1] ?? month} ${withYear ? year : ''}`.trim();
}

export const time = (iso: string, withYear = true): SafeHtml => html`<time datetime="${iso}">${day(iso, withYear)}</time>`;

/** `12 Oct – 25 Oct 2026`: the year once, unless the range crosses into another. */
export const timeRange = (since: string, until: string): SafeHtml => html`${time(since, since.slice(0, 4) !== until.slice(0, 4))} – ${time(until)}`;
