// The schema path in a record's first line leads to the hypo that Node would load from
// the record's folder: hoisted in a monorepo, nested when an app pins its own, the package
// itself in hypo's own repository, and never a copy outside the git top level.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaPathFor } from '../../src/store/schema-location.js';
import { makeRepo } from '../helpers/temp-repo.js';

const HYPO = '{ "name": "hypo" }\n';

describe('schemaPathFor', () => {
  it('finds the hypo hoisted to the top of a workspace', () => {
    const { root } = makeRepo({ 'node_modules/hypo/package.json': HYPO, 'apps/travel/package.json': '{ "name": "travel" }' });
    const folder = path.join(root, 'apps/travel/learning/hypotheses');
    expect(schemaPathFor('hypothesis', folder, { root: path.join(root, 'apps/travel'), gitRoot: root })).toBe(
      '../../../../node_modules/hypo/schemas/hypothesis.schema.json',
    );
  });

  it('prefers the nearer copy an app installs itself, as Node does', () => {
    const { root } = makeRepo({ 'node_modules/hypo/package.json': HYPO, 'apps/travel/node_modules/hypo/package.json': HYPO });
    const folder = path.join(root, 'apps/travel/learning/insights');
    expect(schemaPathFor('insight', folder, { root, gitRoot: root })).toBe('../../node_modules/hypo/schemas/insight.schema.json');
  });

  it('uses the package itself inside hypo’s own repository', () => {
    const { root } = makeRepo({ 'package.json': HYPO });
    expect(schemaPathFor('experiment', path.join(root, 'examples/app/learning/experiments'), { root: path.join(root, 'examples/app'), gitRoot: root })).toBe(
      '../../../../schemas/experiment.schema.json',
    );
  });

  it('ignores a folder named node_modules/hypo that holds another package, and copies above the git top level', () => {
    const { root } = makeRepo({ 'node_modules/hypo/package.json': HYPO, 'repo/node_modules/hypo/package.json': '{ "name": "other" }' });
    const repoRoot = path.join(root, 'repo');
    expect(schemaPathFor('config', repoRoot, { root: repoRoot, gitRoot: repoRoot })).toBe('node_modules/hypo/schemas/config.schema.json');
  });
});
