import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findRecordFiles } from '../../src/store/find-record-files.js';
import { makeRepo } from '../helpers/temp-repo.js';

const outside: string[] = [];
afterEach(() => {
  for (const dir of outside.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function find(root: string, exclude: string[] = []) {
  return findRecordFiles(root, path.join(root, 'learning'), new Set(exclude));
}

describe('findRecordFiles', () => {
  it('finds .yaml and .yml files in nested folders, sorted', async () => {
    const repo = makeRepo({
      'learning/hypotheses/b.yaml': 'x',
      'learning/hypotheses/a.yml': 'x',
      'learning/deep/er/still/c.yaml': 'x',
      'learning/top.YAML': 'x',
    });
    const found = await find(repo.root);
    expect(found.files).toEqual(['learning/deep/er/still/c.yaml', 'learning/hypotheses/a.yml', 'learning/hypotheses/b.yaml', 'learning/top.YAML']);
    expect(found.problems).toEqual([]);
  });

  it('skips node_modules and dot-folders', async () => {
    const repo = makeRepo({
      'learning/a.yaml': 'x',
      'learning/node_modules/pkg/b.yaml': 'x',
      'learning/.hidden/c.yaml': 'x',
      'learning/sub/.cache/d.yaml': 'x',
    });
    expect((await find(repo.root)).files).toEqual(['learning/a.yaml']);
  });

  it('ignores files with other extensions', async () => {
    const repo = makeRepo({ 'learning/a.yaml': 'x', 'learning/b.json': '{}', 'learning/c.md': '#', 'learning/d.yaml.bak': 'x', 'learning/yaml': 'x' });
    expect((await find(repo.root)).files).toEqual(['learning/a.yaml']);
  });

  it('walks a folder named like a record file instead of reading it', async () => {
    const repo = makeRepo({ 'learning/x.yaml/inner.yaml': 'x' });
    expect((await find(repo.root)).files).toEqual(['learning/x.yaml/inner.yaml']);
  });

  it('leaves out excluded paths', async () => {
    const repo = makeRepo({ 'learning/a.yaml': 'x', 'learning/hypo.config.yaml': 'x' });
    expect((await find(repo.root, ['learning/hypo.config.yaml'])).files).toEqual(['learning/a.yaml']);
  });

  it('gives an empty list for an empty folder', async () => {
    expect(await find(makeRepo().root)).toEqual({ files: [], problems: [], folders: ['learning'] });
  });
});

describe('findRecordFiles and symbolic links', () => {
  it('reports a link to a file outside the repository and does not list it', async () => {
    const repo = makeRepo({ 'learning/a.yaml': 'x' });
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'hypo-outside-'));
    outside.push(elsewhere);
    writeFileSync(path.join(elsewhere, 'secret.yaml'), 'x');
    symlinkSync(path.join(elsewhere, 'secret.yaml'), path.join(repo.root, 'learning/link.yaml'));
    const found = await find(repo.root);
    expect(found.files).toEqual(['learning/a.yaml']);
    expect(found.problems).toEqual([expect.objectContaining({ file: 'learning/link.yaml', rule: 'bad-link', severity: 'error', line: 1, column: 1 })]);
    expect(found.problems[0]!.message).toMatch(/outside the repository/);
  });

  it('reports a link that points to itself, and finishes', async () => {
    const repo = makeRepo({ 'learning/a.yaml': 'x' });
    symlinkSync('loop.yaml', path.join(repo.root, 'learning/loop.yaml'));
    const found = await find(repo.root);
    expect(found.files).toEqual(['learning/a.yaml']);
    expect(found.problems).toEqual([expect.objectContaining({ file: 'learning/loop.yaml', rule: 'bad-link' })]);
    expect(found.problems[0]!.message).toMatch(/loop/);
  });

  it('reports a dangling link to a record file', async () => {
    const repo = makeRepo();
    symlinkSync('missing.yaml', path.join(repo.root, 'learning/dangling.yaml'));
    const found = await find(repo.root);
    expect(found.files).toEqual([]);
    expect(found.problems).toEqual([expect.objectContaining({ file: 'learning/dangling.yaml', rule: 'bad-link' })]);
    expect(found.problems[0]!.message).toMatch(/points nowhere/);
  });

  it('follows a link to a folder inside the repository', async () => {
    const repo = makeRepo({ 'shared/records/s.yaml': 'x' });
    symlinkSync(path.join(repo.root, 'shared/records'), path.join(repo.root, 'learning/shared'));
    const found = await find(repo.root);
    expect(found.files).toEqual(['learning/shared/s.yaml']);
    expect(found.problems).toEqual([]);
  });

  it('walks a folder reached twice only once', async () => {
    const repo = makeRepo({ 'learning/real/r.yaml': 'x' });
    mkdirSync(path.join(repo.root, 'learning/sub'));
    symlinkSync(path.join(repo.root, 'learning'), path.join(repo.root, 'learning/sub/back'));
    symlinkSync(path.join(repo.root, 'learning/real'), path.join(repo.root, 'learning/again'));
    const found = await find(repo.root);
    expect(found.files.filter((file) => file.endsWith('/r.yaml'))).toHaveLength(1);
    expect(found.problems).toEqual([]);
  });

  it('follows a link to a file inside the repository', async () => {
    const repo = makeRepo({ 'shared/s.yaml': 'x' });
    symlinkSync(path.join(repo.root, 'shared/s.yaml'), path.join(repo.root, 'learning/s.yaml'));
    expect((await find(repo.root)).files).toEqual(['learning/s.yaml']);
  });
});
