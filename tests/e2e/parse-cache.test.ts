// Every command that loads the repository takes unchanged records from the parse cache:
// its JSON must be exactly what a run without any cache prints, at every step of a
// repository's life: edits, a new file, a rename, a deletion, a file given other text of
// the same size with its mtime set back, and a config change that changes problems.
import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeParseCache, encodeParseCache, parseCacheBuild } from '../../src/store/parse-cache.js';
import { exampleGitRepo } from '../helpers/example-copy.js';
import { runCli, TEST_ENV } from '../helpers/run-cli.js';
import { makeTempDir, type TempRepo } from '../helpers/temp-repo.js';

/** Longer than a file takes to count as settled (file-identity.ts SETTLED_AFTER_NS). */
const SETTLE_MS = 3_200;
const AS_OF = '2026-12-01';
const SHOWN = 'kundpanel-hosten-2026';

const COMMANDS: string[][] = [
  ['check', '--format', 'json'],
  ['list', '--format', 'json'],
  ['show', SHOWN, '--format', 'json'],
  ['stale', '--as-of', AS_OF, '--format', 'json'],
  ['report', '--as-of', AS_OF, '--format', 'json'],
  ['next', '--as-of', AS_OF, '--format', 'json'],
  ['journey', '--as-of', AS_OF, '--format', 'json'],
  ['acted', '--as-of', AS_OF, '--format', 'json'],
  ['export', '--format', 'json'],
];

const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

/** The example, with git history on, as a git repository of its own. */
function exampleRepo(): TempRepo {
  const repo = exampleGitRepo();
  repo.commit('The example', '2026-09-01');
  return repo;
}

function setup() {
  const repo = exampleRepo();
  const cacheHome = makeTempDir('hypo-cache-home-');
  const cached = { ...TEST_ENV, XDG_CACHE_HOME: cacheHome };
  const cold = { ...TEST_ENV, HYPO_CACHE: '0' };
  const cacheDir = path.join(cacheHome, 'hypo');
  const parseCacheFile = () => {
    const found = readdirSync(cacheDir).filter((name) => name.startsWith('parse-'));
    return found.length === 1 ? path.join(cacheDir, found[0]!) : undefined;
  };
  /** Each command, run with the caches and without any: the same output and exit code. */
  const expectSameAsCold = async () => {
    for (const argv of COMMANDS) {
      const withCache = await runCli(['-C', repo.root, ...argv], { env: cached });
      const without = await runCli(['-C', repo.root, ...argv], { env: cold });
      expect({ argv, ...withCache }).toEqual({ argv, ...without });
    }
  };
  return { repo, cached, parseCacheFile, expectSameAsCold };
}

const recordPath = (repo: TempRepo, kind: string, id: string) => path.join(repo.root, 'learning', kind, `${id}.yaml`);

describe('the parse cache, through every command', () => {
  it('prints what a run without it prints, through edits, new files, renames, deletions, a same-size restore and a config change', async () => {
    const { repo, cached, parseCacheFile, expectSameAsCold } = setup();
    // The restored file gets a whole-second mtime first, so that utimes can set it back exactly.
    const restored = recordPath(repo, 'hypotheses', 'offlinebiljett-minskar-oron-vid-dalig-tackning');
    utimesSync(restored, 1_780_000_000, 1_780_000_000);
    await settle();
    await expectSameAsCold();
    const file = parseCacheFile();
    expect(file).toBeDefined();
    await expectSameAsCold();

    // Edited, committed.
    const edited = recordPath(repo, 'hypotheses', 'pendlare-vill-bli-paminda-om-periodkortet');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^status: .*$/m, 'status: retired'));
    repo.commit('Retire the reminder', '2026-09-10');
    await expectSameAsCold();

    // A new file.
    repo.write(
      'learning/insights/farjan-ar-full-pa-fredagar.yaml',
      'kind: insight\ntitle: Färjan är full på fredagar\nlearned: Bilfärjan fylls före kl. 16 på fredagar\n',
    );
    repo.commit('New insight', '2026-09-12');
    await expectSameAsCold();

    // A rename (the id changes, so do references to it) and a deletion.
    repo.git('mv', 'learning/insights/farjan-ar-full-pa-fredagar.yaml', 'learning/insights/bilfarjan-ar-full-pa-fredagar.yaml');
    repo.commit('Rename', '2026-09-14');
    await expectSameAsCold();
    rmSync(recordPath(repo, 'insights', 'pilotgruppen-oppnar-fyra-av-tio-notiser'));
    repo.commit('Delete', '2026-09-15');
    await expectSameAsCold();

    // Settled, every change so far is kept; then other text of the same size, the mtime set back.
    await settle();
    await expectSameAsCold();
    const before = statSync(restored, { bigint: true });
    const text = readFileSync(restored, 'utf8');
    const changed = text.replace('\nstatus: testing\n', '\nstatus: refuted\n');
    expect(changed).not.toBe(text);
    writeFileSync(restored, changed);
    utimesSync(restored, 1_780_000_000, 1_780_000_000);
    const after = statSync(restored, { bigint: true });
    expect([after.size, after.ino, after.mtimeNs]).toEqual([before.size, before.ino, before.mtimeNs]);
    await settle();
    await expectSameAsCold();

    // A journey stage renamed: the records at the old stage get a warning.
    const config = path.join(repo.root, 'hypo.config.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('- name: köpa', '- name: handla'));
    const checked = await runCli(['-C', repo.root, 'check', '--format', 'json'], { env: cached });
    expect(checked.stdout).toContain('unknown-journey-stage');
    await expectSameAsCold();
    await settle();
    await expectSameAsCold();

    // The cache is really read: a record planted in it shows.
    const cacheFile = parseCacheFile()!;
    const { root } = repo;
    const scope = await currentScope(root, cached);
    const entries = decodeParseCache(readFileSync(cacheFile), scope);
    const shown = `learning/experiments/${SHOWN}.yaml`;
    const entry = entries.get(shown)!;
    expect(entry).toBeDefined();
    const planted = { ...entry.loaded, data: { ...entry.loaded.data, title: 'Planterad i cachen' } };
    entries.set(shown, { ...entry, loaded: { ...planted, record: { ...entry.loaded.record!, title: 'Planterad i cachen' } } });
    writeFileSync(cacheFile, encodeParseCache(scope, entries));
    expect((await runCli(['-C', root, 'show', SHOWN, '--format', 'json'], { env: cached })).stdout).toContain('Planterad i cachen');
    // ...and a cut one is a miss, written anew.
    writeFileSync(cacheFile, readFileSync(cacheFile).subarray(0, 1000));
    await expectSameAsCold();
    expect(readFileSync(cacheFile).length).toBeGreaterThan(1000);
  }, 180_000);
});

/** The scope the cache file of `root` was written for: this build and the config as loaded now. */
async function currentScope(root: string, env: Record<string, string | undefined>) {
  const { loadRepository } = await import('../../src/operations/repository.js');
  const { configHash } = await import('../../src/store/parse-cache.js');
  const repository = await loadRepository(root, env);
  return { build: await parseCacheBuild(), config: configHash(repository.config) };
}
