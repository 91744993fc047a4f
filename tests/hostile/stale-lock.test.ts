// A lock left by a killed run is taken over, atomically: a run that judged it stale and acts
// late must never delete the fresh lock another run took meanwhile, or both would write.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, lockState, takeOverStale } from '../../src/store/file-locks.js';
import { makeTempDir } from '../helpers/temp-repo.js';

/** The id of a process that has ended. */
const deadPid = () => spawnSync('true').pid!;

describe('a stale lock', () => {
  it('is taken over only as the file judged stale, never as a fresh lock taken since', async () => {
    const dir = makeTempDir('hypo-lock-');
    const lock = path.join(dir, '.a.yaml.lock');
    writeFileSync(lock, `${deadPid()}\n`);
    // A late run judges the lock stale…
    const judged = await lockState(lock);
    expect(judged.state).toBe('stale');
    // …while an early one takes it over and holds it now.
    await acquireLock(lock, 'a.yaml');
    const fresh = statSync(lock, { bigint: true }).ctimeNs;
    expect(readFileSync(lock, 'utf8')).toBe(`${process.pid}\n`);
    // The late run acts on what it judged: the fresh lock stays.
    await takeOverStale(lock, judged.identity!);
    expect(statSync(lock, { bigint: true }).ctimeNs).toBe(fresh);
    expect((await lockState(lock)).state).toBe('held');
    // No mutex or temp file is left behind.
    expect(readdirSync(dir)).toEqual(['.a.yaml.lock']);
  });

  it('is removed when it still is the file judged stale', async () => {
    const dir = makeTempDir('hypo-lock-');
    const lock = path.join(dir, '.a.yaml.lock');
    writeFileSync(lock, `${deadPid()}\n`);
    const judged = await lockState(lock);
    await takeOverStale(lock, judged.identity!);
    expect(existsSync(lock)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is never seen empty: a lock is linked into place with its owner already in it', async () => {
    const dir = makeTempDir('hypo-lock-');
    const lock = path.join(dir, '.b.yaml.lock');
    await acquireLock(lock, 'b.yaml');
    expect(readFileSync(lock, 'utf8')).toBe(`${process.pid}\n`);
    expect(readdirSync(dir)).toEqual(['.b.yaml.lock']);
  });
});
