import { describe, expect, it } from 'vitest';
import { referencesOf, valueAt } from '../../src/model/references.js';

describe('referencesOf', () => {
  it('finds none in a hypothesis', () => {
    expect(referencesOf('hypothesis', { kind: 'hypothesis', tests: ['a'] })).toEqual([]);
  });

  it('finds the hypotheses an experiment tests', () => {
    expect(referencesOf('experiment', { tests: ['h-one', 'h-two'] })).toEqual([
      { path: ['tests', 0], id: 'h-one', expected: ['hypothesis'], field: 'tests' },
      { path: ['tests', 1], id: 'h-two', expected: ['hypothesis'], field: 'tests' },
    ]);
  });

  it('finds the experiments, hypotheses and started records of an insight', () => {
    const data = { from: ['e-one'], hypotheses: ['h-one'], decision: { action: 'pivot', next: ['h-two'] } };
    expect(referencesOf('insight', data)).toEqual([
      { path: ['from', 0], id: 'e-one', expected: ['experiment'], field: 'from' },
      { path: ['hypotheses', 0], id: 'h-one', expected: ['hypothesis'], field: 'hypotheses' },
      { path: ['decision', 'next', 0], id: 'h-two', expected: ['hypothesis', 'experiment', 'insight'], field: 'decision.next' },
    ]);
  });

  it('skips items that are not text, keeping the index of the others', () => {
    expect(referencesOf('experiment', { tests: [42, null, 'h-one'] })).toEqual([{ path: ['tests', 2], id: 'h-one', expected: ['hypothesis'], field: 'tests' }]);
  });

  it('skips fields that are not lists, and data that is not a mapping', () => {
    expect(referencesOf('experiment', { tests: 'h-one' })).toEqual([]);
    expect(referencesOf('insight', { decision: 'pivot' })).toEqual([]);
    expect(referencesOf('insight', undefined)).toEqual([]);
    expect(referencesOf('insight', null)).toEqual([]);
  });
});

describe('valueAt', () => {
  const data = { a: { b: ['x', 'y'] }, n: null };

  it('follows keys and indexes', () => {
    expect(valueAt(data, ['a', 'b', 1])).toBe('y');
    expect(valueAt(data, [])).toBe(data);
  });

  it('is undefined past a missing or scalar step', () => {
    expect(valueAt(data, ['a', 'c', 0])).toBeUndefined();
    expect(valueAt(data, ['n', 'x'])).toBeUndefined();
    expect(valueAt(data, ['a', 'b', 0, 'z'])).toBeUndefined();
  });
});
