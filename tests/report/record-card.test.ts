import { describe, expect, it } from 'vitest';
import { buildGraph, type GraphInput } from '../../src/model/graph.js';
import { buildRecordCard, linkedRecord, recordLinks } from '../../src/report/record-card.js';
import { loadFile } from '../helpers/load-files.js';

const load = loadFile;

const INPUTS: GraphInput[] = [
  load('learning/hypotheses/h-one.yaml', 'kind: hypothesis\ntitle: One\nstatement: s\nstatus: testing\n'),
  load('learning/hypotheses/h-new.yaml', 'kind: hypothesis\ntitle: New\nstatement: s\nstatus: open\n'),
  load(
    'learning/experiments/e-one.yaml',
    'kind: experiment\ntitle: E\ntests: [h-one]\nmethod: survey\nstatus: done\nplan: p\nresult:\n  summary: r\n  outcome: refutes\n',
  ),
  // Fails its schema (no method) but still tests h-one.
  load('learning/experiments/e-broken.yaml', 'kind: experiment\ntitle: Broken\ntests: [h-one]\nstatus: planned\n'),
  load(
    'learning/insights/i-one.yaml',
    'kind: insight\ntitle: I\nlearned: l\nfrom: [e-one]\ndecision:\n  action: pivot\n  summary: s\n  next: [h-new, h-gone]\n',
  ),
  load('learning/insights/i-about.yaml', 'kind: insight\ntitle: About\nlearned: l\nhypotheses: [h-one, h-one]\n'),
];
const graph = buildGraph(INPUTS);

const NO_LINKS = { testedBy: [], tests: [], insights: [], from: [], hypotheses: [], decision: null, next: [], startedBy: [] };

describe('recordLinks', () => {
  it('links a hypothesis to its experiments and to the insights from them or about it', () => {
    expect(recordLinks(graph, 'h-one', 'hypothesis', INPUTS[0]!.data)).toEqual({
      ...NO_LINKS,
      testedBy: ['e-broken', 'e-one'],
      insights: ['i-about', 'i-one'],
    });
  });

  it('links an insight to its sources, decision and next records, with duplicates once', () => {
    expect(recordLinks(graph, 'i-one', 'insight', INPUTS[4]!.data)).toEqual({
      ...NO_LINKS,
      from: ['e-one'],
      decision: { action: 'pivot', summary: 's', next: ['h-new', 'h-gone'] },
      next: ['h-new', 'h-gone'],
    });
    expect(recordLinks(graph, 'i-about', 'insight', INPUTS[5]!.data).hypotheses).toEqual(['h-one']);
  });

  it('reads the links of a broken record leniently', () => {
    expect(recordLinks(graph, 'e-broken', 'experiment', INPUTS[3]!.data)).toEqual({ ...NO_LINKS, tests: ['h-one'] });
    expect(recordLinks(graph, 'x', undefined, undefined)).toEqual(NO_LINKS);
  });

  it('finds what a decision started', () => {
    expect(recordLinks(graph, 'h-new', 'hypothesis', INPUTS[1]!.data).startedBy).toEqual(['i-one']);
  });
});

describe('linkedRecord', () => {
  it('summarises experiments and insights', () => {
    expect(linkedRecord(graph, 'e-one')).toEqual({
      id: 'e-one',
      kind: 'experiment',
      title: 'E',
      status: 'done',
      missing: false,
      invalid: false,
      method: 'survey',
      plan: 'p',
      outcome: 'refutes',
    });
    expect(linkedRecord(graph, 'i-one')).toMatchObject({ status: 'decided', action: 'pivot', next: ['h-new', 'h-gone'] });
    expect(linkedRecord(graph, 'i-about')).toMatchObject({ status: 'undecided' });
    expect(linkedRecord(graph, 'i-about').action).toBeUndefined();
  });

  it('tells a missing record from a broken one', () => {
    expect(linkedRecord(graph, 'h-gone')).toEqual({ id: 'h-gone', title: '', status: '', missing: true, invalid: false });
    expect(linkedRecord(graph, 'e-broken')).toEqual({ id: 'e-broken', kind: 'experiment', title: '', status: '', missing: false, invalid: true });
  });
});

describe('buildRecordCard', () => {
  it('gives a hypothesis its experiments, insights and links', () => {
    const card = buildRecordCard(graph, 'h-one');
    expect(card?.kind).toBe('hypothesis');
    if (card?.kind !== 'hypothesis') return;
    expect(card.file).toBe('learning/hypotheses/h-one.yaml');
    expect(card.experiments.map((each) => [each.id, each.invalid])).toEqual([
      ['e-broken', true],
      ['e-one', false],
    ]);
    expect(card.insights.map((each) => each.id)).toEqual(['i-about', 'i-one']);
    expect(card.startedBy).toEqual([]);
  });

  it('gives an experiment the hypotheses it tests and the insights drawn from it', () => {
    const card = buildRecordCard(graph, 'e-one');
    if (card?.kind !== 'experiment') throw new Error('expected an experiment card');
    expect(card.hypotheses.map((each) => [each.id, each.status])).toEqual([['h-one', 'testing']]);
    expect(card.insights.map((each) => each.id)).toEqual(['i-one']);
  });

  it('gives an insight its sources and next records, missing ones marked', () => {
    const card = buildRecordCard(graph, 'i-one');
    if (card?.kind !== 'insight') throw new Error('expected an insight card');
    expect(card.from.map((each) => each.id)).toEqual(['e-one']);
    expect(card.next.map((each) => [each.id, each.status, each.missing])).toEqual([
      ['h-new', 'open', false],
      ['h-gone', '', true],
    ]);
  });

  it('names the insight that started a record', () => {
    expect(buildRecordCard(graph, 'h-new')?.startedBy.map((each) => [each.id, each.action])).toEqual([['i-one', 'pivot']]);
  });

  it('has no card for a broken or unknown record', () => {
    expect(buildRecordCard(graph, 'e-broken')).toBeUndefined();
    expect(buildRecordCard(graph, 'nothing')).toBeUndefined();
  });
});
