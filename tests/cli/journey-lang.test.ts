// hypo journey --lang sv: the map in Swedish in every human-readable format, the JSON the
// same in both languages; the example's `lang: sv` in its config, and --lang over it.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { copyExample } from '../helpers/example-copy.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-repo.js';

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
    const english = await journey('--lang', 'en');
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
    expect((await journey('--lang', 'sv', '--format', 'json')).stdout).toBe((await journey('--lang', 'en', '--format', 'json')).stdout);
    const german = await journey('--lang', 'de');
    expect([german.code, german.stdout]).toEqual([2, '']);
  });
});

describe("lang in the example's hypo.config.yaml for hypo journey", () => {
  it('gives the Swedish map without --lang, the English one without the line; --lang en wins over it', async () => {
    const [swedish, english] = await Promise.all([journey('--lang', 'sv'), journey('--lang', 'en')]);
    expect(swedish.stdout).not.toBe(english.stdout);
    expect((await journey()).stdout).toBe(swedish.stdout);
    // The same records with the config's `lang: sv` line taken out: English, the default.
    const root = makeTempDir();
    copyExample(root, { lang: false });
    const withoutLang = await runCli(['-C', root, 'journey', '--as-of', '2026-11-25']);
    expect([withoutLang.code, withoutLang.stdout]).toEqual([0, english.stdout]);
    expect(english.stdout.split('\n')[0]).toBe('Journey map as of 2026-11-25');
    expect((await runCli(['-C', root, 'journey', '--as-of', '2026-11-25', '--lang', 'sv'])).stdout).toBe(swedish.stdout);
  });
});
