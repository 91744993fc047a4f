// Paths git gives, relative to its top level, turned into paths relative to the hypo root:
// the shortcut for plain paths gives exactly what path.relative gives, for any path and any
// place of the root below the top level; paths outside the root are dropped.
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relativeToRoot } from '../../src/store/changed-files.js';
import { SEED } from '../property/arbitraries.js';

const SEGMENTS = ['src', 'team', 'learning', 'å.yaml', 'a b', '.', '..', '', 'team-x', '.hidden', 'a\\b'];
const gitPath = fc.array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/'));

function byPathRelative(paths: readonly string[], gitRoot: string, root: string): string[] {
  return paths.map((file) => path.relative(root, path.join(gitRoot, file)).split(path.sep).join('/')).filter((file) => !file.startsWith('../'));
}

describe('relativeToRoot', () => {
  it('gives what path.relative gives', () => {
    const gitRoot = path.resolve('/tmp/repo');
    fc.assert(
      fc.property(fc.array(gitPath, { maxLength: 12 }), fc.constantFrom('', 'team', 'team/learning', 'src'), (paths, rootInGit) => {
        const root = path.join(gitRoot, rootInGit);
        expect(relativeToRoot(paths, gitRoot, root)).toEqual(byPathRelative(paths, gitRoot, root));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('drops paths outside the root and strips the root from those below it', () => {
    const gitRoot = path.resolve('/tmp/repo');
    expect(relativeToRoot(['team/learning/h.yaml', 'src/app.ts', 'team-x/a.ts'], gitRoot, path.join(gitRoot, 'team'))).toEqual(['learning/h.yaml']);
  });
});
