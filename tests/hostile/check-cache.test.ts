// The check cache never lies: a link added under the root (to a file outside, nowhere, or
// itself) is seen at once, removing it is seen too, and a cache file that is not exactly
// what hypo writes is a miss, never an answer and never an error.
import { readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VALID_FILES } from '../helpers/records.js';
import { runCli, TEST_ENV } from '../helpers/run-cli.js';
import { makeRepo, makeTempDir } from '../helpers/temp-repo.js';

function setup() {
  const repo = makeRepo(VALID_FILES);
  const cacheDir = makeTempDir('hypo-cache-');
  const env = { ...TEST_ENV, HYPO_CACHE_DIR: cacheDir };
  const check = async () => {
    const result = await runCli(['-C', repo.root, 'check', '--format', 'json'], { env });
    expect(result.stderr).not.toContain('unexpected');
    return { code: result.code, rules: (JSON.parse(result.stdout).problems as { rule: string }[]).map((problem) => problem.rule) };
  };
  const cacheFile = () => path.join(cacheDir, readdirSync(cacheDir).find((name) => name.startsWith('check-'))!);
  return { repo, check, cacheFile };
}

describe('the check cache, against a hostile repository', () => {
  for (const [name, target] of [
    ['a link to a file outside the repository', '/etc/passwd'],
    ['a dangling link', 'nowhere.yaml'],
    ['a link to itself', 'loop.yaml'],
  ] as const) {
    it(`sees ${name} added after a passing check, and its removal`, async () => {
      const { repo, check } = setup();
      expect(await check()).toEqual({ code: 0, rules: [] });
      expect(await check()).toEqual({ code: 0, rules: [] }); // from the cache
      const link = path.join(repo.root, 'learning/hypotheses/loop.yaml');
      symlinkSync(target, link);
      expect(await check()).toEqual({ code: 1, rules: ['bad-link'] });
      rmSync(link);
      expect(await check()).toEqual({ code: 0, rules: [] });
    });
  }

  it('takes a cache file of any other shape for a miss, and checks again', async () => {
    const { repo, check, cacheFile } = setup();
    await check();
    const file = cacheFile();
    // A broken record, so that a lying cache would show as exit 0.
    writeFileSync(path.join(repo.root, 'learning/hypotheses/trasig.yaml'), 'kind: hypothesis\ntitle: Trasig\n');
    for (const content of [
      '{"ok": true}',
      '{"strict": false, "result": {"ok": true, "files": 1, "records": 1, "errors": 0, "warnings": 0, "problems": []}, "sources": {}}',
      '{"fingerprint": null, "recordRoot": "learning", "strict": false, "result": {"ok": true, "files": 1, "records": 1, "errors": 0, "warnings": 0, "problems": []}, "sources": {}}',
      '{"fingerprint": "x", "strict": false, "result": 5, "sources": []}',
      '[]',
      '"text"',
      'null',
      '{ not json',
    ]) {
      writeFileSync(file, content);
      const result = await check();
      expect({ content, code: result.code }).toEqual({ content, code: 1 });
      expect(result.rules).toContain('missing-field');
    }
  });
});
