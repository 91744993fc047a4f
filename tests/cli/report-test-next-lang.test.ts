// The report's Test next section in Swedish: its reasons and the method's why come from the
// catalogue in text, markdown and HTML, none of the English sentences left, while the JSON
// keeps them in English.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/render/html-escape.js';
import { escapeMarkdown } from '../../src/render/markdown-escape.js';
import { runCli } from '../helpers/run-cli.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/transit-app', import.meta.url));
const report = (...args: string[]) => runCli(['-C', EXAMPLE, 'report', '--sprint', '4', '--as-of', '2026-11-25', ...args]);

/** The Test next section alone: from its heading to the next one. */
const SECTIONS: Record<string, (output: string, heading: string) => string> = {
  text: (output, heading) => output.split(/\n(?=\S)/).find((block) => block.startsWith(`${heading} (`)) ?? '',
  markdown: (output, heading) => output.split(/\n(?=## )/).find((block) => block.startsWith(`## ${heading} (`)) ?? '',
  html: (output) => output.match(/<section[^>]*id="test-next"[\s\S]*?<\/section>/)?.[0] ?? '',
};

/** How each format writes a sentence: wrapped text joined again, markdown and HTML escaped. */
const WRITTEN: Record<string, (sentence: string) => string> = {
  text: (sentence) => sentence,
  markdown: escapeMarkdown,
  html: escapeHtml,
};
const unwrapped = (text: string) => text.replace(/\s+/g, ' ');

describe("hypo report --lang sv: the Test next section's reasons", () => {
  it.each(['text', 'markdown', 'html'])('in %s are Swedish, none of the English sentences left', async (format) => {
    const json = JSON.parse((await report('--format', 'json', '--lang', 'en')).stdout) as {
      testNext: { reasons: string[]; suggested: { why: string } | null }[];
    };
    const sentences = json.testNext.flatMap((item) => [...item.reasons, ...(item.suggested ? [item.suggested.why] : [])]).map(WRITTEN[format]!);
    expect(sentences.length).toBeGreaterThan(8);

    const english = unwrapped(SECTIONS[format]!((await report('--format', format, '--lang', 'en')).stdout, 'Test next'));
    expect(sentences.filter((sentence) => !english.includes(sentence))).toEqual([]);

    const result = await report('--format', format, '--lang', 'sv');
    expect(result.code).toBe(0);
    const swedish = unwrapped(SECTIONS[format]!(result.stdout, 'Testa härnäst'));
    expect(swedish).toContain('vikt: medel, inga belägg');
    expect(swedish).toContain('den skulle ha granskats senast 17 nov 2026');
    expect(swedish).toContain('billigaste vägen från inga belägg till nivån svag: vad kunder säger, kostnad 1 av 5, cirka 7 dagar');
    expect(swedish).toMatch(/intervju/);
    expect(sentences.filter((sentence) => swedish.includes(sentence))).toEqual([]);
    // Nor the words the English reasons are made of.
    expect(swedish).not.toMatch(/importance|evidence|the cheapest way|is planned|what customers|tracked file|days/);
  });

  it('keeps the English reasons in the JSON, whatever the language', async () => {
    const english = await report('--format', 'json', '--lang', 'en');
    expect((await report('--format', 'json', '--lang', 'sv')).stdout).toBe(english.stdout);
    expect(JSON.parse(english.stdout).testNext[0].reasons[0]).toBe('medium importance, no evidence');
  });
});
