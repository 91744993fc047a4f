// All or nothing: a failure at any step leaves every file as it was, and no temp files.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitChanges } from '../../src/store/commit-changes.js';
import { makeRepo } from '../helpers/temp-repo.js';

const files = {
  'learning/a.yaml': 'a: 1\n',
  'learning/b.yaml': 'b: 1\n',
  'learning/c.yaml': 'c: 1\n',
};

function contents(root: string): Record<string, string> {
  const folder = path.join(root, 'learning');
  return Object.fromEntries(
    readdirSync(folder)
      .sort()
      .map((name) => [name, readFileSync(path.join(folder, name), 'utf8')]),
  );
}

describe('commitChanges', () => {
  it('creates, replaces and deletes', async () => {
    const repo = makeRepo(files);
    await commitChanges(repo.root, [
      { action: 'create', file: 'learning/d.yaml', content: 'd: 1\n' },
      { action: 'replace', file: 'learning/a.yaml', content: 'a: 2\n', expected: Buffer.from('a: 1\n') },
      { action: 'delete', file: 'learning/b.yaml', expected: Buffer.from('b: 1\n') },
    ]);
    expect(contents(repo.root)).toEqual({ 'a.yaml': 'a: 2\n', 'c.yaml': 'c: 1\n', 'd.yaml': 'd: 1\n' });
  });

  it('undoes the steps already taken when a later one fails', async () => {
    const repo = makeRepo(files);
    const before = contents(repo.root);
    await expect(
      commitChanges(repo.root, [
        { action: 'create', file: 'learning/d.yaml', content: 'd: 1\n' },
        { action: 'replace', file: 'learning/a.yaml', content: 'a: 2\n', expected: Buffer.from('a: 1\n') },
        { action: 'delete', file: 'learning/b.yaml', expected: Buffer.from('b: 1\n') },
        // c.yaml no longer holds what was read: the last step fails after three have been taken.
        { action: 'replace', file: 'learning/c.yaml', content: 'c: 2\n', expected: Buffer.from('c: 0\n') },
      ]),
    ).rejects.toThrow(/learning\/c\.yaml changed while hypo was editing it/);
    expect(contents(repo.root)).toEqual(before);
  });

  it('moves nothing when a temp file cannot be written', async () => {
    const repo = makeRepo(files);
    const before = contents(repo.root);
    await expect(
      commitChanges(repo.root, [
        { action: 'replace', file: 'learning/a.yaml', content: 'a: 2\n', expected: Buffer.from('a: 1\n') },
        { action: 'create', file: 'learning/missing-folder/d.yaml', content: 'd: 1\n' },
      ]),
    ).rejects.toThrow(/cannot write .*missing-folder\/d\.yaml/);
    expect(contents(repo.root)).toEqual(before);
  });

  it('never overwrites a file it was asked to create', async () => {
    const repo = makeRepo(files);
    await expect(commitChanges(repo.root, [{ action: 'create', file: 'learning/a.yaml', content: 'a: 9\n' }])).rejects.toThrow(/exists already/);
    expect(contents(repo.root)).toEqual({ 'a.yaml': 'a: 1\n', 'b.yaml': 'b: 1\n', 'c.yaml': 'c: 1\n' });
    expect(existsSync(path.join(repo.root, 'learning/a.yaml'))).toBe(true);
  });

  it('waits while another process holds the lock on a file, then writes', async () => {
    const repo = makeRepo(files);
    const lock = path.join(repo.root, 'learning/.a.yaml.lock');
    // This test's own process: alive, so the lock is honoured until it goes.
    writeFileSync(lock, `${process.pid}\n`);
    setTimeout(() => rmSync(lock), 150);
    const started = Date.now();
    await commitChanges(repo.root, [{ action: 'replace', file: 'learning/a.yaml', content: 'a: 2\n', expected: Buffer.from('a: 1\n') }]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    expect(contents(repo.root)['a.yaml']).toBe('a: 2\n');
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over a lock left by a process that is gone', async () => {
    const repo = makeRepo(files);
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(path.join(repo.root, 'learning/.a.yaml.lock'), `${gone}\n`);
    await commitChanges(repo.root, [{ action: 'replace', file: 'learning/a.yaml', content: 'a: 2\n', expected: Buffer.from('a: 1\n') }]);
    expect(readdirSync(path.join(repo.root, 'learning')).sort()).toEqual(['a.yaml', 'b.yaml', 'c.yaml']);
    expect(contents(repo.root)['a.yaml']).toBe('a: 2\n');
  });
});
