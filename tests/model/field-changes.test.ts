// The field diff between two versions of a record, and the status path over all of them.
import { describe, expect, it } from 'vitest';
import { fieldChanges, foldTransitions, kindOf, OVER_SIZE_LIMIT, transitionPath } from '../../src/model/field-changes.js';
import { valueAt } from '../../src/model/references.js';

const hypothesis = {
  kind: 'hypothesis',
  title: 'Färjeresenärer vill se färjan',
  statement: 'Vi tror att färjeresenärer vill se var färjan är.',
  status: 'open',
};

describe('fieldChanges', () => {
  it('lists every field of the first version as added: status first, then the schema order, then unknown and x- keys by name', () => {
    const first = { 'x-jira': 'APP-1', tags: ['färja'], status: 'open', title: 'T', kind: 'hypothesis', 'x-area': 'b', statement: 'S', zzz: 1, owner: 'Åsa' };
    expect(fieldChanges(undefined, first)).toEqual([
      { field: 'status', from: null, to: 'open' },
      { field: 'kind', from: null, to: 'hypothesis' },
      { field: 'title', from: null, to: 'T' },
      { field: 'statement', from: null, to: 'S' },
      { field: 'owner', from: null, to: 'Åsa' },
      { field: 'tags', from: null, to: ['färja'] },
      { field: 'x-area', from: null, to: 'b' },
      { field: 'x-jira', from: null, to: 'APP-1' },
      { field: 'zzz', from: null, to: 1 },
    ]);
  });

  it('gives changed, added and removed fields with their values, null where absent', () => {
    const before = { ...hypothesis, review_by: '2026-10-01', tags: ['a'] };
    const after = { ...hypothesis, status: 'testing', tags: ['a', 'b'], importance: 'high' };
    expect(fieldChanges(before, after)).toEqual([
      { field: 'status', from: 'open', to: 'testing' },
      { field: 'importance', from: null, to: 'high' },
      { field: 'review_by', from: '2026-10-01', to: null },
      { field: 'tags', from: ['a'], to: ['a', 'b'] },
    ]);
  });

  it('finds nothing when only the order of keys or an empty field differs', () => {
    const reordered = { status: 'open', statement: hypothesis.statement, title: hypothesis.title, kind: 'hypothesis', review_by: null };
    expect(fieldChanges(hypothesis, reordered)).toEqual([]);
    expect(fieldChanges({ ...hypothesis, 'x-meta': { a: 1, b: [1, 2] } }, { ...hypothesis, 'x-meta': { b: [1, 2], a: 1 } })).toEqual([]);
    expect(fieldChanges({ ...hypothesis, 'x-meta': { b: [1, 2] } }, { ...hypothesis, 'x-meta': { b: [2, 1] } })).toHaveLength(1);
  });

  it('compares result and decision one level down, at the place of their parent in the schema', () => {
    const planned = { kind: 'experiment', title: 'Panel', tests: ['h'], method: 'panel', status: 'running', owner: 'Ola' };
    const done = { ...planned, status: 'done', result: { summary: 'Most check.', outcome: 'supports', 'x-note': 'n' }, owner: 'Åsa' };
    expect(fieldChanges(planned, done)).toEqual([
      { field: 'status', from: 'running', to: 'done' },
      { field: 'result.summary', from: null, to: 'Most check.' },
      { field: 'result.outcome', from: null, to: 'supports' },
      { field: 'result.x-note', from: null, to: 'n' },
      { field: 'owner', from: 'Ola', to: 'Åsa' },
    ]);
    expect(fieldChanges(done, { ...done, result: { summary: 'Most check.', outcome: 'inconclusive' } })).toEqual([
      { field: 'result.outcome', from: 'supports', to: 'inconclusive' },
      { field: 'result.x-note', from: 'n', to: null },
    ]);
    // Not a mapping on one side: the field changes as a whole.
    expect(fieldChanges(done, { ...done, result: 'see the wiki' })).toEqual([{ field: 'result', from: done.result, to: 'see the wiki' }]);
  });

  it('puts an insight’s decision action first, as its status', () => {
    const insight = { kind: 'insight', title: 'I', learned: 'L' };
    const decided = { ...insight, learned: 'L2', decision: { summary: 'S', action: 'iterate', next: ['x'] } };
    expect(fieldChanges(insight, decided).map((change) => change.field)).toEqual(['decision.action', 'learned', 'decision.summary', 'decision.next']);
  });

  it('orders by every kind’s fields together when the kind is unknown', () => {
    expect(fieldChanges(undefined, { status: 'x', learned: 'l', title: 't', kind: 'idea' }).map((change) => change.field)).toEqual([
      'status',
      'kind',
      'title',
      'learned',
    ]);
  });

  it('gives one change for a version that is not valid YAML, and lists the fields again after it', () => {
    expect(fieldChanges(hypothesis, null)).toEqual([{ field: '(file)', from: null, to: 'not valid YAML' }]);
    expect(fieldChanges(undefined, null)).toEqual([{ field: '(file)', from: null, to: 'not valid YAML' }]);
    expect(fieldChanges(null, { kind: 'hypothesis', status: 'open' })).toEqual([
      { field: '(file)', from: 'not valid YAML', to: null },
      { field: 'status', from: null, to: 'open' },
      { field: 'kind', from: null, to: 'hypothesis' },
    ]);
  });

  it('lists nothing for a version over the size limit, and the fields again after it, under its own name', () => {
    expect(fieldChanges(hypothesis, OVER_SIZE_LIMIT)).toEqual([]);
    expect(fieldChanges(undefined, OVER_SIZE_LIMIT)).toEqual([]);
    expect(fieldChanges(OVER_SIZE_LIMIT, null)).toEqual([{ field: '(file)', from: null, to: 'not valid YAML' }]);
    expect(fieldChanges(OVER_SIZE_LIMIT, { kind: 'hypothesis', status: 'open' })).toEqual([
      { field: '(file)', from: 'over the size limit', to: null },
      { field: 'status', from: null, to: 'open' },
      { field: 'kind', from: null, to: 'hypothesis' },
    ]);
    expect(kindOf(OVER_SIZE_LIMIT)).toBeUndefined();
  });
});

describe('foldTransitions', () => {
  it('gives the statuses oldest first, folding repeats in a row but keeping a return', () => {
    expect(foldTransitions(['open', 'open', 'testing', 'open', 'testing', 'supported'])).toEqual(['open', 'testing', 'open', 'testing', 'supported']);
  });

  it('skips versions without a status, with an empty one or one that is no text', () => {
    expect(foldTransitions([undefined, 'open', undefined, '', 'open', 42, 'refuted'])).toEqual(['open', 'refuted']);
    expect(foldTransitions([])).toEqual([]);
  });

  it('follows the decision of an insight', () => {
    const insight = { kind: 'insight', status: 'ignored' };
    const versions = [insight, { ...insight, decision: { action: 'iterate' } }, { ...insight, decision: { action: 'pivot' } }];
    expect(foldTransitions(versions.map((data) => valueAt(data, transitionPath('insight'))))).toEqual(['iterate', 'pivot']);
    expect(transitionPath('insight')).toEqual(['decision', 'action']);
    expect(transitionPath(undefined)).toEqual(['status']);
  });
});

describe('kindOf', () => {
  it('knows the three kinds and nothing else', () => {
    expect(kindOf({ kind: 'experiment' })).toBe('experiment');
    expect(kindOf({ kind: 'idea' })).toBeUndefined();
    expect(kindOf(null)).toBeUndefined();
    expect(kindOf(undefined)).toBeUndefined();
  });
});
