// `hypo trend --lang sv`: the text, markdown and HTML trend of the example in Swedish,
// none of the English headings and labels left; the JSON the same in both languages;
// `lang:` in the config (the example's own says sv), and --lang over it.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EN, type MessageKey } from '../../src/render/messages/en.js';
import { messages } from '../../src/render/messages/index.js';
import { PLAIN_PAINTER } from '../../src/render/painter.js';
import { displayWidth } from '../../src/render/text-layout.js';
import { renderTrendHtmlIn } from '../../src/render/trend-html.js';
import { renderTrendMarkdown } from '../../src/render/trend-markdown.js';
import { renderTrendText } from '../../src/render/trend-text.js';
import type { Trend } from '../../src/report/trend.js';
import { copyExample } from '../helpers/example-copy.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-repo.js';
import { emptyTrend, sampleTrend } from '../helpers/trend-fixtures.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/transit-app', import.meta.url));
// Six sprints, the last one not ended: every table, note and chart of the trend is there.
const AS_OF = ['--as-of', '2026-11-25'];

const trend = (...args: string[]) => runCli(['-C', EXAMPLE, 'trend', ...AS_OF, ...args]);

/** The headings and labels every format shows, from the catalogue keys the trend uses for them. */
const LABEL_KEYS: MessageKey[] = [
  'trend.title',
  'heading.tested',
  'heading.learned',
  'heading.decided',
  'heading.opened',
  'heading.notActedOn',
  'heading.decidedWithoutEvidence',
  'trend.col.stale',
  'trend.col.customerShare',
  'trend.col.daysToTesting',
  'trend.col.daysToOutcome',
  'trend.col.daysToCommit',
  'trend.col.daysToCode',
  'word.acted.overdue',
];

/** What only the page shows: its eyebrow, sections, chart captions and legends, and the footer's lead. */
const PAGE_KEYS: MessageKey[] = [
  'trend.eyebrow',
  'trend.sprintBySprint',
  'trend.overTime',
  'trend.chart.cycleCaption',
  'trend.chart.cycleLabel',
  'trend.chart.toTesting',
  'trend.chart.toOutcome',
  'trend.chart.noneYet',
];

const KEYS: Record<string, MessageKey[]> = { text: LABEL_KEYS, markdown: LABEL_KEYS, html: [...LABEL_KEYS, ...PAGE_KEYS] };

/** Fixed English words around the figures. */
const AROUND = ['as of', 'has not ended', 'count what happened', 'over everything up to'];
const ENGLISH_WORDS: Record<string, string[]> = { text: [...AROUND, 'each as of its own end'], markdown: AROUND, html: [...AROUND, 'Made by'] };

/** A text as words of their own, in any case: the terminal writes its row labels in lower case. */
const asWord = (text: string) => new RegExp(`(^|[^\\p{L}])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'iu');

/**
 * What a person reads: of the page, its text and the charts' labels a screen reader says, without
 * the style sheet and data attributes (names for scripts and rules, as in the JSON).
 */
const readable = (format: string, output: string) =>
  format === 'html'
    ? output.replace(/<style>[\s\S]*?<\/style>/, ' ').replace(/<[^>]*?aria-label="([^"]*)"[^>]*>|<[^>]*>/g, (_, label?: string) => ` ${label ?? ''} `)
    : output;

describe('hypo trend --lang sv on the example', () => {
  it.each(['text', 'markdown', 'html'])('in %s has none of the English headings and labels, Swedish ones and Swedish days', async (format) => {
    const english = await trend('--format', format, '--lang', 'en');
    const swedish = await trend('--format', format, '--lang', 'sv');
    expect(english.code).toBe(0);
    expect(swedish.code).toBe(0);
    const labels = KEYS[format]!.map((key) => EN[key] as string);
    // Every label is in the English trend, so its absence from the Swedish one means something.
    expect(labels.filter((label) => !asWord(label).test(readable(format, english.stdout)))).toEqual([]);
    expect(labels.filter((label) => asWord(label).test(readable(format, swedish.stdout)))).toEqual([]);
    expect(ENGLISH_WORDS[format]!.filter((word) => !asWord(word).test(readable(format, english.stdout)))).toEqual([]);
    expect(ENGLISH_WORDS[format]!.filter((word) => asWord(word).test(readable(format, swedish.stdout)))).toEqual([]);
    for (const label of ['Lärloopens trend', 'Testat', 'Lärt', 'Beslutat', 'Öppnat', 'Inaktuella', 'Kundandel', 'Försenat', 'Koden finns kvar']) {
      expect(swedish.stdout.toLowerCase()).toContain(label.toLowerCase());
    }
    expect(swedish.stdout).toContain('6 sprintar');
    expect(swedish.stdout).toContain('Den sista sprinten har inte tagit slut');
    expect(swedish.stdout).toMatch(/per (<time datetime="2026-11-25">)?25 nov 2026/);
    // The English trend writes its days as ISO in text and markdown; the Swedish one never does.
    if (format !== 'html') expect(readable(format, swedish.stdout)).not.toMatch(/\d{4}-\d\d-\d\d/);
  });

  it('keeps the terminal trend within 80 columns, six sprints to a table', async () => {
    const lines = (await trend('--lang', 'sv')).stdout.split('\n');
    expect(lines.filter((line) => displayWidth(line) > 80)).toEqual([]);
    expect(lines.find((line) => line.trim().startsWith('Sprint 2'))).toContain('Sprint 7');
    expect(lines).toContain('koden finns kvar           0         0         0         1         0         0');
  });

  it('says lang="sv" on the HTML page, and lang="en" with --lang en', async () => {
    expect((await trend('--format', 'html', '--lang', 'sv')).stdout).toContain('<html lang="sv">');
    expect((await trend('--format', 'html', '--lang', 'en')).stdout).toContain('<html lang="en">');
  });

  it('writes the same JSON in either language', async () => {
    const english = await trend('--format', 'json', '--lang', 'en');
    expect(english.code).toBe(0);
    expect((await trend('--format', 'json', '--lang', 'sv')).stdout).toBe(english.stdout);
  });

  it('takes an unknown language as a usage error', async () => {
    const result = await trend('--lang', 'de');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('de');
  });
});

describe("lang in the example's hypo.config.yaml", () => {
  it('gives the Swedish trend without --lang, the English one without the line; --lang en wins over it', async () => {
    // Two copies outside git, one with the config's `lang: sv` line taken out: the line is all that differs.
    // Outside git they warn where the example does not: their own trends are the ones to compare.
    const [withLang, withoutLang] = [makeTempDir(), makeTempDir()];
    copyExample(withLang);
    copyExample(withoutLang, { lang: false });
    const english = await runCli(['-C', withoutLang, 'trend', ...AS_OF]);
    expect(english.stdout).toContain('Learning loop trend · Sprint 2 – Sprint 7');
    expect(english.stdout).not.toContain('Lärloopens trend');
    const swedish = await runCli(['-C', withLang, 'trend', ...AS_OF]);
    expect(swedish.code).toBe(0);
    expect(swedish.stdout).toContain('Lärloopens trend · Sprint 2 – Sprint 7');
    expect(swedish.stdout).not.toContain('Learning loop trend');
    const over = await runCli(['-C', withLang, 'trend', ...AS_OF, '--lang', 'en']);
    expect(over.stdout).toBe(english.stdout);
    expect((await runCli(['-C', withoutLang, 'trend', ...AS_OF, '--lang', 'sv'])).stdout).toBe(swedish.stdout);
    expect((await runCli(['-C', withoutLang, 'trend', ...AS_OF, '--format', 'html'])).stdout).toContain('<html lang="en">');
    expect((await runCli(['-C', withLang, 'trend', ...AS_OF, '--format', 'html'])).stdout).toContain('<html lang="sv">');
  });
});

describe('the Swedish trend without sprints, with warnings, and with no periods', () => {
  const sv = messages('sv');
  const en = messages('en');
  const formats: Record<string, (trend: Trend, t: typeof sv) => string> = {
    text: (trend, t) => renderTrendText(trend, PLAIN_PAINTER, t),
    markdown: (trend, t) => renderTrendMarkdown(trend, t),
    html: (trend, t) => readable('html', renderTrendHtmlIn(trend, t)),
  };

  it.each(Object.keys(formats))('in %s names 14-day windows periods and their days the Swedish way', (format) => {
    const render = formats[format]!;
    expect(render(emptyTrend(), en)).toMatch(/2 periods|period’s end/);
    const swedish = render(emptyTrend(), sv);
    expect(swedish).toContain('2 perioder');
    expect(swedish).toContain('periodens slut');
    expect(swedish).not.toMatch(/\bperiods\b|period’s|each period/);
    expect(swedish).toMatch(/12 nov|29 okt/);
    if (format === 'html') expect(swedish).toContain('Period för period');
  });

  it.each(Object.keys(formats))('in %s heads the warnings in Swedish (the left-out record is the team’s text)', (format) => {
    const swedish = formats[format]!(sampleTrend(), sv);
    expect(swedish).toContain('Varningar');
    expect(swedish).not.toContain('Warnings');
  });

  it.each(Object.keys(formats))('in %s says there are no periods in Swedish', (format) => {
    const swedish = formats[format]!({ ...emptyTrend(), periods: [] }, sv);
    expect(swedish).toMatch(/[Ii]nga perioder att (visa|jämföra)/);
    expect(swedish).not.toMatch(/no periods/i);
  });
});
