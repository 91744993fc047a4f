#!/usr/bin/env node
// npm's `prepare` step: compile src/ to dist/, which is built, never committed. npm runs it on
// `npm install` in a clone, before `npm pack` and `npm publish`, and when it installs hypo from
// git (`npm install <git url>`, pre-commit's `language: node`): it clones the repository, installs
// its dependencies and devDependencies there, prepares and packs it.
//
// Plain JavaScript with nothing but Node, since it may run before any dependency is there:
// `npm install -g <git url>` prepares the clone with the global flag still set (npm/cli#8440), so
// npm installs nothing into it, links the temporary clone into the global folder instead, and
// the compiler is missing. Then, and only then, the lock file's packages are installed here, into
// the clone, without scripts, the build goes on, and that link becomes the empty folder it replaced,
// so that the install that asked for the clone unpacks hypo there, not into a folder deleted next.
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, realpathSync, unlinkSync } from 'node:fs';
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

/**
 * The link npm's global install of this very clone made, when it points here, back to the empty folder the outer
 * install had made for the package: `<prefix>/lib/node_modules/hypo` (on Windows without lib).
 */
function undoGlobalLinkToClone() {
  const prefix = process.env.npm_config_prefix;
  if (!prefix) return;
  for (const link of [path.join(prefix, 'lib', 'node_modules', 'hypo'), path.join(prefix, 'node_modules', 'hypo')]) {
    try {
      if (lstatSync(link).isSymbolicLink() && realpathSync(link) === realpathSync(root)) {
        unlinkSync(link);
        mkdirSync(link);
      }
    } catch {
      // Not there, or not ours: nothing to undo.
    }
  }
}

let compiler = findCompiler();
const preparedAsGlobal = !compiler && process.env.npm_config_global === 'true';
if (preparedAsGlobal) {
  process.stderr.write('hypo: npm install -g from git installed no build tools into the clone (npm/cli#8440): installing them from the lock file\n');
  const args = ['install', '--global=false', '--include=dev', '--ignore-scripts', '--no-save', '--no-audit', '--no-fund'];
  // npm_execpath is the npm running this script; the one on PATH could be another version.
  const npm = process.env.npm_execpath;
  if (npm?.endsWith('.js')) run(process.execPath, [npm, ...args]);
  else run(npm || 'npm', args);
  compiler = findCompiler();
}
if (!compiler) {
  process.stderr.write('hypo: TypeScript is not installed, so dist/ cannot be built: run npm install first (it installs the devDependencies)\n');
  process.exit(1);
}
run(process.execPath, [compiler, '-p', 'tsconfig.json']);
if (preparedAsGlobal) undoGlobalLinkToClone();
