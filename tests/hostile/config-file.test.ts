// The config is read like a record: a regular file of at most 1 MiB. A FIFO in its place
// never hangs a run, and a huge sparse file is refused by its size before anything is read.
import { execFileSync } from 'node:child_process';
import { closeSync, ftruncateSync, openSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HYPOTHESIS } from '../helpers/records.js';
import { runCli } from '../helpers/run-cli.js';
import { CAN_MEASURE_MEMORY, spawnHypo } from '../helpers/spawn-hypo.js';
import { makeRepo } from '../helpers/temp-repo.js';

describe('hypo.config.yaml from a hostile repository', () => {
  it('is refused, not waited on, when it is a named pipe', async () => {
    const repo = makeRepo({ 'learning/h/a.yaml': HYPOTHESIS }, { config: false });
    execFileSync('mkfifo', [path.join(repo.root, 'hypo.config.yaml')]);
    // A real process: a hang would show as a timeout, which an in-process run could not survive.
    const result = await spawnHypo(['-C', repo.root, 'check'], { timeoutMs: 15_000, measureMemory: false });
    expect(result.timedOut).toBe(false);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('hypo.config.yaml:1:1: the config file cannot be read (not a regular file)');
  });

  it('is refused by its size when it is a huge sparse file, without reading it', async () => {
    const repo = makeRepo({ 'learning/h/a.yaml': HYPOTHESIS }, { config: false });
    const file = path.join(repo.root, 'hypo.config.yaml');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 1_900_000_000);
    closeSync(fd);
    const result = await spawnHypo(['-C', repo.root, 'check'], { timeoutMs: 15_000, measureMemory: true });
    rmSync(file);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'hypo.config.yaml:1:1: the file is 1812.0 MiB (1900000000 bytes); a record or config file may be at most 1.0 MiB (1048576 bytes)',
    );
    // Read whole, it would have taken 2 GB.
    if (CAN_MEASURE_MEMORY) expect(result.maxRssKiB!).toBeLessThan(300 * 1024);
  });

  it('still reads a config of ordinary size', async () => {
    const repo = makeRepo({ 'learning/h/a.yaml': HYPOTHESIS }, { config: 'stale_after_days: 14\n' });
    expect((await runCli(['-C', repo.root, 'check'])).code).toBe(0);
  });
});
