// All of hypo's caches at once, as a user's repeated runs use them (one cache folder for
// the whole life of a repository): the check result, each file's parse, the records' and
// the code's history walks kept by HEAD, the facts read out of committed versions. After
// every step the repository goes through (edits committed and not, a new record, a
// rename, a deletion, other text of the same size with the mtime set back, a rebase, a
// merge, a config change) every command's JSON through the caches is exactly what a run
// without any cache prints; and each cache is shown to be read, so that a cache that
// silently stopped answering fails here too.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileIdentity } from '../../src/store/file-identity.js';
import { configHash, decodeParseCache, encodeParseCache, parseCacheBuild, readParseCache } from '../../src/store/parse-cache.js';
import { exampleGitRepo } from '../helpers/example-copy.js';
import { runCli, TEST_ENV } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-repo.js';

const SHOWN = 'kundpanel-hosten-2026';
const EDITED = 'pendlare-vill-bli-paminda-om-periodkortet';
const RESTORED = 'offlinebiljett-minskar-oron-vid-dalig-tackning';
const RENAMED_FROM = 'koinformation-for-bilfarjan-minskar-samtal';
const RENAMED_TO = 'koinformation-minskar-samtalen-om-bilfarjan';
const DELETED = 'pilotgruppen-oppnar-fyra-av-tio-notiser';
const ADDED = 'farjan-ar-full-pa-fredagar';
const SWISH = 'swish-forst-i-kassan-okar-konverteringen';
/** A whole second, so that utimes can set it back exactly. */
const RESTORED_MTIME = 1_780_000_000;

/** Every command that prints JSON, the report of the current sprint and of past days (snapshots read history). */
function commands(since: string): string[][] {
  return [
    ['check', '--format', 'json'],
    ['list', '--format', 'json'],
    ['show', SHOWN, '--format', 'json'],
    ['log', EDITED, '--format', 'json'],
    ['log', RENAMED_TO, '--format', 'json'],
    ['stale', '--format', 'json'],
    ['report', '--format', 'json'],
    ['report', '--sprint', '3', '--format', 'json'],
    ['report', '--as-of', '2026-09-21', '--format', 'json'],
    ['trend', '--format', 'json'],
    ['next', '--format', 'json'],
    ['journey', '--format', 'json'],
    ['acted', '--format', 'json'],
    ['affected', '--since', since, '--format', 'json'],
    ['export', '--format', 'json'],
  ];
}

/**
 * The wall clock as the parse cache reads it, ten seconds ahead: each run is then a run made
 * a little after the change before it, when the files changed have settled and their parses
 * are kept (cached-parse.ts keeps nothing younger than three seconds). The files' own
 * timestamps stay as the file system wrote them.
 */
function runLater(): void {
  const real = Date.now.bind(Date);
  vi.spyOn(Date, 'now').mockImplementation(() => real() + 10_000);
}

afterEach(() => {
  vi.restoreAllMocks();
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('every cache at once', () => {
  it('gives every command’s JSON exactly as a run without caches, through edits, commits, a rename, a deletion, a same-size restore, a rebase, a merge and a config change', async () => {
    const repo = exampleGitRepo();
    const cacheHome = makeTempDir('hypo-cache-home-');
    const cached = { ...TEST_ENV, XDG_CACHE_HOME: cacheHome };
    const cold = { ...TEST_ENV, HYPO_CACHE: '0' };
    const cacheDir = path.join(cacheHome, 'hypo');
    const record = (kind: string, id: string) => path.join(repo.root, 'learning', kind, `${id}.yaml`);
    const edit = (file: string, from: string | RegExp, to: string) => {
      const text = readFileSync(file, 'utf8');
      const changed = text.replace(from, to);
      expect(changed).not.toBe(text);
      writeFileSync(file, changed);
    };
    const cacheFiles = (prefix: string) => readdirSync(cacheDir).filter((name) => name.startsWith(prefix));
    const cacheFile = (prefix: string) => {
      const found = cacheFiles(prefix);
      expect(found, prefix).toHaveLength(1);
      return path.join(cacheDir, found[0]!);
    };
    const head = () => repo.git('rev-parse', 'HEAD').trim();
    /** The parse cache's scope now: this build and the config as loaded. */
    const parseScope = async () => {
      const { loadRepository } = await import('../../src/operations/repository.js');
      return { build: await parseCacheBuild(), config: configHash((await loadRepository(repo.root, cached)).config) };
    };
    /** What the parse cache holds: the whole file with its changes file (a few files parsed since) applied. */
    const parseCacheEntries = async () => Object.fromEntries(await readParseCache(cacheFile('parse-'), await parseScope()));

    utimesSync(record('hypotheses', RESTORED), RESTORED_MTIME, RESTORED_MTIME);
    const first = repo.commit('The example', '2026-09-01');
    const argvs = commands(first);
    runLater();

    /** Each command through the caches, then without any: the same output and exit code; `check --no-cache` too. */
    const expectSameAsCold = async (step: string) => {
      for (const argv of argvs) {
        const withCaches = await runCli(['-C', repo.root, ...argv], { env: cached });
        const without = await runCli(['-C', repo.root, ...argv], { env: cold });
        expect({ step, argv, ...withCaches }).toEqual({ step, argv, ...without });
        if (argv[0] === 'check') {
          const noCache = await runCli(['-C', repo.root, ...argv, '--no-cache'], { env: cached });
          expect({ step, argv, ...noCache }).toEqual({ step, argv, ...without });
        }
      }
      // The walks are kept under the commit checked out now.
      for (const walk of ['log-records-', 'log-code-'])
        expect(JSON.parse(readFileSync(cacheFile(walk), 'utf8').split('\n')[0]!).head, `${step}: ${walk}`).toBe(head());
    };

    await expectSameAsCold('the first commit');
    expect(cacheFiles('check-')).toHaveLength(1);
    expect(cacheFiles('parse-')).toHaveLength(1);
    expect(cacheFiles('blobs-status-')).toHaveLength(1);

    edit(record('hypotheses', EDITED), /^status: open$/m, 'status: testing');
    repo.commit('Test the reminder', '2026-09-10');
    await expectSameAsCold('an edit committed');

    // Right after the edit, by the real clock: the file is parsed, and not kept until it settles.
    edit(record('experiments', SHOWN), /^title: .*$/m, 'title: Kundpanelen hösten 2026, andra omgången');
    vi.restoreAllMocks();
    const justMade = ['show', SHOWN, '--format', 'json'];
    expect(await runCli(['-C', repo.root, ...justMade], { env: cached })).toEqual(await runCli(['-C', repo.root, ...justMade], { env: cold }));
    expect(await parseCacheEntries()).not.toHaveProperty([`learning/experiments/${SHOWN}.yaml`]);
    runLater();
    await expectSameAsCold('an uncommitted edit');
    expect(await parseCacheEntries()).toHaveProperty([`learning/experiments/${SHOWN}.yaml`]);

    repo.write(`learning/insights/${ADDED}.yaml`, 'kind: insight\ntitle: Färjan är full på fredagar\nlearned: Bilfärjan fylls före kl. 16 på fredagar\n');
    repo.commit('New insight', '2026-09-16');
    await expectSameAsCold('a new record committed');

    repo.git('mv', `learning/hypotheses/${RENAMED_FROM}.yaml`, `learning/hypotheses/${RENAMED_TO}.yaml`);
    repo.commit('Rename the ferry queue hypothesis', '2026-09-20');
    await expectSameAsCold('a rename committed');

    rmSync(record('insights', DELETED));
    repo.commit('Delete the pilot insight', '2026-09-24');
    await expectSameAsCold('a deletion committed');

    // Other text of the same size, its mtime set back: only the ctime tells the file changed.
    const restored = record('hypotheses', RESTORED);
    const before = statSync(restored, { bigint: true });
    // The parse cache holds the file as it was: the restore below is a change it must see.
    expect((await parseCacheEntries())[`learning/hypotheses/${RESTORED}.yaml`]?.identity).toBe(fileIdentity(before));
    edit(restored, /^status: testing$/m, 'status: refuted');
    utimesSync(restored, RESTORED_MTIME, RESTORED_MTIME);
    const after = statSync(restored, { bigint: true });
    expect([after.size, after.ino, after.mtimeNs]).toEqual([before.size, before.ino, before.mtimeNs]);
    expect(after.ctimeNs).not.toBe(before.ctimeNs);
    await expectSameAsCold('a same-size restore');

    // A rebase: the last commit amended, with a record changed and another day.
    edit(record('hypotheses', EDITED), /^importance: medium$/m, 'importance: high');
    const amended = head();
    repo.git('add', '-A');
    repo.git('commit', '-q', '--amend', '-m', 'Delete the pilot insight, refute offline tickets', '--date', '2026-09-25T12:00:00Z');
    expect(head()).not.toBe(amended);
    await expectSameAsCold('an amend');

    // A merge of a branch whose commit is older than the main line's newest.
    repo.git('checkout', '-q', '-b', 'ferry', 'HEAD~1');
    edit(record('hypotheses', RENAMED_TO), /^importance: low$/m, 'importance: high');
    repo.commit('Raise the ferry queue', '2026-09-22');
    repo.git('checkout', '-q', 'main');
    edit(record('hypotheses', EDITED), /^evidence: weak/m, 'evidence: medium');
    // Code that carries out a decision, after it was made: `acted` reads the code's walk.
    repo.write('src/checkout/payment-step.ts', `${readFileSync(path.join(repo.root, 'src/checkout/payment-step.ts'), 'utf8')}// Swish först.\n`);
    // A hypothesis under test changed after its test began: its criteria are read from each committed version.
    edit(record('hypotheses', SWISH), /^importance: high$/m, 'importance: medium');
    repo.commit('Swish first in the checkout\n\nHypo: swish-forst-gav-tre-procentenheter', '2026-10-09');
    repo.git('merge', '-q', '--no-ff', '-m', 'Merge ferry', 'ferry');
    await expectSameAsCold('a merge');

    // A reset to before the merge, and another commit there.
    repo.git('reset', '-q', '--hard', 'HEAD~1');
    edit(record('experiments', SHOWN), /^title: .*$/m, 'title: Kundpanelen hösten 2026');
    repo.write('src/ferry/ferry-eta.ts', `${readFileSync(path.join(repo.root, 'src/ferry/ferry-eta.ts'), 'utf8')}// Färjan på kartan.\n`);
    // Its criterion changed after the test began: a success-after-test warning.
    edit(record('hypotheses', SWISH), 'at least 2 percentage points', 'at least 3 percentage points');
    repo.commit('Panel title, the ferry on the map\n\nHypo: farjeresenarer-planerar-efter-var-farjan-ar', '2026-10-13');
    await expectSameAsCold('a reset and a new commit');
    expect((await runCli(['-C', repo.root, 'check', '--format', 'json'], { env: cached })).stdout).toContain('success-after-test');

    // The config: a journey stage gone (records at it get a warning), stale after fewer days.
    const config = path.join(repo.root, 'hypo.config.yaml');
    edit(config, /^ {2}- name: köpa\n(?: {4}.*\n)*/m, '');
    edit(config, /^stale_after_days: 30$/m, 'stale_after_days: 10');
    const checked = await runCli(['-C', repo.root, 'check', '--format', 'json'], { env: cached });
    expect(checked.stdout).toContain('unknown-journey-stage');
    await expectSameAsCold('a config change');

    // Each cache is read: what is planted in it shows, and a cached run then differs from a cold one.
    const run = async (argv: string[], env: Record<string, string | undefined>) => (await runCli(['-C', repo.root, ...argv], { env })).stdout;
    const planted = async (prefix: string, plant: (text: string) => string | Uint8Array, argv: string[], shows?: (stdout: string) => void) => {
      const file = cacheFile(prefix);
      const kept = readFileSync(file);
      writeFileSync(file, plant(kept.toString('utf8')));
      const stdout = await run(argv, cached);
      expect(stdout, prefix).not.toBe(await run(argv, cold));
      shows?.(stdout);
      writeFileSync(file, kept);
    };
    const replaced = (text: string, from: string | RegExp, to: string) => {
      const changed = text.replace(from, to);
      expect(changed).not.toBe(text);
      return changed;
    };
    /** A kept walk with other output, its digest made to match. */
    const plantInWalk = (from: string | RegExp, to: string) => (text: string) => {
      const end = text.indexOf('\n');
      const output = replaced(text.slice(end + 1), from, to);
      return `${JSON.stringify({ ...JSON.parse(text.slice(0, end)), digest: sha256(output) })}\n${output}`;
    };
    await planted(
      'check-',
      (text) => {
        const entry = JSON.parse(text) as { result: { problems: { message: string }[] } };
        entry.result.problems[0]!.message = 'Planterad i cachen';
        return JSON.stringify(entry);
      },
      ['check', '--format', 'json'],
      (stdout) => expect(stdout).toContain('Planterad i cachen'),
    );
    // The history is probed through `report` and `acted`, whose own kept results would answer first: they go.
    const withoutKeptResult = (argv: string[]) => {
      for (const name of readdirSync(cacheDir).filter((each) => each.startsWith(`${argv[0]}-`))) rmSync(path.join(cacheDir, name));
      return argv;
    };
    // The records' commits a month earlier: the ages of a past sprint's records change.
    await planted(
      'log-records-',
      plantInWalk(/2026-09-(\d\d)T12:00:00/g, '2026-08-$1T12:00:00'),
      withoutKeptResult(['report', '--as-of', '2026-09-21', '--format', 'json']),
    );
    await planted('log-code-', plantInWalk('Swish first in the checkout', 'Planterad i cachen'), withoutKeptResult(['acted', '--format', 'json']), (stdout) =>
      expect(stdout).toContain('Planterad i cachen'),
    );
    await planted('blobs-status-', (text) => replaced(text, /"testing"/g, '"refuted"'), withoutKeptResult(['report', '--format', 'json']));
    // The criteria are read when the check itself is not kept.
    rmSync(cacheFile('check-'));
    await planted('blobs-criteria-', (text) => replaced(text, /"We are right if [^"]*"/g, '"Planterad"'), ['check', '--format', 'json']);
    // That check kept a result of the planted criteria.
    rmSync(cacheFile('check-'));
    const scope = await parseScope();
    await planted(
      'parse-',
      () => {
        const entries = decodeParseCache(readFileSync(cacheFile('parse-')), scope);
        const shown = `learning/experiments/${SHOWN}.yaml`;
        const entry = entries.get(shown)!;
        const title = 'Planterad i cachen';
        entries.set(shown, { ...entry, loaded: { ...entry.loaded, data: { ...entry.loaded.data, title }, record: { ...entry.loaded.record!, title } } });
        return encodeParseCache(scope, entries);
      },
      ['show', SHOWN, '--format', 'json'],
      (stdout) => expect(stdout).toContain('Planterad i cachen'),
    );

    // Every entry cut short is a miss: the runs are cold ones again, and keep anew.
    for (const name of readdirSync(cacheDir)) writeFileSync(path.join(cacheDir, name), readFileSync(path.join(cacheDir, name)).subarray(0, 200));
    await expectSameAsCold('every cache entry cut short');
    for (const name of readdirSync(cacheDir)) expect(statSync(path.join(cacheDir, name)).size, name).toBeGreaterThan(200);
  }, 120_000);
});
