import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findRepoRoot } from '../../src/store/find-repo-root.js';
import { makeRepo } from '../helpers/temp-repo.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function subfolder(root: string, ...parts: string[]): string {
  const dir = path.join(root, ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Whether `dir` sits inside a git work tree (the temp dir may, on some machines). */
function insideGit(dir: string): boolean {
  try {
    execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

describe('findRepoRoot', () => {
  it('takes the nearest folder up holding hypo.config.yaml, inside a git repository', () => {
    const repo = makeRepo({}, { git: true, config: false });
    repo.write('project/hypo.config.yaml', '');
    const cwd = subfolder(repo.root, 'project', 'a', 'b');
    expect(findRepoRoot(cwd)).toEqual({
      root: path.join(repo.root, 'project'),
      configFile: path.join(repo.root, 'project', 'hypo.config.yaml'),
      gitRoot: repo.root,
    });
  });

  it('finds a config file in the working directory itself', () => {
    const repo = makeRepo({}, { git: true });
    expect(findRepoRoot(repo.root)).toEqual({ root: repo.root, configFile: path.join(repo.root, 'hypo.config.yaml'), gitRoot: repo.root });
  });

  it('takes the git top level when there is no config file', () => {
    const repo = makeRepo({}, { git: true, config: false });
    const cwd = subfolder(repo.root, 'learning', 'hypotheses');
    expect(findRepoRoot(cwd)).toEqual({ root: repo.root, gitRoot: repo.root });
  });

  it('accepts .git as a file, as in a worktree', () => {
    const repo = makeRepo({}, { config: false });
    writeFileSync(path.join(repo.root, '.git'), 'gitdir: /somewhere/else\n');
    const cwd = subfolder(repo.root, 'x');
    expect(findRepoRoot(cwd)).toEqual({ root: repo.root, gitRoot: repo.root });
  });

  it('does not look for a config file above the git top level', () => {
    const repo = makeRepo({}, { config: '' });
    const inner = subfolder(repo.root, 'inner');
    execFileSync('git', ['init', '-q'], { cwd: inner, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' } });
    expect(findRepoRoot(subfolder(inner, 'deep'))).toEqual({ root: inner, gitRoot: inner });
  });

  it('takes the working directory itself when there is neither', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hypo-bare-'));
    made.push(dir);
    const cwd = subfolder(dir, 'a', 'b');
    const found = findRepoRoot(cwd);
    if (insideGit(cwd)) {
      // The temp dir lies in a git work tree here: the top level wins over the working directory.
      expect(found.root).toBe(found.gitRoot);
      expect(found.root).not.toBe(cwd);
    } else {
      expect(found).toEqual({ root: cwd });
    }
  });

  it('resolves a relative working directory', () => {
    const repo = makeRepo({}, { git: true });
    const cwd = subfolder(repo.root, 'sub');
    expect(findRepoRoot(path.relative(process.cwd(), cwd)).root).toBe(repo.root);
  });
});
