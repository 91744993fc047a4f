// The commit index answers "the oldest commit in a window that touched a file the globs
// match" from one list of days per set of globs; it must give exactly the commit that
// taking the oldest commit of each matched file, then the oldest of those (the first file
// by path on a tie), gives, for any commits, globs and window.
import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { type ActedCommit, commitIndex } from '../../src/report/commit-index.js';
import { SEED } from '../property/arbitraries.js';

const FILES = ['src/a.ts', 'src/b.ts', 'src/c/d.ts', 'lib/e.ts', 'å/f.ts'];
const DAYS = ['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-05', '2024-02-01'];
const GLOBS = ['src/**', 'src/a.ts', 'src/c/**', 'lib/**', '**/*.ts', 'å/**', 'none/**'];

const commit = fc.record({
  day: fc.constantFrom(...DAYS),
  files: fc.subarray(FILES),
  ids: fc.subarray(['h-a', 'i-b']),
});

/** The answer file by file: each matched file's oldest commit in the window, the oldest of those. */
function naiveFirstTouching(commits: readonly ActedCommit[], globs: readonly string[], from: string, until: string): ActedCommit | undefined {
  const sorted = [...commits].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const matches = picomatch([...globs], { dot: true });
  const files = [...new Set(sorted.flatMap((one) => one.files))].filter((file) => matches(file)).sort();
  let first: ActedCommit | undefined;
  for (const file of files) {
    const candidate = sorted.find((one) => one.files.includes(file) && one.day >= from);
    if (candidate && candidate.day <= until && (!first || candidate.day < first.day)) first = candidate;
  }
  return first;
}

describe('commitIndex', () => {
  it('finds the commit that looking at each matched file finds', () => {
    fc.assert(
      fc.property(
        fc.array(commit, { maxLength: 25 }),
        fc.array(fc.tuple(fc.subarray(GLOBS, { minLength: 1 }), fc.constantFrom(...DAYS), fc.constantFrom(...DAYS)), { minLength: 1, maxLength: 6 }),
        (drafts, questions) => {
          const commits: ActedCommit[] = drafts.map((draft, at) => ({ ...draft, sha: `c${at}`, subject: `commit ${at}` }));
          const index = commitIndex(commits);
          // Asked several times, in any order and with the globs in any order: each answer stands on its own.
          for (const [globs, from, until] of questions) {
            const expected = naiveFirstTouching(commits, globs, from, until);
            expect(index.firstTouching(globs, from, until)?.sha).toBe(expected?.sha);
            expect(index.firstTouching([...globs].reverse(), from, until)?.sha).toBe(expected?.sha);
          }
        },
      ),
      { seed: SEED, numRuns: 400 },
    );
  });
});
