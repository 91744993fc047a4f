// Spawned end-to-end tests run bin/hypo.js, which runs dist/: compile it once before the suite,
// unless dist/ is already the build of src/ (after `npm ci`, whose prepare step built it).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): () => void {
  // hypo's caches (checks, parsed files, history walks) go to a folder of this run, never the user's.
  const cache = mkdtempSync(path.join(tmpdir(), 'hypo-test-cache-'));
  process.env.HYPO_TEST_CACHE_HOME = cache;
  const teardown = () => rmSync(cache, { recursive: true, force: true });
  // For quick runs of in-process tests while dist/ cannot be built; spawned tests then use the last build.
  if (process.env.HYPO_SKIP_BUILD) return teardown;
  const root = fileURLToPath(new URL('..', import.meta.url));
  if (!isBuilt(root)) execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
  return teardown;
}

/** Every source file has its compiled file, written after the source was last changed. */
function isBuilt(root: string): boolean {
  const sources = readdirSync(path.join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
  return sources.every((file) => {
    const built = statSync(path.join(root, 'dist', file.replace(/\.ts$/, '.js')), { throwIfNoEntry: false });
    return built !== undefined && built.mtimeMs >= statSync(path.join(root, 'src', file)).mtimeMs;
  });
}
