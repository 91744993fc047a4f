// A version's fact is the same whether its text comes from git or from the working file
// that holds exactly that blob; a version whose text the caller holds is not read from git.
import { describe, expect, it } from 'vitest';
import { type FactReader, readCommittedFacts } from '../../src/operations/committed-facts.js';
import type { FileVersion } from '../../src/store/git-history.js';
import { TEST_ENV } from '../helpers/run-cli.js';
import { makeRepo } from '../helpers/temp-repo.js';

const FILE = 'learning/h/alpha.yaml';
const TEXT = 'kind: hypothesis\ntitle: T\nstatement: s\nstatus: open\nsuccess: 8 of 10\n';

const FIRST_LINES: FactReader<string> = {
  name: 'first-lines',
  extract: (text) => text.split('\n').slice(0, 2).join('|'),
  isFact: (value): value is string => typeof value === 'string',
};

function committed() {
  const repo = makeRepo({ [FILE]: TEXT }, { git: true });
  const sha = repo.commit('Alpha', '2026-10-01');
  const version: FileVersion = {
    commit: { sha, date: '2026-10-01T12:00:00Z', author: 'A', subject: 'Alpha' },
    gitPath: FILE,
    blob: repo.git('rev-parse', `HEAD:${FILE}`).trim(),
  };
  return { repo, version };
}

describe('readCommittedFacts', () => {
  it('gives a held text the fact git’s text gives', async () => {
    const { repo, version } = committed();
    const env = { ...TEST_ENV, HYPO_CACHE: '0' };
    const fromGit = await readCommittedFacts(repo.root, [{ version, file: FILE }], env, FIRST_LINES);
    const held: string[] = [];
    const fromHeld = await readCommittedFacts(repo.root, [{ version, file: FILE }], env, FIRST_LINES, (asked, file) => {
      held.push(`${file} ${asked.blob}`);
      return TEXT;
    });
    expect(fromGit(version)).toBe('kind: hypothesis|title: T');
    expect(fromHeld(version)).toBe(fromGit(version));
    expect(held).toEqual([`${FILE} ${version.blob}`]);
  });

  it('reads from git only the versions whose text is not held', async () => {
    const { version } = committed();
    const other: FileVersion = { ...version, blob: 'f'.repeat(40) };
    // No root: git cannot be asked, so only the held text gives a fact.
    const factAt = await readCommittedFacts(
      undefined,
      [
        { version, file: FILE },
        { version: other, file: FILE },
      ],
      TEST_ENV,
      FIRST_LINES,
      (asked) => (asked === version ? TEXT : undefined),
    );
    expect(factAt(version)).toBe('kind: hypothesis|title: T');
    expect(factAt(other)).toBeUndefined();
  });
});
