// Spawned end-to-end tests run bin/hypo.js, which runs dist/: compile it once before the suite.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  // For quick runs of in-process tests while dist/ cannot be built; spawned tests then use the last build.
  if (process.env.HYPO_SKIP_BUILD) return;
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
}
