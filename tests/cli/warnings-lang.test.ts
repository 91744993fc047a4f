// The warnings of hypo report and hypo journey in the command's language: on stderr and in
// the report's Warnings section, Swedish with --lang sv, exactly today's English without;
// the JSON keeps the English text in either language; the example's `lang: sv` in its config.
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/render/markdown-escape.js';
import { copyExample } from '../helpers/example-copy.js';
import { runCli } from '../helpers/run-cli.js';
import { makeRepo, type TempRepo } from '../helpers/temp-repo.js';

/**
 * The example outside any git repository, with one record that fails its schema; its config
 * without its `lang: sv` line unless `lang` is true, so that without --lang it is English.
 */
function exampleOutsideGit(options: { lang?: boolean } = {}): TempRepo {
  const repo = makeRepo({}, { config: false });
  copyExample(repo.root, { lang: options.lang ?? false });
  repo.write('learning/hypotheses/trasig-åtgärd.yaml', 'title: [\n');
  return repo;
}

const ENGLISH_PAST = 'not a git repository: the records are shown as they are now, not as of 2026-10-25';
const SWEDISH_PAST = 'inte ett git-repo: posterna visas som de är nu, inte per 25 okt 2026';
const ENGLISH_SKIPPED = '1 record left out for errors: learning/hypotheses/trasig-åtgärd.yaml (hypo check shows why)';
const SWEDISH_SKIPPED = '1 post utelämnad på grund av fel: learning/hypotheses/trasig-åtgärd.yaml (hypo check säger varför)';

describe('the warnings of hypo report', () => {
  // Sprint 4 ends on 2026-10-25, a month before the test's today: outside git, the records are shown as they are now.
  const report = (repo: TempRepo, ...args: string[]) => runCli(['-C', repo.root, 'report', '--sprint', '4', ...args]);

  it('are English on stderr and in the Warnings section without --lang, as they always were', async () => {
    const repo = exampleOutsideGit();
    const result = await report(repo);
    expect(result.stderr).toBe(`hypo: warning: ${ENGLISH_PAST}\n⚠ ${ENGLISH_SKIPPED}\n`);
    expect(result.stdout).toContain(`Warnings\n  ⚠ ${ENGLISH_SKIPPED.slice(0, 50)}`);
    expect(result.stdout).toContain(`⚠ ${ENGLISH_PAST.slice(0, 60)}`);
  });

  it('are Swedish on stderr with --lang sv', async () => {
    const result = await report(exampleOutsideGit(), '--lang', 'sv');
    expect(result.stderr).toBe(`hypo: varning: ${SWEDISH_PAST}\n⚠ ${SWEDISH_SKIPPED}\n`);
  });

  it.each([
    ['text', (text: string) => `⚠ ${text}`],
    ['markdown', (text: string) => `- ${escapeMarkdown(text)}`],
    ['html', (text: string) => `<li>${text}</li>`],
  ])('are Swedish in the Warnings section of the %s report, and none of the English is left', async (format, item) => {
    const repo = exampleOutsideGit();
    const [english, swedish] = await Promise.all([report(repo, '--format', format), report(repo, '--format', format, '--lang', 'sv')]);
    // Text wraps at 80 columns: the start of each warning is on its first line.
    const start = (text: string) => (format === 'text' ? item(text).slice(0, 60) : item(text));
    expect(english.stdout).toContain(start(ENGLISH_PAST));
    expect(swedish.stdout).toContain(start(SWEDISH_PAST));
    expect(swedish.stdout).toContain('Varningar');
    expect(swedish.stdout).not.toContain('not a git repository');
    expect(swedish.stdout).not.toContain('left out for errors');
    expect(swedish.stdout).toMatch(/1 post utelämnad på grund av fel/);
  });

  it('keeps the English text in the JSON, whatever the language', async () => {
    const repo = exampleOutsideGit();
    const english = await report(repo, '--format', 'json');
    const swedish = await report(repo, '--format', 'json', '--lang', 'sv');
    expect(swedish.stdout).toBe(english.stdout);
    expect(JSON.parse(english.stdout).warnings).toEqual([ENGLISH_PAST]);
    // Only the person-readable stderr follows the language.
    expect(swedish.stderr).toContain(`hypo: varning: ${SWEDISH_PAST}`);
  });

  it('says when a sprint has not started yet, in Swedish with a Swedish day', async () => {
    // Sprint 8 of the example starts after the test's today.
    const repo = exampleOutsideGit();
    const english = await report(repo, '--sprint', '8', '--format', 'json');
    const starts = (JSON.parse(english.stdout).warnings as string[]).find((warning) => warning.startsWith('sprint 8 starts on '));
    expect(starts).toMatch(/^sprint 8 starts on \d{4}-\d{2}-\d{2}$/);
    const swedish = await runCli(['-C', repo.root, 'report', '--sprint', '8', '--lang', 'sv']);
    expect(swedish.stderr).toMatch(/hypo: varning: sprint 8 börjar \d{1,2} (dec|jan) 20\d\d\n/);
    expect(swedish.stderr).not.toContain('starts on');
  });
});

describe('the warnings of hypo journey', () => {
  const journey = (repo: TempRepo, ...args: string[]) => runCli(['-C', repo.root, 'journey', '--as-of', '2026-10-01', ...args]);

  it('are Swedish with --lang sv and English without, for a past day outside git', async () => {
    const repo = exampleOutsideGit();
    const [english, swedish] = await Promise.all([journey(repo), journey(repo, '--lang', 'sv')]);
    expect(english.stderr).toBe(`hypo: warning: not a git repository: the records are shown as they are now, not as of 2026-10-01\n⚠ ${ENGLISH_SKIPPED}\n`);
    expect(swedish.stderr).toBe(`hypo: varning: inte ett git-repo: posterna visas som de är nu, inte per 1 okt 2026\n⚠ ${SWEDISH_SKIPPED}\n`);
  });

  it("follow the example's lang: sv in the config, and --lang en wins over it", async () => {
    const [withLang, withoutLang] = [exampleOutsideGit({ lang: true }), exampleOutsideGit()];
    const [swedish, english] = await Promise.all([journey(withLang), journey(withoutLang)]);
    expect(swedish.stderr).toContain('hypo: varning: inte ett git-repo');
    // The config's `lang: sv` line is what makes it Swedish: without it, English.
    expect(english.stderr).toContain('hypo: warning: not a git repository');
    expect((await journey(withLang, '--lang', 'en')).stderr).toBe(english.stderr);
  });
});
