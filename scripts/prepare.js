#!/usr/bin/env node
// npm's `prepare` step: compile src/ to dist/, which is built, never committed. npm runs it on
// `npm install` in a clone, before `npm pack` and `npm publish`, and when it installs hypo from
// git (`npm install <git url>`, pre-commit's `language: node`): it clones the repository, installs
// its dependencies and devDependencies there, prepares and packs it.
//
// Plain JavaScript with nothing but Node, since it may run before any dependency is there.
// `npm install -g <git url>` prepares the clone with the global flag still set (npm/cli#8440):
// npm installs nothing into it, so there is no compiler, and it links the temporary clone into
// the global folder. No build can come of that; the message says the two commands that work.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(path.join(root, 'package.json'));

/** The compiler's script, found as Node finds packages; typescript exports its package.json, not its bin. */
function findCompiler() {
  try {
    return path.join(path.dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
  } catch {
    return undefined;
  }
}

/** Runs a command in the package folder with its output on stderr: `npm pack` prints the tarball's name on stdout, and tools read it. */
function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const compiler = findCompiler();
if (!compiler && process.env.npm_config_global === 'true') {
  process.stderr.write(
    [
      'hypo: npm install -g <git url> cannot build hypo: npm prepares a git package for a global install',
      'without its build tools (npm/cli#8440). Pack it first, then install the tarball, which needs no build:',
      '  npm pack <git url>',
      '  npm install -g ./hypo-<version>.tgz',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
if (!compiler) {
  process.stderr.write('hypo: TypeScript is not installed, so dist/ cannot be built: run npm install first (it installs the devDependencies)\n');
  process.exit(1);
}
run(process.execPath, [compiler, '-p', 'tsconfig.json']);
