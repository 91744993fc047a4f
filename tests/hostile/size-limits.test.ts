// What `check` would reject is never written: a record over the size limit is refused by
// `set` and by `import` (its dry run too), before anything reaches the disk.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HYPOTHESIS } from '../helpers/records.js';
import { runCli } from '../helpers/run-cli.js';
import { makeRepo, makeTempDir } from '../helpers/temp-repo.js';

const LIMIT = 'a record or config file may be at most 1.0 MiB (1048576 bytes)';

describe('records over the size limit', () => {
  it('are refused by set, which leaves the record as it was and still editable', async () => {
    const repo = makeRepo({ 'learning/h/a.yaml': HYPOTHESIS });
    const before = readFileSync(path.join(repo.root, 'learning/h/a.yaml'));
    const fields = Array.from({ length: 10 }, (_, index) => `x-notes-${index}=${'å'.repeat(60_000)}`);
    const result = await runCli(['-C', repo.root, 'set', 'a', ...fields]);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toContain(LIMIT);
    expect(readFileSync(path.join(repo.root, 'learning/h/a.yaml')).equals(before)).toBe(true);
    expect((await runCli(['-C', repo.root, 'set', 'a', 'importance=high'])).code).toBe(0);
  });

  it('are refused by import for the row that makes one, in a dry run as well, and nothing is created', async () => {
    const repo = makeRepo({ 'learning/h/a.yaml': HYPOTHESIS });
    const sheet = path.join(makeTempDir('hypo-sheet-'), 'backlog.csv');
    writeFileSync(sheet, `title,statement\nLiten,Vi tror att det räcker\nStor,${'x'.repeat(2 * 1024 * 1024)}\n`);
    for (const extra of [['--dry-run'], []]) {
      const result = await runCli(['-C', repo.root, 'import', 'csv', sheet, '--kind', 'hypothesis', ...extra]);
      expect(result.code).toBe(1);
      expect(result.stdout + result.stderr).toContain(LIMIT);
      expect(result.stdout).not.toContain('Created');
    }
    expect(readdirSync(path.join(repo.root, 'learning/h'))).toEqual(['a.yaml']);
    expect(existsSync(path.join(repo.root, 'learning/hypotheses'))).toBe(false);
  });
});
