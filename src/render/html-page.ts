// What every HTML page of hypo shares: one self-contained document under a CSP that
// forbids every fetch, the palette, the fonts, and the rules that give the pages their
// look (page width, headings, masthead, cards, charts, warnings, footer). Each page adds
// its own rules between these; the shared ones are named pieces rather than one sheet
// so a page can keep its own rules next to the shared ones they refine.
import type { Lang } from '../model/lang.js';
import { html, joinHtml, type SafeHtml } from './html-escape.js';

// `default-src 'none'` blocks every fetch, including ones a hostile title might smuggle in.
export const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The pages' colours, as CSS custom properties: `--ink` and so on. */
export const PALETTE = {
  ink: '#1f2933',
  muted: '#616e7c',
  line: '#e4e7eb',
  soft: '#f5f7fa',
  accent: '#34577c',
  hot: '#c53030',
  'hot-bg': '#fdf0ec',
  ok: '#2f855a',
  warn: '#b7791f',
  'warn-bg': '#fffaeb',
};

/** `--name: value;` for each colour, on one line. */
function customProperties(colors: Record<string, string>): SafeHtml {
  return joinHtml(
    Object.entries(colors).map(([name, value]) => html`--${name}: ${value};`),
    ' ',
  );
}

const SYSTEM_FONTS = html`system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif`;

/** The `:root` rule: the palette, then the colours of the page's own charts. */
export function rootRule(own: Record<string, string>): SafeHtml {
  return html`:root { ${customProperties(PALETTE)}
  ${customProperties(own)} color-scheme: light; }`;
}

/** Box model, body, page width, and the two top heading sizes. */
export const BASE_RULES = html`* { box-sizing: border-box; }
body { margin: 0; background: var(--soft); color: var(--ink); font: 16px/1.5 ${SYSTEM_FONTS}; }
.page { max-width: 1040px; margin: 0 auto; padding: 40px 32px 56px; }
h1, h2, h3 { line-height: 1.2; margin: 0; }
h1 { font-size: 40px; letter-spacing: -0.02em; }
h2 { font-size: 22px; margin-bottom: 16px; display: flex; align-items: baseline; gap: 10px; }`;

/** The third heading size, and the masthead: eyebrow, title, dates. */
export const MASTHEAD_RULES = html`h3 { font-size: 17px; }
.eyebrow { text-transform: uppercase; letter-spacing: 0.08em; font-size: 13px; font-weight: 600; color: var(--accent); margin: 0 0 6px; }
.dates { color: var(--muted); margin: 8px 0 0; font-size: 17px; }
header.masthead { margin-bottom: 28px; }`;

export const CARD_RULE = html`section.card { background: #fff; border: 1px solid var(--line); border-radius: 12px; padding: 24px 28px; margin-bottom: 20px; }`;

/** Charts two abreast, each a figure with its caption. */
export const FIGURE_RULES = html`.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
figure { margin: 0; }
figcaption { font-weight: 600; margin-bottom: 10px; }
svg.chart { display: block; max-width: 100%; height: auto; font-family: inherit; }`;

/** The text inside the SVG charts. */
export const CHART_TEXT_RULES = html`.axis-label { font-size: 13px; font-weight: 600; fill: var(--ink); }
.tick, .legend, .period-label, .dot-note { font-size: 11px; fill: var(--muted); }`;

export const WARNINGS_RULE = html`.warnings { background: var(--warn-bg); border: 1px solid var(--warn); }`;

export const FOOTER_RULE = html`footer { color: var(--muted); font-size: 13px; text-align: center; margin-top: 24px; }`;

/** The start of every page's print rules: A4, no background, the full width. */
export const PRINT_PAGE_RULES = html`  @page { size: A4; margin: 14mm 12mm; }
  body { background: none; font-size: 11pt; }
  .page { max-width: none; padding: 0; }`;

/** The whole document around a page's content: head with the CSP, its style, then the content in `.page`. */
export function htmlPage(title: string, style: SafeHtml, content: SafeHtml, lang: Lang = 'en'): string {
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="hypo">
<title>${title}</title>
${style}
</head>
<body>
<div class="page">
${content}
</div>
</body>
</html>
`.toString();
}
