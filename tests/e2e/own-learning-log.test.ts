// hypo keeps its own learning log in learning/, and the CI workflow in examples/ci/hypo.yml
// runs on hypo's own repository as it says: `check` passes and `stale --warn` never fails.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe("hypo's own learning log", () => {
  it('passes check, with every kind of record in it', async () => {
    const result = await runCli(['-C', ROOT, 'check', '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const list = JSON.parse((await runCli(['-C', ROOT, 'list', '--format', 'json'])).stdout) as { kind: string; file: string }[];
    expect(new Set(list.map((record) => record.kind))).toEqual(new Set(['hypothesis', 'experiment', 'insight']));
    for (const record of list) expect(record.file).toMatch(/^learning\//);
  });

  it('is flagged for stale assumptions without failing, as the workflow runs it', async () => {
    const result = await runCli(['-C', ROOT, 'stale', '--warn', '--format', 'github']);
    expect(result.code).toBe(0);
    const workflow = readFileSync(path.join(ROOT, 'examples/ci/hypo.yml'), 'utf8');
    expect(workflow).toContain('uses: ./');
    expect(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')).toContain('hypo check --format github');
  });
});
