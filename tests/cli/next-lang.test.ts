// `hypo next --lang sv`: the list's text and markdown, its reasons and the method's why in
// Swedish, none of the English sentences left; the JSON the same in both languages; `lang:`
// in the config (the example's own says sv), and --lang over it; --plan writing a Swedish
// plan that check accepts.
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/render/markdown-escape.js';
import { displayWidth } from '../../src/render/text-layout.js';
import { copyExample } from '../helpers/example-copy.js';
import { runCli } from '../helpers/run-cli.js';
import { makeRepo, type TempRepo } from '../helpers/temp-repo.js';

/** The example committed in one commit on 2026-10-01: only read here, so built once for the file. */
let shared: TempRepo | undefined;
function example(): TempRepo {
  if (!shared) {
    shared = makeRepo({}, { git: true, config: false, lifetime: 'file' });
    copyExample(shared.root);
    shared.commit('The example', '2026-10-01');
  }
  return shared;
}

/**
 * A fresh copy of the example for a test that writes, with `config` added to its hypo.config.yaml;
 * with `lang: false`, its config without its `lang: sv` line.
 */
function exampleToWrite(config = '', options: { lang?: boolean } = {}): TempRepo {
  const repo = makeRepo({}, { git: true, config: false });
  copyExample(repo.root, options);
  if (config) appendFileSync(path.join(repo.root, 'hypo.config.yaml'), `\n${config}`);
  repo.commit('The example', '2026-10-01');
  return repo;
}

const next = (repo: TempRepo, ...args: string[]) => runCli(['-C', repo.root, 'next', '--as-of', '2026-11-25', ...args]);

/** Wrapped lines joined again: a sentence the text wraps is found whole. */
const unwrapped = (text: string) => text.replace(/\s+/g, ' ');

/** Every reason and why the English JSON gives: the sentences the English text and markdown print. */
async function englishSentences(repo: TempRepo): Promise<string[]> {
  const json = JSON.parse((await next(repo, '--format', 'json')).stdout) as { next: { reasons: string[]; suggested: { why: string } | null }[] };
  const sentences = json.next.flatMap((item) => [...item.reasons, ...(item.suggested ? [item.suggested.why] : [])]);
  expect(sentences.length).toBeGreaterThan(10);
  return sentences;
}

describe('hypo next --lang sv on the example', () => {
  it('writes the reasons and the why in Swedish in text, none of the English sentences left', async () => {
    const sentences = await englishSentences(example());
    const english = await next(example(), '--lang', 'en');
    // They are there in English, so their absence in Swedish means something.
    expect(sentences.filter((sentence) => !unwrapped(english.stdout).includes(sentence))).toEqual([]);

    const swedish = await next(example(), '--lang', 'sv');
    expect([swedish.code, swedish.stderr]).toEqual([0, '']);
    expect(sentences.filter((sentence) => unwrapped(swedish.stdout).includes(sentence))).toEqual([]);
    const lines = swedish.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'Testa härnäst, per 25 nov 2026',
      '',
      ' 1. Tydliga byten minskar missade anslutningar mellan buss och färja',
      '    tydliga-byten-minskar-missade-anslutningar · poäng 8',
    ]);
    expect(lines.filter((line) => displayWidth(line) > 80)).toEqual([]);
    expect(lines.at(-1)).toBe('Planera ett test: hypo next --plan <id> [--method <metod>]');
    for (const sentence of [
      '• vikt: medel, inga belägg',
      '• kundresesteget "planera" är fortfarande en gissning: inget där är testat',
      '• "anvandbarhetstest-av-bytesvyn" är planerat men har inte startat',
      '→ användartest: "anvandbarhetstest-av-bytesvyn" är redan planerat: kör det',
      '• vikt: medel, bara belägg på nivån svag (enligt posten)',
      '• öppen och otestad i 40 dagar (inaktuell efter 30)',
      '• den skulle ha granskats senast 17 nov 2026',
      '• vikt: medel, bara belägg på nivån medel från 1 avslutat experiment, och det senaste testet blev oavgjort',
      '• 1 spårad fil bygger på den (kod: src/checkout/guest/**)',
      '→ intervju: billigaste vägen från inga belägg till nivån svag: vad kunder säger, kostnad 1 av 5, cirka 7 dagar',
    ]) {
      expect(unwrapped(swedish.stdout)).toContain(sentence);
    }
  });

  it('writes the reasons and the why in Swedish in markdown, none of the English sentences left', async () => {
    const sentences = (await englishSentences(example())).map(escapeMarkdown);
    const english = await next(example(), '--format', 'markdown', '--lang', 'en');
    expect(sentences.filter((sentence) => !english.stdout.includes(sentence))).toEqual([]);

    const swedish = await next(example(), '--format', 'markdown', '--lang', 'sv');
    expect(swedish.code).toBe(0);
    expect(sentences.filter((sentence) => swedish.stdout.includes(sentence))).toEqual([]);
    expect(swedish.stdout).toContain(
      '## Testa härnäst\n\nPer 25 nov 2026.\n\n1. **Tydliga byten minskar missade anslutningar mellan buss och färja** `tydliga-byten-minskar-missade-anslutningar`, poäng 8\n   - vikt: medel, inga belägg\n',
    );
    expect(swedish.stdout).toContain(
      '   - Nästa: **analysdata**, billigaste vägen från nivån medel till nivån stark: vad kunder gör, kostnad 1 av 5, cirka 3 dagar, med minst 1000 deltagare\n',
    );
    expect(swedish.stdout).toContain('   - 1 spårad fil bygger på den (kod: src/checkout/guest/\\*\\*)\n');
    expect(swedish.stdout.trimEnd().split('\n').at(-1)).toBe('Planera ett test: `hypo next --plan <id> [--method <metod>]`.');
  });

  it('keeps the JSON the same in both languages, English sentences and all', async () => {
    const english = await next(example(), '--format', 'json', '--lang', 'en');
    const swedish = await next(example(), '--format', 'json', '--lang', 'sv');
    expect(swedish.stdout).toBe(english.stdout);
    expect(JSON.parse(swedish.stdout).next[0].reasons[0]).toBe('medium importance, no evidence');
  });
});

describe("lang in the example's hypo.config.yaml for hypo next", () => {
  it('gives the Swedish list without --lang, the English one without the line; --lang en wins over it', async () => {
    const swedish = await next(example());
    expect(swedish.code).toBe(0);
    expect(swedish.stdout).toBe((await next(example(), '--lang', 'sv')).stdout);
    expect(swedish.stdout).toContain('• vikt: medel, inga belägg');
    const markdown = await next(example(), '--format', 'markdown');
    expect(markdown.stdout).toContain('## Testa härnäst');

    // The same records with the config's `lang: sv` line taken out: English, the default.
    const withoutLang = exampleToWrite('', { lang: false });
    const english = await next(withoutLang);
    expect(english.stdout).toContain('• medium importance, no evidence');
    expect(english.stdout).not.toContain('• vikt: medel');
    expect((await next(withoutLang, '--format', 'markdown')).stdout).toContain('## Test next');
    expect((await next(example(), '--lang', 'en')).stdout).toBe(english.stdout);
    expect((await next(withoutLang, '--lang', 'sv')).stdout).toBe(swedish.stdout);
    expect((await next(example(), '--format', 'json')).stdout).toBe((await next(withoutLang, '--format', 'json')).stdout);
  });
});

describe('hypo next --plan --lang sv', () => {
  it('writes a Swedish plan that check accepts, and says why in Swedish', async () => {
    // A copy without the config's `lang: sv`: --lang sv alone makes it Swedish.
    const repo = exampleToWrite('', { lang: false });
    const planned = await runCli(['-C', repo.root, 'next', '--plan', 'koinformation', '--lang', 'sv']);
    expect(planned.code).toBe(0);
    expect(planned.stdout).toBe('learning/experiments/koinformation-for-bilfarjan-minskar-samtal-interview.yaml\n');
    expect(planned.stderr).toBe(
      'hypo: planerade intervju för koinformation-for-bilfarjan-minskar-samtal: billigaste vägen från inga belägg till nivån svag: vad kunder säger, kostnad 1 av 5, cirka 7 dagar\n',
    );
    const text = readFileSync(path.join(repo.root, planned.stdout.trim()), 'utf8');
    expect(text).toContain('plan: För att pröva det ska vi prata med kunder en och en om deras jobb, problem och vinster.\n');
    expect(text).toContain('title: Köinformation för bilfärjan minskar samtalen till kundtjänst – intervju\n');
    expect(text).not.toContain('To verify that');
    expect((await runCli(['-C', repo.root, 'check'])).code).toBe(0);
  });

  it('takes the language from the config, keeps a method the config adds as written, and its JSON in English', async () => {
    const methods = 'methods:\n  gatutest:\n    observes: does\n    strength: weak\n    description: Fråga folk på gatan vad de gör just nu.\n';
    // Without the config's `lang: sv` line, the same plan is English: the line is what makes it Swedish.
    const withoutLang = exampleToWrite(methods, { lang: false });
    const plannedInEnglish = await runCli(['-C', withoutLang.root, 'next', '--plan', 'pendlare', '--method', 'gatutest']);
    expect(plannedInEnglish.stderr).toBe('hypo: planned gatutest for pendlare-vill-bli-paminda-om-periodkortet: the method asked for\n');

    const repo = exampleToWrite('methods:\n  gatutest:\n    observes: does\n    strength: weak\n    description: Fråga folk på gatan vad de gör just nu.\n');
    const planned = await runCli(['-C', repo.root, 'next', '--plan', 'pendlare', '--method', 'gatutest']);
    expect(planned.code).toBe(0);
    expect(planned.stderr).toBe('hypo: planerade gatutest för pendlare-vill-bli-paminda-om-periodkortet: metoden du bad om\n');
    const text = readFileSync(path.join(repo.root, planned.stdout.trim()), 'utf8');
    expect(text).toContain('plan: För att pröva det ska vi fråga folk på gatan vad de gör just nu.\n');
    expect((await runCli(['-C', repo.root, 'check'])).code).toBe(0);

    const json = JSON.parse((await runCli(['-C', repo.root, 'next', '--plan', 'pendlare', '--method', 'fake-door', '--format', 'json'])).stdout);
    expect(json.why).toBe('the method asked for');
    const fakeDoor = readFileSync(path.join(repo.root, json.file), 'utf8');
    expect(fakeDoor).toContain('plan: För att pröva det ska vi erbjuda något som inte finns än och räkna hur många som försöker ta det.\n');

    const english = await runCli(['-C', repo.root, 'next', '--plan', 'pendlare', '--method', 'interview', '--lang', 'en']);
    expect(english.stderr).toBe('hypo: planned interview for pendlare-vill-bli-paminda-om-periodkortet: the method asked for\n');
    expect(readFileSync(path.join(repo.root, english.stdout.trim()), 'utf8')).toContain(
      'plan: To verify that, we will talk to customers one by one about their jobs, pains and gains.\n',
    );
  });
});
