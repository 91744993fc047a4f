// Temporary repositories for tests: written into a fresh temp dir, optionally a real
// git repository with a pinned identity so commits are reproducible.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface TempRepo {
  root: string;
  write(file: string, content: string | Uint8Array): string;
  git(...args: string[]): string;
  /** Stages everything and commits it as if on `date` (YYYY-MM-DD, noon UTC). */
  commit(message: string, date: string): string;
}

/** Folders removed after each test, and folders a whole file shares, removed after its last test. */
const created: string[] = [];
const sharedByFile: string[] = [];

// Called by tests/setup-temp-dirs.ts after each test and each file: hooks registered here would
// reach only the first file to import this module when test files share a worker's modules.
export function removeTestTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function removeFileTempDirs(): void {
  for (const dir of sharedByFile.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * How long a temp folder lives: `test` (the default) removes it after the test that made it;
 * `file` keeps it for the tests after, for a fixture that costs more to build (git commits)
 * than the commands run on it, shared by tests that only read it.
 */
export type Lifetime = 'test' | 'file';

export const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test Person',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test Person',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

/** An empty temp folder outside any repository made here, removed after the test (or the file's last test, by lifetime). */
export function makeTempDir(prefix = 'hypo-outside-', lifetime: Lifetime = 'test'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  (lifetime === 'file' ? sharedByFile : created).push(dir);
  return dir;
}

/** A temp folder with the given files; with `git: true` an initialised git repository, without a config file unless given. */
export function makeRepo(files: Record<string, string> = {}, options: { git?: boolean; config?: string | false; lifetime?: Lifetime } = {}): TempRepo {
  const root = mkdtempSync(path.join(tmpdir(), 'hypo-test-'));
  (options.lifetime === 'file' ? sharedByFile : created).push(root);
  const repo: TempRepo = {
    root,
    write(file, content) {
      const absolute = path.join(root, file);
      mkdirSync(path.dirname(absolute), { recursive: true });
      writeFileSync(absolute, content);
      return absolute;
    },
    git(...args) {
      return execFileSync('git', args, { cwd: root, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' });
    },
    commit(message, date) {
      const stamp = `${date}T12:00:00Z`;
      const env = { ...process.env, ...GIT_ENV, GIT_AUTHOR_DATE: stamp, GIT_COMMITTER_DATE: stamp };
      execFileSync('git', ['add', '-A'], { cwd: root, env });
      execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], { cwd: root, env });
      return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, env, encoding: 'utf8' }).trim();
    },
  };
  if (options.git) repo.git('init', '-q', '-b', 'main');
  // A config file pins the repository root to the temp dir even when the temp dir sits inside another git work tree.
  if (options.config !== false) repo.write('hypo.config.yaml', options.config ?? '');
  mkdirSync(path.join(root, 'learning'), { recursive: true });
  for (const [file, content] of Object.entries(files)) repo.write(file, content);
  return repo;
}
