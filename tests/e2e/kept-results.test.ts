// The kept results (store/kept-result-cache.ts, operations/kept-result.ts): with nothing
// changed, `hypo report`, `stale`, `next`, `journey` and `acted` print what they computed
// last time; after any change of what it was computed from (a record edited, a new commit,
// a file added to git, the config, another day, another sprint) they print what a run
// without caches prints. A marker planted in the kept entry shows that the entry answered,
// and that each change left it unused.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeKeptResult, encodeKeptResult } from '../../src/store/kept-result-cache.js';
import { exampleGitRepo } from '../helpers/example-copy.js';
import { runCli, TEST_ENV } from '../helpers/run-cli.js';
import { BIN, SPAWN_ENV } from '../helpers/spawn-hypo.js';
import { makeTempDir } from '../helpers/temp-repo.js';

const MARKER = 'planted in the kept report';
const EDITED = 'pendlare-vill-bli-paminda-om-periodkortet';
const JSON_REPORT = ['report', '--format', 'json'];
/** The JSON of the current sprint last, so that the kept entry is its. */
const ARGVS = [JSON_REPORT, ['report'], ['report', '--sprint', '3', '--format', 'json'], ['report', '--as-of', '2026-09-21', '--format', 'json'], JSON_REPORT];

/** The example committed, a cache folder of its own, the environments with and without caches, and hypo run on a day the test may move. */
function committedExample() {
  const repo = exampleGitRepo();
  repo.commit('The example', '2026-09-01');
  const cacheHome = makeTempDir('hypo-cache-home-');
  const clock = { day: new Date('2026-11-25T12:00:00Z') };
  return {
    repo,
    cached: { ...TEST_ENV, XDG_CACHE_HOME: cacheHome },
    cold: { ...TEST_ENV, HYPO_CACHE: '0' },
    cacheDir: path.join(cacheHome, 'hypo'),
    clock,
    run: (argv: string[], env: Record<string, string | undefined>) => runCli(['-C', repo.root, ...argv], { env, now: () => clock.day }),
  };
}

describe('the kept results', () => {
  it('prints what a run without caches prints after every change, and itself when nothing changed', async () => {
    const { repo, cached, cold, cacheDir, run, clock } = committedExample();
    const entryFile = () => {
      const found = readdirSync(cacheDir).filter((name) => name.startsWith('report-'));
      expect(found).toHaveLength(1);
      return path.join(cacheDir, found[0]!);
    };
    /** A warning only the kept entry has: seen in the output, the entry answered. */
    const plant = () => {
      const kept = decodeKeptResult(readFileSync(entryFile()));
      expect(kept).toBeDefined();
      const payload = kept!.payload as { result: { warnings: string[] } };
      payload.result.warnings = [...payload.result.warnings, MARKER];
      writeFileSync(entryFile(), encodeKeptResult(kept!.header, payload));
    };
    const expectSameAsCold = async (step: string) => {
      for (const argv of ARGVS) {
        const withCache = await run(argv, cached);
        const without = await run(argv, cold);
        expect({ step, argv, ...withCache }).toEqual({ step, argv, ...without });
        expect(withCache.stdout + withCache.stderr).not.toContain(MARKER);
      }
    };

    await expectSameAsCold('the first commit');
    // Nothing changed: the entry answers, in every format of the same question.
    plant();
    const again = await run(JSON_REPORT, cached);
    expect((JSON.parse(again.stdout) as { warnings: string[] }).warnings).toContain(MARKER);
    const text = await run(['report'], cached);
    expect(text.stdout + text.stderr).toContain(MARKER);
    // The text asked the same question: the entry is still the JSON's, marker and all.
    expect((await run(JSON_REPORT, cached)).stdout).toContain(MARKER);

    const record = path.join(repo.root, 'learning', 'hypotheses', `${EDITED}.yaml`);
    writeFileSync(record, readFileSync(record, 'utf8').replace(/^status: open$/m, 'status: testing'));
    await expectSameAsCold('a record edited');

    plant();
    repo.commit('Test the reminder', '2026-09-10');
    await expectSameAsCold('a new commit');

    plant();
    // Matched by a hypothesis' code: glob; added to git's index, not committed: HEAD stays.
    repo.write('src/checkout/kassa.ts', 'export {};\n');
    repo.git('add', 'src/checkout/kassa.ts');
    await expectSameAsCold('a code file added to git');

    plant();
    const config = path.join(repo.root, 'hypo.config.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace(/^lang: sv\n/m, ''));
    await expectSameAsCold('a config change');

    plant();
    clock.day = new Date('2026-11-26T12:00:00Z');
    await expectSameAsCold('another day');

    plant();
    for (const sprint of ['2', '3']) {
      const argv = ['report', '--sprint', sprint, '--format', 'json'];
      const withCache = await run(argv, cached);
      expect(withCache).toEqual(await run(argv, cold));
      expect(withCache.stdout).not.toContain(MARKER);
    }
  });

  it('answers trend, stale, next, journey and acted in every format when nothing changed, and never after a change', async () => {
    const { repo, cached, cold, cacheDir, run, clock } = committedExample();
    const COMMANDS = ['trend', 'stale', 'next', 'journey', 'acted'];
    /** Every command's JSON through its kept result is a cold run's; then a marker goes into each entry. */
    const expectSameAsColdThenPlant = async (step: string) => {
      for (const command of COMMANDS) {
        const argv = [command, '--format', 'json'];
        const withCache = await run(argv, cached);
        expect({ step, argv, ...withCache }).toEqual({ step, argv, ...(await run(argv, cold)) });
        expect(withCache.stdout + withCache.stderr).not.toContain(MARKER);
        const [file] = readdirSync(cacheDir).filter((name) => name.startsWith(`${command}-`));
        expect(file, command).toBeDefined();
        const entry = path.join(cacheDir, file!);
        const kept = decodeKeptResult(readFileSync(entry));
        expect(kept, command).toBeDefined();
        // acted keeps its report packed (operations/acted-kept-form.ts): the marker goes into the report inside.
        const payload = kept!.payload as { result: { warnings: string[] } | { report: { warnings: string[] } } };
        const result = 'report' in payload.result ? payload.result.report : payload.result;
        result.warnings = [...result.warnings, MARKER];
        writeFileSync(entry, encodeKeptResult(kept!.header, payload));
      }
    };

    await expectSameAsColdThenPlant('the first commit');
    // Nothing changed: each entry answers, in JSON and in text, in English and in Swedish.
    for (const command of COMMANDS) {
      for (const argv of [[command, '--format', 'json'], [command], [command, '--lang', 'en']]) {
        const again = await run(argv, cached);
        expect(again.stdout + again.stderr, argv.join(' ')).toContain(MARKER);
      }
    }
    const record = path.join(repo.root, 'learning', 'hypotheses', `${EDITED}.yaml`);
    writeFileSync(record, readFileSync(record, 'utf8').replace(/^status: open$/m, 'status: testing'));
    await expectSameAsColdThenPlant('a record edited');
    repo.commit('Test the reminder', '2026-09-10');
    await expectSameAsColdThenPlant('a new commit');
    // Matched by a hypothesis' code: glob (trend, next) and tracked code (acted); added to git's index, not committed: HEAD stays.
    repo.write('src/checkout/kassa.ts', 'export {};\n');
    repo.git('add', 'src/checkout/kassa.ts');
    for (const command of ['trend', 'next', 'acted']) {
      const argv = [command, '--format', 'json'];
      const withCache = await run(argv, cached);
      expect({ argv, ...withCache }).toEqual({ argv, ...(await run(argv, cold)) });
      expect(withCache.stdout + withCache.stderr).not.toContain(MARKER);
    }
    clock.day = new Date('2026-11-26T12:00:00Z');
    await expectSameAsColdThenPlant('another day');
    // Another question (options) is another entry.
    for (const argv of [
      ['trend', '--sprints', '2', '--format', 'json'],
      ['stale', '--days', '5', '--format', 'json'],
      ['next', '--limit', '2', '--format', 'json'],
      ['journey', '--as-of', '2026-09-05', '--format', 'json'],
      ['acted', '--since', '2026-09-05', '--format', 'json'],
    ]) {
      const withCache = await run(argv, cached);
      expect({ argv, ...withCache }).toEqual({ argv, ...(await run(argv, cold)) });
      expect(withCache.stdout + withCache.stderr).not.toContain(MARKER);
    }
  }, 120_000);

  it('keeps nothing with HYPO_CACHE=0, nor for a period bounded by a git ref', async () => {
    const repo = exampleGitRepo();
    const first = repo.commit('The example', '2026-09-01');
    const cacheHome = makeTempDir('hypo-cache-home-');
    const run = (argv: string[], env: Record<string, string | undefined>) => runCli(['-C', repo.root, ...argv], { env });
    const { code } = await run(['report', '--since', first, '--format', 'json'], { ...TEST_ENV, XDG_CACHE_HOME: cacheHome });
    expect(code).toBe(0);
    expect((await run(['acted', '--since', first, '--format', 'json'], { ...TEST_ENV, XDG_CACHE_HOME: cacheHome })).code).toBe(0);
    const kept = () => readdirSync(path.join(cacheHome, 'hypo')).filter((name) => name.startsWith('report-') || name.startsWith('acted-'));
    expect(kept()).toEqual([]);
    await run(JSON_REPORT, { ...TEST_ENV, XDG_CACHE_HOME: cacheHome, HYPO_CACHE: '0' });
    expect(kept()).toEqual([]);
    await run(JSON_REPORT, { ...TEST_ENV, XDG_CACHE_HOME: cacheHome });
    expect(kept()).toHaveLength(1);
  });

  it('is printed without loading the YAML parser, zod or simple-git', () => {
    const repo = exampleGitRepo();
    repo.commit('The example', '2026-09-01');
    const dir = makeTempDir('hypo-hooks-');
    const hooks = path.join(dir, 'hooks.mjs');
    writeFileSync(
      hooks,
      `export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  if (/\\/node_modules\\/(zod|yaml|simple-git)\\//.test(resolved.url)) process.stderr.write('loaded ' + resolved.url + '\\n');
  return resolved;
}
`,
    );
    const register = path.join(dir, 'register.mjs');
    writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
    const env = { ...SPAWN_ENV, HYPO_CACHE: '1', HYPO_CACHE_DIR: makeTempDir('hypo-cache-') };
    for (const argv of [JSON_REPORT, ['trend'], ['stale', '--warn'], ['next'], ['journey'], ['acted']]) {
      const run = () => spawnSync(process.execPath, ['--import', register, BIN, '-C', repo.root, ...argv], { env, encoding: 'utf8' });
      const first = run();
      expect(first.status, argv[0]).toBe(0);
      // The first run parses (the other commands then find each record's parse kept).
      if (argv === JSON_REPORT) expect(first.stderr).toMatch(/loaded .*\/yaml\//);
      const second = run();
      expect(second.stderr, argv[0]).toBe(first.stderr.replace(/^loaded .*\n/gm, ''));
      expect(second.stdout).toBe(first.stdout);
    }
  });
});
