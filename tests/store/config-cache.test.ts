// The config cache gives back exactly what loading the config gives, keyed by the config's
// text (so an edit that keeps the size and mtime is seen), never keeps an invalid config,
// and takes anything it did not write itself as a miss.
import { readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HypoError } from '../../src/model/hypo-error.js';
import { configCacheFile, decodeConfigCache, loadValidConfigCached } from '../../src/store/config-cache.js';
import { loadValidConfig } from '../../src/store/load-config.js';
import { makeRepo, makeTempDir } from '../helpers/temp-repo.js';

const FILE = 'hypo.config.yaml';

function setup(config: string | false) {
  const repo = makeRepo({}, { config });
  const cacheFile = configCacheFile(makeTempDir('hypo-cache-'), repo.root);
  const configFile = config === false ? undefined : path.join(repo.root, FILE);
  // Given no file, the repository's config file; given undefined, none.
  const cached = (...file: [] | [string | undefined]) => loadValidConfigCached(repo.root, file.length > 0 ? file[0] : configFile, cacheFile);
  const cold = (...file: [] | [string | undefined]) => loadValidConfig(repo.root, file.length > 0 ? file[0] : configFile);
  return { repo, cacheFile, configFile, cached, cold };
}

describe('the config cache', () => {
  it('gives back what loading gives, from the cache the second time', async () => {
    const { cacheFile, cached, cold } = setup('stale_after_days: 14\nsegments: [pendlare, turister]\nlang: sv\n');
    expect(await cached()).toEqual(await cold());
    const bytes = readFileSync(cacheFile);
    const again = await cached();
    expect(again).toEqual(await cold());
    expect(again.config.segments).toEqual(['pendlare', 'turister']);
    // Read, not written again.
    expect(readFileSync(cacheFile)).toEqual(bytes);
  });

  it('sees an edit that keeps the size and the mtime, and a config file removed or added', async () => {
    const { repo, configFile, cacheFile, cached, cold } = setup('stale_after_days: 14\n');
    const file = configFile!;
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    await cached();
    const before = statSync(file);
    writeFileSync(file, 'stale_after_days: 41\n');
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    expect(statSync(file).size).toBe(before.size);
    expect((await cached()).config.stale_after_days).toBe(41);
    expect(await cached()).toEqual(await cold());

    rmSync(file);
    expect(await cached(undefined)).toEqual(await cold(undefined));
    expect(readFileSync(cacheFile).length).toBeGreaterThan(0);
    repo.write(FILE, 'stale_after_days: 7\n');
    expect((await cached()).config.stale_after_days).toBe(7);
  });

  it('never keeps an invalid config: it is an error every time, as without the cache', async () => {
    const { repo, cached, cold } = setup('stale_after_days: 14\n');
    await cached();
    repo.write(FILE, 'stale_after_days: många\n');
    const error = await cold().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HypoError);
    for (let run = 0; run < 2; run++) await expect(cached()).rejects.toThrow((error as HypoError).message);
    repo.write(FILE, 'stale_after_days: 14\n');
    expect(await cached()).toEqual(await cold());
  });

  it('takes a cut, altered or foreign cache file, or one for another text, as a miss', async () => {
    const { cacheFile, cached, cold } = setup('root: learning\n');
    await cached();
    const bytes = readFileSync(cacheFile);
    const key = JSON.parse(bytes.toString('utf8').split('\n')[1]!).key as string;
    expect(decodeConfigCache(bytes, key, FILE)).toEqual(await cold());
    expect(decodeConfigCache(bytes, `${key}0`, FILE)).toBeUndefined();
    expect(decodeConfigCache(bytes, key, 'other.yaml')).toBeUndefined();
    for (const cut of [0, 10, bytes.length - 1]) expect(decodeConfigCache(bytes.subarray(0, cut), key, FILE)).toBeUndefined();
    const altered = Buffer.from(bytes);
    altered[altered.length - 3] = altered[altered.length - 3]! ^ 1;
    expect(decodeConfigCache(altered, key, FILE)).toBeUndefined();
    writeFileSync(cacheFile, altered);
    expect(await cached()).toEqual(await cold());
    expect(decodeConfigCache(readFileSync(cacheFile), key, FILE)).toEqual(await cold());
  });

  it('gives the defaults without a config file', async () => {
    const { cached, cold } = setup(false);
    expect(await cached()).toEqual(await cold());
    expect(await cached()).toEqual(await cold());
  });
});
