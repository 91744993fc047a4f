import { describe, expect, it } from 'vitest';
import { buildGraph, type GraphInput, recordOfKind } from '../../src/model/graph.js';
import { parseRecordText } from '../../src/store/read-record-file.js';

function load(file: string, text: string): GraphInput {
  const loaded = parseRecordText(text, file);
  return { id: loaded.id, file: loaded.file, kind: loaded.kind, data: loaded.data, record: loaded.record };
}

const hypothesis = (title: string) => `kind: hypothesis\ntitle: ${title}\nstatement: s\nstatus: open\n`;

const inputs: GraphInput[] = [
  load('learning/hypotheses/h-one.yaml', hypothesis('One')),
  load('learning/hypotheses/h-two.yaml', hypothesis('Two')),
  load('learning/experiments/e-one.yaml', 'kind: experiment\ntitle: E\ntests: [h-one, h-two]\nmethod: panel\nstatus: planned\n'),
  load('learning/experiments/e-two.yaml', 'kind: experiment\ntitle: E2\ntests: [h-one]\nmethod: survey\nstatus: planned\n'),
  load(
    'learning/insights/i-one.yaml',
    'kind: insight\ntitle: I\nlearned: l\nfrom: [e-one]\nhypotheses: [h-one]\ndecision:\n  action: pivot\n  summary: s\n  next: [h-two, e-two]\n',
  ),
];

describe('buildGraph', () => {
  const graph = buildGraph(inputs);

  it('holds every valid record by id', () => {
    expect([...graph.records.keys()].sort()).toEqual(['e-one', 'e-two', 'h-one', 'h-two', 'i-one']);
    expect(graph.records.get('e-one')?.file).toBe('learning/experiments/e-one.yaml');
  });

  it('links hypotheses to the experiments testing them', () => {
    expect(graph.testedBy.get('h-one')).toEqual(['e-one', 'e-two']);
    expect(graph.testedBy.get('h-two')).toEqual(['e-one']);
  });

  it('links experiments to the insights drawn from them', () => {
    expect(graph.insightsFrom.get('e-one')).toEqual(['i-one']);
    expect(graph.insightsFrom.has('e-two')).toBe(false);
  });

  it('links hypotheses to the insights about them', () => {
    expect(graph.insightsAbout.get('h-one')).toEqual(['i-one']);
  });

  it('links records to the insights whose decision started them', () => {
    expect(graph.startedBy.get('h-two')).toEqual(['i-one']);
    expect(graph.startedBy.get('e-two')).toEqual(['i-one']);
  });

  it('gives the kind of every id', () => {
    expect(graph.kinds.get('h-one')).toBe('hypothesis');
    expect(graph.kinds.get('e-one')).toBe('experiment');
    expect(graph.kinds.get('i-one')).toBe('insight');
  });

  it('links one record once even when it names the same id twice', () => {
    const twice = buildGraph([load('learning/e.yaml', 'kind: experiment\ntitle: E\ntests: [h-one, h-one]\nmethod: panel\nstatus: planned\n')]);
    expect(twice.testedBy.get('h-one')).toEqual(['e']);
  });
});

describe('buildGraph with broken records', () => {
  it('knows the kind of a record that failed its schema, and reads its links leniently', () => {
    const broken = load('learning/experiments/e-broken.yaml', 'kind: experiment\ntests: [h-one]\nstatus: nonsense\n');
    expect(broken.record).toBeUndefined();
    const graph = buildGraph([...inputs, broken]);
    expect(graph.kinds.get('e-broken')).toBe('experiment');
    expect(graph.records.has('e-broken')).toBe(false);
    expect(graph.testedBy.get('h-one')).toContain('e-broken');
  });

  it('lists a file without a known kind, with an undefined kind', () => {
    const graph = buildGraph([{ id: 'mystery', file: 'learning/mystery.yaml' }]);
    expect(graph.kinds.has('mystery')).toBe(true);
    expect(graph.kinds.get('mystery')).toBeUndefined();
  });

  it('keeps the first file by path when two share an id, whatever the input order', () => {
    const later = load('learning/z/h-one.yaml', hypothesis('Later'));
    const earlier = load('learning/a/h-one.yaml', hypothesis('Earlier'));
    const graph = buildGraph([later, earlier]);
    expect(graph.records.get('h-one')?.file).toBe('learning/a/h-one.yaml');
    expect(graph.records.get('h-one')?.record.title).toBe('Earlier');
  });

  it('links only the kept one of two files sharing an id', () => {
    const first = load('learning/a/e-dup.yaml', 'kind: experiment\ntitle: A\ntests: [h-one]\nmethod: panel\nstatus: planned\n');
    const second = load('learning/b/e-dup.yaml', 'kind: experiment\ntitle: B\ntests: [h-two]\nmethod: panel\nstatus: planned\n');
    const graph = buildGraph([second, first]);
    expect(graph.testedBy.get('h-one')).toEqual(['e-dup']);
    expect(graph.testedBy.has('h-two')).toBe(false);
  });
});

describe('recordOfKind', () => {
  const graph = buildGraph(inputs);

  it('returns the record when it has the kind asked for', () => {
    expect(recordOfKind(graph, 'e-one', 'experiment')?.record.tests).toEqual(['h-one', 'h-two']);
  });

  it('returns undefined for another kind or an unknown id', () => {
    expect(recordOfKind(graph, 'e-one', 'hypothesis')).toBeUndefined();
    expect(recordOfKind(graph, 'nope', 'experiment')).toBeUndefined();
  });
});
