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
// the clone, without scripts, the build goes on, and that link becomes again the folder it replaced,
// so that the install that asked for the clone unpacks hypo there, not into a folder deleted next,
// beside the dependencies it had already unpacked into it.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, realpathSync, renameSync, statSync, unlinkSync } from 'node:fs';
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
 * Where npm set aside the folder a link replaced, until its install ends: `.hypo-<hash of the path>` beside it
 * (@npmcli/arborist's retire-path.js). The outer install had already unpacked hypo's dependencies into that folder.
 */
function setAsidePath(folder) {
  const hash = createHash('sha1')
    .update(folder)
    .digest('base64')
    .replace(/[^a-zA-Z0-9]+/g, '')
    .slice(0, 8);
  return path.join(path.dirname(folder), `.${path.basename(folder)}-${hash}`);
}

/**
 * The link npm's global install of this very clone made, when it points here, back to the folder the outer
 * install had made for the package, `<prefix>/lib/node_modules/hypo` (on Windows without lib), with the
 * dependencies it holds: without them every command but --version fails to import. An empty folder when npm
 * set nothing aside (another npm, or the outer install had unpacked nothing yet: it unpacks the rest there).
 */
function undoGlobalLinkToClone() {
  const prefix = process.env.npm_config_prefix;
  if (!prefix) return;
  for (const link of [path.join(prefix, 'lib', 'node_modules', 'hypo'), path.join(prefix, 'node_modules', 'hypo')]) {
    try {
      if (lstatSync(link).isSymbolicLink() && realpathSync(link) === realpathSync(root)) {
        unlinkSync(link);
        const setAside = setAsidePath(link);
        // npm removes the set-aside path when its install ends; once moved back, there is nothing left to remove.
        if (statSync(setAside, { throwIfNoEntry: false })?.isDirectory()) renameSync(setAside, link);
        else mkdirSync(link);
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
