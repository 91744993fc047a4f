// Counting the tracked files under a record's code globs by each glob's base gives exactly
// what matching every file gives, for any files and globs; asking whether one glob matches
// anything gives the same answer.
import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { codeIndex } from '../../src/model/code-globs.js';
import { SEED } from '../property/arbitraries.js';

const SEGMENTS = ['src', 'a', 'a.ts', 'a-b', 'a0', 'ab', '.hidden', 'å'];
const file = fc.array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/'));
const GLOBS = ['src/**', 'src/a', 'src/a/**', 'src/a*/**', '**/*.ts', 'a/**', '!src/a/**', 'src/{a,ab}/**', './src/**', 'src/a.ts', '**', 'å/**'];

describe('codeIndex', () => {
  it('counts what matching every file counts', () => {
    fc.assert(
      fc.property(fc.uniqueArray(file, { maxLength: 40 }), fc.subarray(GLOBS, { minLength: 1 }), (files, globs) => {
        const naive = files.filter((path) => picomatch(globs, { dot: true })(path)).length;
        expect(codeIndex(files).count(globs)).toBe(naive);
        expect(codeIndex(files).matching(globs)).toEqual(files.filter((path) => picomatch(globs, { dot: true })(path)).sort());
        for (const glob of globs) expect(codeIndex(files).matchesAny(glob)).toBe(files.some((path) => picomatch(glob, { dot: true })(path)));
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('answers a list of globs asked again, in another order, with the same files, and a copy the caller may change', () => {
    const index = codeIndex(['src/a.ts', 'src/b.ts', 'lib/c.ts', 'other.ts']);
    const first = index.matching(['src/**', 'lib/**']);
    first.push('changed');
    expect(index.matching(['lib/**', 'src/**', 'lib/**'])).toEqual(['lib/c.ts', 'src/a.ts', 'src/b.ts']);
    expect(index.count(['lib/**', 'src/**'])).toBe(3);
  });

  it('matches nothing for no globs', () => {
    const index = codeIndex(['src/a.ts', 'src/a.ts', 'lib/c.ts']);
    expect(index.matching([])).toEqual([]);
    expect(index.count([])).toBe(0);
    expect(index.matching(['src/**', 'src/a.ts'])).toEqual(['src/a.ts']);
  });

  it('counts a file two globs match once', () => {
    expect(codeIndex(['src/a.ts', 'src/b.ts', 'other.ts']).matching(['src/**', 'src/a.ts'])).toEqual(['src/a.ts', 'src/b.ts']);
  });
});
