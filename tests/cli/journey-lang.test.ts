// hypo journey --lang sv: the map in Swedish in every human-readable format, the JSON the
// same in both languages.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/transit-app', import.meta.url));
const journey = (...args: string[]) => runCli(['-C', EXAMPLE, 'journey', '--as-of', '2026-11-25', ...args]);

/** Words the English map writes itself, as whole words. */
const ENGLISH = [
  'Journey map',
  'as of',
  'Before',
  'During',
  'After',
  'hypotheses',
  'evidence',
  'metrics',
  'touchpoints',
  'learned',
  'Stages',
  'guessing',
  'decided',
];
const englishIn = (text: string) => ENGLISH.filter((word) => new RegExp(`(?<![\\p{L}-])${word}(?![\\p{L}-])`, 'u').test(text));

describe('hypo journey --lang sv', () => {
  it('writes text, markdown and HTML in Swedish, with Swedish days', async () => {
    const english = await journey();
    expect(englishIn(english.stdout).length).toBeGreaterThan(8);
    for (const format of ['text', 'markdown', 'html']) {
      const { code, stdout } = await journey('--lang', 'sv', '--format', format);
      expect(code).toBe(0);
      // Data attributes name flags for scripts, as the JSON does: only what a person reads counts.
      const read = format === 'html' ? stdout.replace(/<[^>]*>/g, ' ') : stdout;
      expect(englishIn(read), format).toEqual([]);
      expect(stdout).toContain('25 nov 2026');
      expect(stdout).toMatch(/Före|Under|Efter/);
    }
    expect((await journey('--lang', 'sv', '--format', 'html')).stdout).toContain('<html lang="sv">');
    expect((await journey('--lang', 'sv')).stdout.split('\n')[0]).toBe('Kundresekarta per 25 nov 2026');
  });

  it('keeps the JSON the same, and refuses a language it does not have', async () => {
    expect((await journey('--lang', 'sv', '--format', 'json')).stdout).toBe((await journey('--format', 'json')).stdout);
    const german = await journey('--lang', 'de');
    expect([german.code, german.stdout]).toEqual([2, '']);
  });
});
