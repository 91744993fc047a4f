// `--lang sv` on hypo stale, acted, show, list and check: the Swedish output has none of the
// English words of its catalogue keys (each shown to be in the English output first), the
// JSON is the same in both languages, `lang:` in the config applies (the example's own says sv)
// and `--lang en` wins.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Message } from '../../src/render/messages/catalogue.js';
import { EN } from '../../src/render/messages/en.js';
import { SV } from '../../src/render/messages/sv.js';
import { copyExample } from '../helpers/example-copy.js';
import { runCli, TEST_ENV } from '../helpers/run-cli.js';
import { makeRepo, makeTempDir, type TempRepo } from '../helpers/temp-repo.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/transit-app', import.meta.url));

const forms = (message: Message): string[] => (typeof message === 'string' ? [message] : [message.one, message.other]);

/**
 * The English words of the keys under `prefix`: each message's text between its placeholders,
 * trimmed of punctuation. Words the Swedish catalogue says too (ID, STATUS, risk) say nothing.
 */
function englishWords(prefix: string): string[] {
  const swedish = Object.entries(SV)
    .filter(([key]) => key.startsWith(prefix))
    .flatMap(([, message]) => forms(message))
    .map((text) => text.replace(/\{\w+\}/g, ' '))
    .join('\n');
  const words = Object.entries(EN)
    .filter(([key]) => key.startsWith(prefix))
    .flatMap(([, message]) => forms(message))
    .flatMap((text) => text.split(/\{\w+\}/))
    .map((text) => text.replace(/^[\s,.:;()+✔✖⚠…-]+|[\s,.:;()+✔✖⚠…-]+$/g, ''))
    .filter((text) => text.length >= 3 && !swedish.includes(text));
  return [...new Set(words)];
}

/** A word as a word of its own, so that "record" is not found inside "recorded". */
const asWord = (text: string) => new RegExp(`(^|[^\\p{L}])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u');

/**
 * The English words of `prefix` found in `english` (at least `least` of them), and none of them
 * in `swedish`; but for `asWritten`, words a record's own text or values say too.
 */
function expectTranslated(prefix: string, english: string, swedish: string, least: number, asWritten: readonly string[] = []): void {
  const words = englishWords(prefix).filter((word) => !asWritten.includes(word));
  const shown = words.filter((word) => asWord(word).test(english));
  expect(shown.length, `English words of ${prefix} in the English output: ${shown.join(' | ')}`).toBeGreaterThanOrEqual(least);
  expect(shown.filter((word) => asWord(word).test(swedish))).toEqual([]);
}

const DAY = /\d{1,2} (jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec) 2026/;

const record = (lines: Record<string, string>) =>
  `${Object.entries(lines)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')}\n`;

/** Every reason of hypo stale without git (ages from `created`), as of 2026-11-25, with one-day cases. */
function staleRepo(config = 'stale_after_days: 30\n'): TempRepo {
  return makeRepo(
    {
      'learning/h/untested.yaml': record({ kind: 'hypothesis', title: 'T', statement: 's', status: 'open', created: '2026-01-01' }),
      'learning/h/testing-alone.yaml': record({ kind: 'hypothesis', title: 'T', statement: 's', status: 'testing', created: '2026-11-01' }),
      'learning/h/tested.yaml': record({ kind: 'hypothesis', title: 'T', statement: 's', status: 'testing', created: '2026-11-01' }),
      'learning/i/review-yesterday.yaml': record({ kind: 'insight', title: 'I', learned: 'l', created: '2026-11-01', review_by: '2026-11-24' }),
      'learning/i/review-long-ago.yaml': record({ kind: 'insight', title: 'I', learned: 'l', created: '2026-10-01', review_by: '2026-11-02' }),
      'learning/e/running-late.yaml': `${record({ kind: 'experiment', title: 'E', tests: '[tested]', method: 'survey', status: 'running', created: '2026-10-01' })}start: 2026-10-01\nend: 2026-11-24\n`,
      'learning/e/exp-dated.yaml': `${record({ kind: 'experiment', title: 'E', tests: '[tested]', method: 'survey', status: 'done', created: '2026-09-01', end: '2026-10-01' })}result:\n  summary: s\n`,
      'learning/e/exp-undated.yaml': `${record({ kind: 'experiment', title: 'E', tests: '[tested]', method: 'survey', status: 'done', created: '2026-09-01' })}result:\n  summary: s\n`,
    },
    { config },
  );
}

describe('hypo stale --lang sv', () => {
  const stale = (repo: TempRepo, ...args: string[]) => runCli(['-C', repo.root, 'stale', '--as-of', '2026-11-25', ...args]);

  it('writes each finding in English word for word as its JSON message, and in Swedish none of the English words', async () => {
    const repo = staleRepo();
    const json = JSON.parse((await stale(repo, '--format', 'json')).stdout) as { stale: { id: string; reason: string; message: string }[] };
    expect(new Set(json.stale.map((finding) => finding.reason))).toEqual(
      new Set(['untested', 'review-overdue', 'experiment-overdue', 'testing-without-experiment', 'experiment-without-insight']),
    );
    for (const format of ['text', 'github']) {
      const english = (await stale(repo, '--format', format)).stdout;
      for (const finding of json.stale) expect(english).toContain(`${finding.id}: ${finding.message}`);
      const swedish = await stale(repo, '--format', format, '--lang', 'sv');
      expect(swedish.code).toBe(1);
      expectTranslated('stale.', english, swedish.stdout, 8);
      // The rule names stay: they are what people search for.
      for (const finding of json.stale) expect(swedish.stdout).toContain(finding.reason);
      expect(swedish.stdout).toContain('för 1 dag sedan');
      expect(swedish.stdout).toContain('skulle granskas 2 nov 2026, för 23 dagar sedan');
      expect(swedish.stdout).toContain('7 inaktuella poster per 25 nov 2026');
    }
    expect((await stale(repo, '--format', 'github', '--lang', 'sv')).stdout).toContain('title=hypo stale%3A review-overdue::review-long-ago: skulle granskas');
  });

  it('says nothing is stale in Swedish', async () => {
    const repo = makeRepo({});
    expect((await stale(repo)).stdout).toBe('✔ nothing stale as of 2026-11-25\n');
    expect((await stale(repo, '--lang', 'sv')).stdout).toBe('✔ ingenting inaktuellt per 25 nov 2026\n');
  });

  it('writes the same JSON in either language', async () => {
    const repo = staleRepo();
    const english = await stale(repo, '--format', 'json');
    expect(english.stdout).toContain('"message": "review was due 2026-11-24, 1 day ago"');
    expect((await stale(repo, '--format', 'json', '--lang', 'sv')).stdout).toBe(english.stdout);
  });
});

/** One decision per state of hypo acted, as of 2026-11-25 with act_within_days 14. */
function actedRepo(config = ''): TempRepo {
  const repo = makeRepo({}, { git: true, config: `act_within_days: 14\n${config}` });
  const hypothesis = (code: string) => `kind: hypothesis\ntitle: H\nstatement: s\nstatus: supported\n${code ? `code: ["${code}"]\n` : ''}`;
  const insight = (hypothesis: string, action: string, date: string) =>
    `kind: insight\ntitle: Beslut om ${hypothesis}\nlearned: l\nhypotheses: [${hypothesis}]\ndecision:\n  action: ${action}\n  summary: s\n  date: ${date}\n`;
  repo.write('learning/h/checkout.yaml', hypothesis('src/checkout/**'));
  repo.write('learning/h/queue.yaml', hypothesis('src/queue/**'));
  repo.write('learning/h/guest.yaml', hypothesis('src/guest/**'));
  repo.write('learning/h/notes.yaml', hypothesis('src/notes/**'));
  repo.write('learning/h/unlinked.yaml', hypothesis(''));
  repo.write('learning/i/a-checkout.yaml', insight('checkout', 'persevere', '2026-10-01'));
  repo.write('learning/i/b-queue.yaml', insight('queue', 'persevere', '2026-10-20'));
  repo.write('learning/i/c-guest.yaml', insight('guest', 'stop', '2026-10-15'));
  repo.write('learning/i/d-notes.yaml', insight('notes', 'iterate', '2026-11-20'));
  repo.write('learning/i/e-unlinked.yaml', insight('unlinked', 'pivot', '2026-10-02'));
  for (const file of ['checkout/pay.ts', 'queue/queue.ts', 'guest/guest.ts', 'guest/form.ts', 'notes/notes.ts']) repo.write(`src/${file}`, 'export {};\n');
  repo.commit('Records and code', '2026-09-30');
  repo.write('src/checkout/pay.ts', 'export const swish = 1;\n');
  repo.commit('Swish first in the checkout', '2026-10-04');
  return repo;
}

describe('hypo acted --lang sv', () => {
  const acted = (repo: TempRepo, ...args: string[]) => runCli(['-C', repo.root, 'acted', '--as-of', '2026-11-25', ...args]);

  it.each(['text', 'markdown', 'github'])('in %s has none of the English words, the Swedish states and days', async (format) => {
    const repo = actedRepo();
    const english = await acted(repo, '--format', format);
    const swedish = await acted(repo, '--format', format, '--lang', 'sv');
    expect(swedish.code).toBe(english.code);
    expectTranslated('acted.', english.stdout, swedish.stdout, format === 'github' ? 4 : 8);
    expect(swedish.stdout).toMatch(DAY);
    if (format === 'github') {
      // The titles name the state as the JSON and --fail-on do.
      expect(swedish.stdout).toContain('title=hypo acted%3A overdue::b-queue: fortsätt 20 okt 2026, och ingen commit om det under de 14 dagarna');
      expect(swedish.stdout).toContain('title=hypo acted%3A code-remains::');
    } else {
      for (const title of ['Försenat', 'Koden finns kvar', 'Inte än', 'Ingen kodkoppling', 'Genomfört']) expect(swedish.stdout).toContain(title);
      expect(swedish.stdout).toContain('första commit 4 okt 2026');
    }
    if (format === 'text') {
      // Longer than the English counts line: wrapped rather than past 80 columns.
      expect(swedish.stdout).toMatch(/\n✖ försenat: 1 · koden finns kvar: 1 · inte än: 1 · ingen kodkoppling: 1\ngenomfört: 1\n$/);
      expect(english.stdout).toMatch(/\n✖ 1 overdue · 1 code-remains · 1 not-yet · 1 no-code-link · 1 acted\n$/);
      expect(Math.max(...swedish.stdout.split('\n').map((line) => line.length))).toBeLessThanOrEqual(80);
    }
  });

  it('writes the same JSON in either language', async () => {
    const repo = actedRepo();
    const english = await acted(repo, '--format', 'json');
    expect(english.stdout).toContain('"state": "code-remains"');
    expect((await acted(repo, '--format', 'json', '--lang', 'sv')).stdout).toBe(english.stdout);
  });

  it('takes lang from the config, and --lang en over it', async () => {
    const repo = actedRepo('lang: sv\n');
    const fromConfig = await acted(repo);
    expect(fromConfig.stdout).toBe((await acted(repo, '--lang', 'sv')).stdout);
    expect(fromConfig.stdout).toContain('Besluten och koden, per 25 nov 2026');
    const english = await acted(repo, '--lang', 'en');
    expect(english.stdout).toContain('Decisions and the code, as of 2026-11-25');
    expect(english.stdout).not.toContain('Besluten');
  });
});

describe('hypo show --lang sv on the example', () => {
  const show = (id: string, ...args: string[]) => runCli(['-C', EXAMPLE, 'show', id, ...args]);
  const IDS = ['kop-utan-konto-okar-konverteringen', 'ab-test-kop-utan-konto', 'kop-utan-konto-gav-ingen-tydlig-skillnad'];

  it('has none of the English headings and labels, and the values as written', async () => {
    const english = (await Promise.all(IDS.map((id) => show(id, '--lang', 'en')))).map((result) => result.stdout).join('\n');
    const results = await Promise.all(IDS.map((id) => show(id, '--lang', 'sv')));
    expect(results.map((result) => result.code)).toEqual([0, 0, 0]);
    const swedish = results.map((result) => result.stdout).join('\n');
    // "decided" is an insight's status, as `hypo list --status` takes it; "sample" is in a record's English text.
    expectTranslated('show.', english, swedish, 15, ['decided', 'sample']);
    expect(english).toContain('sample 21870');
    expect(swedish).toContain('urval 21870');
    for (const heading of ['Vi tror att …', 'För att verifiera det ska vi …', 'Vi lärde oss …', 'Därför ska vi …', 'Resultat', 'Insikter'])
      expect(swedish).toContain(heading);
    // The closed-list values are what `hypo set` and `hypo list --status` take: as written.
    expect(swedish).toContain('kop-utan-konto-okar-konverteringen · hypothesis · inconclusive');
    expect(swedish).toContain('metod ab-test');
    expect(swedish).toContain('utfall: inconclusive');
    // The dates the card writes itself are Swedish; a date field stays as written.
    expect(swedish).toContain('period 5 okt 2026 – 25 okt 2026');
    expect(swedish).toContain('beslutat den 29 okt 2026 av');
    expect(swedish).toContain('skapad 2026-09-28');
    // The card's heading already says "Vi tror att": the statement does not say it again.
    expect(swedish).not.toMatch(/Vi tror att …\n {2}Vi tror att/);
    expect(Math.max(...swedish.split('\n').map((line) => [...line].length))).toBeLessThanOrEqual(80);
  });

  it('writes the same JSON in either language', async () => {
    const english = await show(IDS[0]!, '--format', 'json', '--lang', 'en');
    expect((await show(IDS[0]!, '--format', 'json', '--lang', 'sv')).stdout).toBe(english.stdout);
  });
});

describe('hypo list --lang sv on the example', () => {
  const list = (...args: string[]) => runCli(['-C', EXAMPLE, 'list', ...args]);

  it('has the header row and the count in Swedish, the values as written', async () => {
    const english = await list('--lang', 'en');
    const swedish = await list('--lang', 'sv');
    expectTranslated('list.', english.stdout, swedish.stdout, 3);
    const [header] = swedish.stdout.split('\n');
    expect(header).toMatch(/^ID +TYP +STATUS +TITEL$/);
    expect(swedish.stdout).toMatch(/\n25 poster\n$/);
    expect(swedish.stdout).toContain('hyp  refuted');
    // Only the header and the count change (and the columns' padding with the header's width).
    const rows = (text: string) =>
      text
        .split('\n')
        .slice(1, -2)
        .map((line) => line.replace(/ +/g, ' '));
    expect(rows(swedish.stdout)).toEqual(rows(english.stdout));
    expect((await list('--tag', 'ingen-sådan', '--lang', 'sv')).stdout).toBe('inga poster matchar\n');
  });

  it('writes the same JSON in either language', async () => {
    expect((await list('--format', 'json', '--lang', 'sv')).stdout).toBe((await list('--format', 'json', '--lang', 'en')).stdout);
  });
});

/** A repository with one error and one warning: a hypothesis with a bad status, one with an unknown journey stage. */
function checkRepo(config = ''): TempRepo {
  return makeRepo(
    {
      'learning/hypotheses/bad.yaml': 'kind: hypothesis\ntitle: T\nstatement: s because b\nstatus: testng\n',
      'learning/hypotheses/odd-stage.yaml': 'kind: hypothesis\ntitle: T\nstatement: s because b\nstatus: open\njourney: kopa\n',
      'learning/hypotheses/fine.yaml': 'kind: hypothesis\ntitle: T\nstatement: s because b\nstatus: open\n',
    },
    { config: `journey: [köpa]\n${config}` },
  );
}

describe('hypo check --lang sv', () => {
  it('says only the summary line in Swedish: the problems, their rules and code frames stay', async () => {
    const repo = checkRepo();
    const english = await runCli(['-C', repo.root, 'check']);
    const swedish = await runCli(['-C', repo.root, 'check', '--lang', 'sv']);
    expect(swedish.code).toBe(english.code);
    expectTranslated('check.', english.stdout, swedish.stdout.split('\n').at(-2)!, 4);
    expect(swedish.stdout.split('\n').slice(0, -2)).toEqual(english.stdout.split('\n').slice(0, -2));
    expect(swedish.stdout).toMatch(/\n✖ 1 fel, 1 varning i 2 av 3 filer \(2 poster giltiga\)\n$/);
    const clean = makeRepo({ 'learning/hypotheses/fine.yaml': 'kind: hypothesis\ntitle: T\nstatement: s because b\nstatus: open\n' });
    expect((await runCli(['-C', clean.root, 'check', '--lang', 'sv'])).stdout).toBe('✔ 1 post i 1 fil: inga problem\n');
  });

  it('writes the same JSON and annotations in either language', async () => {
    const repo = checkRepo();
    for (const format of ['json', 'github']) {
      const english = await runCli(['-C', repo.root, 'check', '--format', format]);
      expect((await runCli(['-C', repo.root, 'check', '--format', format, '--lang', 'sv'])).stdout).toBe(english.stdout);
    }
  });

  it('takes lang from the config on the cold and the cached path, and --lang en over it', async () => {
    const repo = checkRepo('lang: sv\n');
    const cacheDir = makeTempDir('hypo-cache-');
    const env = { ...TEST_ENV, HYPO_CACHE_DIR: cacheDir };
    const check = (...args: string[]) => runCli(['-C', repo.root, 'check', ...args], { env });
    const cold = await check();
    expect(cold.stdout).toContain('✖ 1 fel, 1 varning i 2 av 3 filer');
    // The kept result remembers the config's language with it.
    const file = path.join(cacheDir, readdirSync(cacheDir).find((name) => name.startsWith('check-'))!);
    const entry = JSON.parse(readFileSync(file, 'utf8'));
    expect(entry.lang).toBe('sv');
    // A problem planted in the kept result shows only if the cached path answers.
    entry.result.problems.push({ file: 'planted.yaml', line: 1, column: 1, severity: 'warning', rule: 'planted', message: 'from the cache' });
    writeFileSync(file, JSON.stringify(entry));
    const cached = await check();
    expect(cached.stdout).toContain('[planted]');
    expect(cached.stdout).toContain('✖ 1 fel, 1 varning i 3 av 3 filer');
    const english = await check('--lang', 'en');
    expect(english.stdout).toContain('[planted]');
    expect(english.stdout).toContain('✖ 1 error, 1 warning in 3 of 3 files (2 records valid)');
    expect((await check('--lang', 'sv')).stdout).toBe(cached.stdout);
  });

  it('asked for Swedish, says the cached summary in Swedish without the config saying so', async () => {
    const repo = checkRepo();
    const env = { ...TEST_ENV, HYPO_CACHE_DIR: makeTempDir('hypo-cache-') };
    const english = await runCli(['-C', repo.root, 'check'], { env });
    expect(english.stdout).toContain('✖ 1 error, 1 warning in 2 of 3 files');
    expect((await runCli(['-C', repo.root, 'check', '--lang', 'sv'], { env })).stdout).toContain('✖ 1 fel, 1 varning i 2 av 3 filer');
  });
});

describe('lang in hypo.config.yaml for show, list and stale', () => {
  it('applies without --lang, and --lang en wins', async () => {
    const repo = staleRepo('stale_after_days: 30\nlang: sv\n');
    const cases: [string[], string, string][] = [
      [['stale', '--as-of', '2026-11-25'], 'inaktuella poster per 25 nov 2026', 'stale records as of 2026-11-25'],
      [['list'], 'TITEL', 'TITLE'],
      [['show', 'untested'], 'Vi tror att …', 'We believe that …'],
    ];
    for (const [args, swedish, english] of cases) {
      expect((await runCli(['-C', repo.root, ...args])).stdout).toContain(swedish);
      const overridden = (await runCli(['-C', repo.root, ...args, '--lang', 'en'])).stdout;
      expect(overridden).toContain(english);
      expect(overridden).not.toContain(swedish);
    }
  });

  it("makes the example's list and show Swedish, English without the config's line; --lang en wins", async () => {
    // The same records with the config's `lang: sv` line taken out: English, the default.
    const withoutLang = makeTempDir();
    copyExample(withoutLang, { lang: false });
    const cases: [string[], string, string][] = [
      [['list'], 'TITEL', 'TITLE'],
      [['show', 'kop-utan-konto-okar-konverteringen'], 'Vi tror att …', 'We believe that …'],
    ];
    for (const [args, inSwedish, inEnglish] of cases) {
      const run = (root: string, ...more: string[]) => runCli(['-C', root, ...args, ...more]).then((result) => result.stdout);
      const [swedish, english] = await Promise.all([run(EXAMPLE), run(withoutLang)]);
      expect([swedish.includes(inSwedish), swedish.includes(inEnglish)], args[0]).toEqual([true, false]);
      expect([english.includes(inEnglish), english.includes(inSwedish)], args[0]).toEqual([true, false]);
      expect(await run(withoutLang, '--lang', 'sv'), args[0]).toBe(swedish);
      expect(await run(EXAMPLE, '--lang', 'en'), args[0]).toBe(english);
    }
  });
});
