// hypo next on real git repositories: the example's list (the medium, untested hypothesis
// the old binary corner missed comes first), every format, the code that rests on a
// hypothesis counted from git, and --plan writing a planned experiment `check` accepts.
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/text-layout.js';
import { runCli } from '../helpers/run-cli.js';
import { makeRepo, type TempRepo } from '../helpers/temp-repo.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/transit-app', import.meta.url));

/** The example committed in one commit on 2026-10-01: only read here, so built once for the file. */
let shared: TempRepo | undefined;
function example(): TempRepo {
  if (!shared) {
    shared = makeRepo({}, { git: true, config: false, lifetime: 'file' });
    cpSync(EXAMPLE, shared.root, { recursive: true });
    shared.commit('The example', '2026-10-01');
  }
  return shared;
}

/** A fresh copy of the example for a test that writes. */
function exampleToWrite(): TempRepo {
  const repo = makeRepo({}, { git: true, config: false });
  cpSync(EXAMPLE, repo.root, { recursive: true });
  repo.commit('The example', '2026-10-01');
  return repo;
}

const next = (repo: TempRepo, ...args: string[]) => runCli(['-C', repo.root, 'next', '--as-of', '2026-11-25', ...args]);

describe('hypo next on the example', () => {
  it('ranks the hypotheses still open to doubt, the medium untested one first', async () => {
    const { code, stdout, stderr } = await next(example(), '--format', 'json');
    expect([code, stderr]).toEqual([0, '']);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['asOf', 'next', 'skipped']);
    expect(json.asOf).toBe('2026-11-25');
    expect(json.skipped).toEqual([]);
    expect(json.next.map((item: { id: string; score: number }) => [item.id, item.score])).toEqual([
      ['tydliga-byten-minskar-missade-anslutningar', 8],
      ['pendlare-vill-bli-paminda-om-periodkortet', 8],
      ['koinformation-for-bilfarjan-minskar-samtal', 5],
      // 0.6 of it for the one file of the example's code under src/checkout/guest/: 0.3, times the weight of medium importance.
      ['kop-utan-konto-okar-konverteringen', 2.6],
    ]);
    expect(json.next[0]).toEqual({
      id: 'tydliga-byten-minskar-missade-anslutningar',
      title: 'Tydliga byten minskar missade anslutningar mellan buss och färja',
      score: 8,
      importance: 'medium',
      evidence: 'none',
      reasons: [
        'medium importance, no evidence',
        'the journey stage "planera" is still a guess: nothing there is tested',
        '"anvandbarhetstest-av-bytesvyn" is planned and has not started',
      ],
      suggested: { method: 'usability-test', why: '"anvandbarhetstest-av-bytesvyn" is planned already: run it' },
    });
    // Being tested on time (a running prototype test), supported, refuted or retired: not listed.
    for (const id of [
      'offlinebiljett-minskar-oron-vid-dalig-tackning',
      'swish-forst-i-kassan-okar-konverteringen',
      'turister-hittar-appen-via-qr-kod-pa-hallplatsen',
    ]) {
      expect(json.next.map((item: { id: string }) => item.id)).not.toContain(id);
    }
  });

  it('prints text that fits 80 columns, markdown for a comment, and at most --limit', async () => {
    const text = await next(example(), '--lang', 'en');
    expect(text.code).toBe(0);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'Test next, as of 2026-11-25',
      '',
      ' 1. Tydliga byten minskar missade anslutningar mellan buss och färja',
      '    tydliga-byten-minskar-missade-anslutningar · score 8',
    ]);
    expect(lines.filter((line) => displayWidth(line) > 80)).toEqual([]);
    expect(lines.at(-1)).toBe('Plan a test: hypo next --plan <id> [--method <method>]');

    const markdown = await next(example(), '--format', 'markdown', '--limit', '1', '--lang', 'en');
    expect(markdown.stdout).toContain('## Test next\n\nAs of 2026-11-25.\n\n1. **Tydliga byten minskar missade anslutningar mellan buss och färja**');
    expect(markdown.stdout).not.toContain('2. **');

    const limited = JSON.parse((await next(example(), '--format', 'json', '--limit', '2')).stdout);
    expect(limited.next).toHaveLength(2);
  });

  it('refuses a --limit that is no whole number, and --method without --plan', async () => {
    const zero = await next(example(), '--limit', '0');
    expect([zero.code, zero.stdout]).toEqual([2, '']);
    expect(zero.stderr).toContain('--limit 0: not a whole number of at least 1');
    const method = await next(example(), '--method', 'interview');
    expect(method.code).toBe(2);
    expect(method.stderr).toContain('--method needs --plan <id>');
  });
});

describe('hypo next: code that rests on a hypothesis', () => {
  it('counts the tracked files its code globs match, not untracked ones', async () => {
    const repo = makeRepo({}, { git: true });
    repo.write('learning/hypotheses/h.yaml', 'kind: hypothesis\ntitle: H\nstatement: s\nstatus: open\nimportance: low\ncode: ["src/checkout/**"]\n');
    for (const file of ['a.ts', 'b.ts', 'deep/c.ts']) repo.write(`src/checkout/${file}`, '');
    repo.write('src/other.ts', '');
    repo.commit('Records and code', '2026-11-20');
    repo.write('src/checkout/untracked.ts', '');
    const json = JSON.parse((await next(repo, '--format', 'json')).stdout);
    expect(json.next[0].reasons).toEqual(['low importance, no evidence', '3 tracked files rest on it (code: src/checkout/**)']);
    expect(json.next[0].score).toBe(Math.round((3 + Math.log10(4)) * 10) / 10);
  });

  it('works outside git, without the code and with a warning', async () => {
    const repo = makeRepo({}, {});
    repo.write('learning/hypotheses/h.yaml', 'kind: hypothesis\ntitle: H\nstatement: s\nstatus: open\ncode: ["src/**"]\n');
    repo.write('src/a.ts', '');
    const result = await runCli(['-C', repo.root, 'next', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).next.map((item: { reasons: string[] }) => item.reasons)).toEqual([
      ['importance not stated (ranked as medium), no evidence'],
    ]);
    expect(result.stderr).toBe('hypo: warning: not a git repository: ages count from each record’s `created` field alone\n');
  });
});

describe('hypo next --plan', () => {
  it('writes a planned experiment with the suggested method that check accepts, and says why on stderr', async () => {
    const repo = exampleToWrite();
    const planned = await runCli(['-C', repo.root, 'next', '--plan', 'koinformation', '--lang', 'en']);
    expect(planned.code).toBe(0);
    expect(planned.stdout).toBe('learning/experiments/koinformation-for-bilfarjan-minskar-samtal-interview.yaml\n');
    expect(planned.stderr).toBe(
      'hypo: planned interview for koinformation-for-bilfarjan-minskar-samtal: the cheapest way from no evidence to weak: what customers say, cost 1 of 5, about 7 days\n',
    );
    const text = readFileSync(path.join(repo.root, planned.stdout.trim()), 'utf8');
    expect(text).toContain('kind: experiment\ntitle: Köinformation för bilfärjan minskar samtalen till kundtjänst – interview\n');
    expect(text).toContain('tests: [koinformation-for-bilfarjan-minskar-samtal]\nmethod: interview\nstatus: planned\n');
    expect(text).toContain('plan: To verify that, we will talk to customers one by one about their jobs, pains and gains.\n');
    expect(text).toContain('measure: Calls to customer service tagged "bilfärja – plats" per week\n');
    expect((await runCli(['-C', repo.root, 'check', '--format', 'json'])).code).toBe(0);

    // Planned now: `hypo next` says to run it rather than plan another.
    const json = JSON.parse((await runCli(['-C', repo.root, 'next', '--format', 'json'])).stdout);
    const item = json.next.find((entry: { id: string }) => entry.id === 'koinformation-for-bilfarjan-minskar-samtal');
    expect(item.suggested).toEqual({ method: 'interview', why: '"koinformation-for-bilfarjan-minskar-samtal-interview" is planned already: run it' });
  });

  it('takes --method from the catalogue, numbers a second plan of the same method, and prints JSON', async () => {
    const repo = exampleToWrite();
    const first = JSON.parse((await runCli(['-C', repo.root, 'next', '--plan', 'pendlare', '--method', 'fake-door', '--format', 'json'])).stdout);
    expect(first).toEqual({
      id: 'pendlare-vill-bli-paminda-om-periodkortet-fake-door',
      kind: 'experiment',
      file: 'learning/experiments/pendlare-vill-bli-paminda-om-periodkortet-fake-door.yaml',
      tests: 'pendlare-vill-bli-paminda-om-periodkortet',
      method: 'fake-door',
      why: 'the method asked for',
    });
    const text = readFileSync(path.join(repo.root, first.file), 'utf8');
    // The sample the method needs for its full strength.
    expect(text).toContain('sample: 100\n');
    const second = JSON.parse((await runCli(['-C', repo.root, 'next', '--plan', 'pendlare', '--method', 'fake-door', '--format', 'json'])).stdout);
    expect(second.id).toBe('pendlare-vill-bli-paminda-om-periodkortet-fake-door-2');
  });

  it('refuses an unknown method, a hypothesis with strong evidence and no --method, and --limit with --plan', async () => {
    const repo = exampleToWrite();
    for (const [args, message] of [
      [['pendlare', '--method', 'fakedoor'], '"fakedoor" is not a method in the catalogue (did you mean "fake-door"?)'],
      [['swish-forst'], '"swish-forst-i-kassan-okar-konverteringen" has strong evidence already: no method in the catalogue gives more'],
      [['pendlare', '--limit', '3'], '--limit applies to the list, not to --plan'],
      [['offlinebiljett-prototyptest'], 'no hypothesis'],
    ] as const) {
      const refused = await runCli(['-C', repo.root, 'next', '--plan', ...args]);
      expect([refused.code, refused.stdout]).toEqual([2, '']);
      expect(refused.stderr).toContain(message);
    }
    // Nothing was written by any of them.
    expect(repo.git('status', '--porcelain')).toBe('');
  });
});
