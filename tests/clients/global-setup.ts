// The repository every client installs from: a bare repository in a temp folder holding one commit of
// the checkout under test as it stands, uncommitted and untracked (not ignored) files included, tagged
// with its package.json version. Its file:// URL needs no network, and what is tested is what is here.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { GIT_ENV } from '../helpers/temp-repo.js';

export interface HypoGit {
  /** `file://…/hypo.git`, bare. */
  url: string;
  /** `v<version>`, on the one commit. */
  tag: string;
  /** package.json's version, what `hypo --version` prints. */
  version: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    hypoGit: HypoGit;
  }
}

export default function setup(project: TestProject): () => void {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  const dir = mkdtempSync(path.join(tmpdir(), 'hypo-clients-'));
  const stage = path.join(dir, 'stage');
  const bare = path.join(dir, 'hypo.git');
  const git = (...args: string[]) => execFileSync('git', args, { env: { ...process.env, ...GIT_ENV }, stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '-q', '-b', 'main', stage);
  // The checkout's own work tree, through the stage's index: what `git add -A` would commit there, .gitignore honoured.
  git(`--git-dir=${path.join(stage, '.git')}`, `--work-tree=${root}`, 'add', '-A');
  git('-C', stage, 'commit', '-q', '-m', `hypo ${version} under test`);
  git('-C', stage, 'tag', `v${version}`);
  git('clone', '-q', '--bare', stage, bare);
  project.provide('hypoGit', { url: `file://${bare}`, tag: `v${version}`, version });
  return () => rmSync(dir, { recursive: true, force: true });
}
