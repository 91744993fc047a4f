// The one walk over every commit for `hypo acted`: files, renames as delete + add, the
// values of every `Hypo:` trailer, and subjects that hold anything.
import { describe, expect, it } from 'vitest';
import { readCodeHistory } from '../../src/store/code-history.js';
import { createGitRunner } from '../../src/store/git.js';
import { TEST_ENV } from '../helpers/run-cli.js';
import { makeRepo } from '../helpers/temp-repo.js';

const git = (root: string) => createGitRunner(root, TEST_ENV, { why: 'to test' });

describe('readCodeHistory', () => {
  it('gives each commit, newest first, with its files and the values of its Hypo: trailers', async () => {
    const repo = makeRepo({}, { git: true, config: false });
    repo.write('src/kassa/betala.ts', 'export {};\n');
    const first = repo.commit('Betalsteget', '2026-10-01');
    repo.git('mv', 'src/kassa/betala.ts', 'src/kassa/swish.ts');
    repo.write('README.md', 'x\n');
    const second = repo.commit(
      'Swish först\u001f med fältavskiljare\n\nBody text.\n\nHypo: swish-forst, kassa-insikt\nCo-authored-by: A <a@example.com>\nHypo: tredje',
      '2026-10-05',
    );
    expect(await readCodeHistory(git(repo.root))).toEqual([
      {
        sha: second,
        date: '2026-10-05T12:00:00+00:00',
        subject: 'Swish först\u001f med fältavskiljare',
        trailers: ['swish-forst, kassa-insikt', 'tredje'],
        files: ['README.md', 'src/kassa/betala.ts', 'src/kassa/swish.ts'],
      },
      { sha: first, date: '2026-10-01T12:00:00+00:00', subject: 'Betalsteget', trailers: [], files: ['src/kassa/betala.ts'] },
    ]);
  });

  it('is empty in a repository without commits', async () => {
    expect(await readCodeHistory(git(makeRepo({}, { git: true }).root))).toEqual([]);
  });
});
