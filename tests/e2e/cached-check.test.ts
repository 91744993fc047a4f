// A repeated `hypo check` with nothing changed prints the kept result without loading the
// YAML parser or zod: that is what keeps a pre-commit hook instant. A static import of either
// anywhere on that path (a rule taking a constant from a schema file, say) would undo it
// silently, so the built CLI runs here with a module hook that lists what it loads. Nor
// picomatch, when records name code: the kept result is checked against the tracked files
// by one `git ls-files`, with no glob matched.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HYPOTHESIS, VALID_FILES } from '../helpers/records.js';
import { BIN, SPAWN_ENV } from '../helpers/spawn-hypo.js';
import { makeRepo, makeTempDir } from '../helpers/temp-repo.js';

const HOOKS = `export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  if (/\\/node_modules\\/(zod|yaml|picomatch|simple-git)\\/|\\/dist\\/rules\\//.test(resolved.url)) process.stderr.write('loaded ' + resolved.url + '\\n');
  return resolved;
}
`;

/** A module to --import that registers the hook. */
function hookRegister(): string {
  const dir = makeTempDir('hypo-hooks-');
  const hooks = path.join(dir, 'hooks.mjs');
  writeFileSync(hooks, HOOKS);
  const register = path.join(dir, 'register.mjs');
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
  return register;
}

describe('a cached hypo check', () => {
  it('loads neither the YAML parser nor zod nor the rules', () => {
    const register = hookRegister();
    const repo = makeRepo(
      { ...VALID_FILES, 'learning/hypotheses/h.yaml': `${HYPOTHESIS}journey: kopa\n` },
      { config: 'journey: [köpa]\nsegments: [pendlare]\n' },
    );
    const env = { ...SPAWN_ENV, HYPO_CACHE: '1', HYPO_CACHE_DIR: makeTempDir('hypo-cache-') };
    const run = () => spawnSync(process.execPath, ['--import', register, BIN, '-C', repo.root, 'check'], { env, encoding: 'utf8' });
    const first = run();
    expect(first.status).toBe(0);
    // The hook sees the first, full check load them: it does watch.
    expect(first.stderr).toMatch(/loaded .*\/zod\//);
    expect(first.stderr).toMatch(/loaded .*\/yaml\//);
    expect(first.stderr).toMatch(/loaded .*\/dist\/rules\//);
    const second = run();
    expect(second.stderr).toBe('');
    expect(second.status).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stdout).toContain('[unknown-journey-stage]');
  });

  it('loads neither picomatch nor the parser nor simple-git when records name code, in git', () => {
    const register = hookRegister();
    const repo = makeRepo({ 'learning/hypotheses/h.yaml': `${HYPOTHESIS}code: [src/chekout/**]\n`, 'src/checkout/kassa.ts': 'export {};\n' }, { git: true });
    repo.git('add', '-A');
    const env = { ...SPAWN_ENV, HYPO_CACHE: '1', HYPO_CACHE_DIR: makeTempDir('hypo-cache-') };
    const run = () => spawnSync(process.execPath, ['--import', register, BIN, '-C', repo.root, 'check'], { env, encoding: 'utf8' });
    const first = run();
    expect(first.stderr).toMatch(/loaded .*\/picomatch\//);
    expect(first.stdout).toContain('[code-matches-nothing]');
    const second = run();
    expect(second.stderr).toBe('');
    expect(second.stdout).toBe(first.stdout);
  });
});
