import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/graph.js';
import { checkGraph } from '../../src/rules/check-graph.js';
import { loadFiles } from '../helpers/load-files.js';
import { EXPERIMENT, HYPOTHESIS, VALID_FILES } from '../helpers/records.js';

function check(files: Record<string, string>) {
  const loaded = loadFiles(files);
  return checkGraph(loaded, buildGraph(loaded));
}

describe('checkGraph: duplicate ids', () => {
  it('reports each file, naming the other one', () => {
    const problems = check({ 'learning/a/same.yaml': HYPOTHESIS, 'learning/b/same.yaml': HYPOTHESIS });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ file: 'learning/a/same.yaml', rule: 'duplicate-id', line: 1, column: 1, severity: 'error' });
    expect(problems[0]!.message).toBe('the id "same" is also used by learning/b/same.yaml: ids are unique across all kinds, rename one of the files');
    expect(problems[1]).toMatchObject({ file: 'learning/b/same.yaml', rule: 'duplicate-id' });
    expect(problems[1]!.message).toContain('also used by learning/a/same.yaml:');
  });

  it('finds duplicates across kinds and extensions, listing all the others', () => {
    const problems = check({ 'learning/h/x.yaml': HYPOTHESIS, 'learning/e/x.yml': EXPERIMENT, 'learning/i/x.yaml': HYPOTHESIS });
    const duplicates = problems.filter((p) => p.rule === 'duplicate-id');
    expect(duplicates).toHaveLength(3);
    expect(duplicates.find((p) => p.file === 'learning/h/x.yaml')!.message).toContain('also used by learning/e/x.yml, learning/i/x.yaml:');
  });
});

describe('checkGraph: references', () => {
  it('finds nothing wrong in valid linked records', () => {
    expect(check(VALID_FILES)).toEqual([]);
  });

  it('reports an unknown id at the list item, with a suggestion', () => {
    const problems = check({
      ...VALID_FILES,
      'learning/experiments/e.yaml': 'kind: experiment\ntitle: x\ntests: [riders-want-realtim]\nmethod: survey\nstatus: planned\n',
    });
    expect(problems).toEqual([expect.objectContaining({ file: 'learning/experiments/e.yaml', rule: 'unknown-reference', line: 3, column: 9 })]);
    expect(problems[0]!.message).toBe('tests names "riders-want-realtim", but no record has that id (did you mean "riders-want-realtime"?)');
  });

  it('reports a reference to a record of the wrong kind', () => {
    const problems = check({ ...VALID_FILES, 'learning/insights/i.yaml': 'kind: insight\ntitle: x\nlearned: y\nfrom: [riders-want-realtime]\n' });
    expect(problems).toEqual([expect.objectContaining({ rule: 'wrong-reference-kind', line: 4, column: 8 })]);
    expect(problems[0]!.message).toBe('from must name experiments — "riders-want-realtime" is a hypothesis');
  });

  it('resolves a reference to a record that failed its schema', () => {
    const problems = check({
      'learning/hypotheses/broken-h.yaml': 'kind: hypothesis\ntitle: x\n',
      'learning/experiments/e.yaml': 'kind: experiment\ntitle: x\ntests: [broken-h]\nmethod: survey\nstatus: planned\n',
    });
    expect(problems).toEqual([]);
  });

  it('leaves malformed ids to the schema', () => {
    const problems = check({ 'learning/experiments/e.yaml': 'kind: experiment\ntitle: x\ntests: [Not-An-Id]\nmethod: survey\nstatus: planned\n' });
    expect(problems).toEqual([]);
  });
});

describe('checkGraph: statuses', () => {
  it('warns about a supported hypothesis without a supporting experiment', () => {
    const problems = check({ 'learning/h.yaml': 'kind: hypothesis\ntitle: x\nstatement: s\nstatus: supported\n' });
    expect(problems).toEqual([expect.objectContaining({ rule: 'status-without-evidence', severity: 'warning', line: 4, column: 9 })]);
  });

  it('accepts a supported hypothesis backed by a done experiment that supports it', () => {
    const problems = check({
      'learning/h.yaml': 'kind: hypothesis\ntitle: x\nstatement: s\nstatus: supported\n',
      'learning/e.yaml': 'kind: experiment\ntitle: x\ntests: [h]\nmethod: survey\nstatus: done\nresult:\n  summary: s\n  outcome: supports\n',
    });
    expect(problems).toEqual([]);
  });

  it('warns about an insight drawn from an experiment that is not done', () => {
    const files = { ...VALID_FILES, 'learning/insights/i.yaml': 'kind: insight\ntitle: x\nlearned: y\nfrom:\n  - departures-panel\n' };
    const problems = check(files);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'learning/insights/i.yaml', rule: 'experiment-not-done', severity: 'warning', line: 5, column: 5 }),
    ]);
    expect(problems[0]!.message).toBe('the insight draws on "departures-panel", which is planned, not done');
  });

  it('does not warn about an insight drawn from a done experiment', () => {
    const done = 'kind: experiment\ntitle: x\ntests: [riders-want-realtime]\nmethod: panel\nstatus: done\nresult:\n  summary: s\n  outcome: supports\n';
    const files = {
      ...VALID_FILES,
      'learning/experiments/departures-panel.yaml': done,
      'learning/insights/i.yaml': 'kind: insight\ntitle: x\nlearned: y\nfrom: [departures-panel]\n',
    };
    expect(check(files)).toEqual([]);
  });
});
