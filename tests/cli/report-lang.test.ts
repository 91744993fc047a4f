// `hypo report --lang sv`: the text, markdown and HTML report of the example in Swedish,
// none of the English headings left; `lang:` in the config (the example's own says sv), and
// --lang over it.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EN, type MessageKey } from '../../src/render/messages/en.js';
import { copyExample } from '../helpers/example-copy.js';
import { runCli } from '../helpers/run-cli.js';
import { makeRepo, makeTempDir } from '../helpers/temp-repo.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/transit-app', import.meta.url));
const PERIOD = ['--sprint', '4', '--as-of', '2026-11-25'];

/** The English report's headings, from the catalogue: none may be left in the Swedish report. */
const ENGLISH_HEADINGS = (Object.keys(EN) as MessageKey[]).filter((key) => key.startsWith('heading.')).map((key) => EN[key] as string);

const report = (...args: string[]) => runCli(['-C', EXAMPLE, 'report', ...PERIOD, ...args]);

/** A heading as a word of its own, so that "Tested" is not found inside "Untested". */
const asWord = (text: string) => new RegExp(`(^|[^\\p{L}])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u');

describe('hypo report --lang sv on the example', () => {
  it.each(['text', 'markdown', 'html'])('in %s has none of the English headings, the Swedish ones and a Swedish date', async (format) => {
    const result = await report('--format', format, '--lang', 'sv');
    expect(result.code).toBe(0);
    const english = await report('--format', format, '--lang', 'en');
    // The headings are in the English report, so their absence here means something.
    expect(ENGLISH_HEADINGS.filter((heading) => asWord(heading).test(english.stdout)).length).toBeGreaterThan(8);
    expect(ENGLISH_HEADINGS.filter((heading) => asWord(heading).test(result.stdout))).toEqual([]);
    for (const heading of ['Testat', 'Lärt', 'Beslutat', 'Öppnat', 'Loopens hälsa', 'Antagandekarta', 'Testa härnäst', 'Kundfokus']) {
      expect(result.stdout).toContain(heading);
    }
    expect(result.stdout).toMatch(/\d{1,2} (jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec) 2026/);
    expect(result.stdout).toContain('per 25 nov 2026');
  });

  it('says lang="sv" on the HTML page, and lang="en" with --lang en', async () => {
    expect((await report('--format', 'html', '--lang', 'sv')).stdout).toContain('<html lang="sv">');
    expect((await report('--format', 'html', '--lang', 'en')).stdout).toContain('<html lang="en">');
  });

  it('writes the same JSON in either language', async () => {
    expect((await report('--format', 'json', '--lang', 'sv')).stdout).toBe((await report('--format', 'json', '--lang', 'en')).stdout);
  });

  it('takes an unknown language as a usage error', async () => {
    const result = await report('--lang', 'de');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('de');
  });
});

describe('lang in hypo.config.yaml', () => {
  it('gives the Swedish report; --lang en wins over it', async () => {
    const repo = makeRepo({}, { config: 'lang: sv\n' });
    const swedish = await runCli(['-C', repo.root, 'report', '--as-of', '2026-11-25']);
    expect(swedish.code).toBe(0);
    expect(swedish.stdout).toContain('Loopens hälsa');
    const english = await runCli(['-C', repo.root, 'report', '--as-of', '2026-11-25', '--lang', 'en']);
    expect(english.stdout).toContain('Loop health');
    expect(english.stdout).not.toContain('Loopens hälsa');
  });
});

describe("lang in the example's hypo.config.yaml", () => {
  it('gives the Swedish report without --lang, the English one without the line; --lang en wins over it', async () => {
    expect((await report('--format', 'html')).stdout).toContain('<html lang="sv">');
    // Two copies outside git, one with the config's `lang: sv` line taken out: the line is all that differs.
    const [withLang, withoutLang] = [makeTempDir(), makeTempDir()];
    copyExample(withLang);
    copyExample(withoutLang, { lang: false });
    const run = (root: string, ...args: string[]) => runCli(['-C', root, 'report', ...PERIOD, '--format', 'html', ...args]);
    const swedish = await run(withLang);
    expect(swedish.code).toBe(0);
    expect(swedish.stdout).toContain('<html lang="sv">');
    expect(swedish.stdout).toContain('Loopens hälsa');
    expect((await run(withLang, '--lang', 'sv')).stdout).toBe(swedish.stdout);
    const english = await run(withoutLang);
    expect(english.stdout).toContain('<html lang="en">');
    expect(english.stdout).toContain('Loop health');
    expect((await run(withLang, '--lang', 'en')).stdout).toBe(english.stdout);
    expect((await run(withoutLang, '--lang', 'sv')).stdout).toBe(swedish.stdout);
  });
});
