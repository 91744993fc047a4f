import { describe, expect, it } from 'vitest';
import { type ValidatedRecord, validateRecord } from '../../src/model/validate-record.js';
import { parseYamlMapping } from '../../src/store/parse-yaml.js';

const EXPERIMENT = 'kind: experiment\ntitle: Panel\ntests: [riders-want-realtime]\nmethod: panel\nstatus: planned\n';
const HYPOTHESIS = 'kind: hypothesis\ntitle: Riders want real-time\nstatement: We believe riders check on the go\nstatus: open\n';
const INSIGHT = 'kind: insight\ntitle: Plan at home\nlearned: Most riders plan before they leave\n';

function validate(text: string, file = 'learning/x.yaml'): ValidatedRecord {
  const parsed = parseYamlMapping(text, file);
  if (!parsed.data || !parsed.sourceMap) throw new Error(`not parsed: ${JSON.stringify(parsed.problems)}`);
  return validateRecord({ file, data: parsed.data, sourceMap: parsed.sourceMap });
}

const rules = (result: ValidatedRecord) => result.problems.map((problem) => problem.rule);
const EXPERIMENT_BASE = 'kind: experiment\ntitle: x\ntests: [riders-want]\nmethod: survey\n';

describe('validateRecord: valid records', () => {
  it.each([
    ['hypothesis', HYPOTHESIS],
    ['experiment', EXPERIMENT],
    ['insight', INSIGHT],
  ] as const)('passes a %s with its kind and record', (kind, text) => {
    const result = validate(text);
    expect(result.problems).toEqual([]);
    expect(result.kind).toBe(kind);
    expect(result.record?.kind).toBe(kind);
    expect(result.record?.title).toBeTypeOf('string');
  });

  it('allows x- keys at the top level and inside result and decision', () => {
    const experiment = validate(`${EXPERIMENT_BASE}status: done\nx-team: blue\nresult:\n  summary: s\n  outcome: supports\n  x-link: https://example.com\n`);
    expect(experiment.problems).toEqual([]);
    expect(experiment.record).toBeDefined();
    const insight = validate(`${INSIGHT}decision:\n  action: pivot\n  summary: z\n  x-ticket: ABC-1\n`);
    expect(insight.problems).toEqual([]);
    expect(insight.record).toBeDefined();
  });

  it('leaves x- keys out of the validated record', () => {
    const result = validate(`${HYPOTHESIS}x-team: blue\n`);
    expect(result.record).toBeDefined();
    expect(Object.keys(result.record!)).not.toContain('x-team');
  });

  it('passes Swedish letters and emoji in text', () => {
    const result = validate('kind: hypothesis\ntitle: Resenärer åker hellre tåg 🚆\nstatement: Vi tror att ö-borna äter gröt\nstatus: open\n');
    expect(result.problems).toEqual([]);
    expect(result.record?.title).toBe('Resenärer åker hellre tåg 🚆');
  });
});

describe('validateRecord: schema problems', () => {
  it('rejects an unknown field at its key, with a suggestion', () => {
    const result = validate(`${HYPOTHESIS}statment: typo\n`);
    expect(result.record).toBeUndefined();
    expect(result.kind).toBe('hypothesis');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ rule: 'unknown-field', line: 5, column: 1, endLine: 5, endColumn: 9, severity: 'error' });
    expect(result.problems[0]!.message).toContain('did you mean "statement"');
  });

  it('rejects an experiment that tests nothing', () => {
    const result = validate(`kind: experiment\ntitle: x\ntests: []\nmethod: survey\nstatus: planned\n`);
    expect(result.record).toBeUndefined();
    expect(result.problems).toEqual([expect.objectContaining({ rule: 'missing-field', line: 3, column: 8, message: 'tests must list at least 1' })]);
  });

  it('rejects a negative sample', () => {
    const result = validate(`${EXPERIMENT_BASE}status: planned\nsample: -1\n`);
    expect(result.problems).toEqual([expect.objectContaining({ rule: 'invalid-value', line: 6, column: 9, message: 'sample must be at least 0 — got -1' })]);
  });

  it('rejects a sample that is not a whole number', () => {
    const result = validate(`${EXPERIMENT_BASE}status: planned\nsample: 2.5\n`);
    expect(result.problems).toEqual([expect.objectContaining({ rule: 'wrong-type', line: 6, column: 9 })]);
    expect(result.problems[0]!.message).toMatch(/^sample must be .* — got 2\.5$/);
  });

  it('accepts a sample of zero', () => {
    expect(validate(`${EXPERIMENT_BASE}status: planned\nsample: 0\n`).problems).toEqual([]);
  });

  it('rejects a decision action outside the list, with a suggestion', () => {
    const result = validate(`${INSIGHT}decision:\n  action: pivt\n  summary: z\n`);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ rule: 'invalid-value', line: 5, column: 11 });
    expect(result.problems[0]!.message).toBe('decision.action must be one of persevere, pivot, stop, iterate — got "pivt" (did you mean "pivot"?)');
  });
});

describe('validateRecord: kind', () => {
  it('requires a kind, pointing at the start of the mapping', () => {
    const result = validate('title: x\n');
    expect(result.kind).toBeUndefined();
    expect(result.problems).toEqual([expect.objectContaining({ rule: 'missing-kind', line: 1, column: 1 })]);
    expect(result.problems[0]!.message).toBe('kind is required: one of hypothesis, experiment, insight');
  });

  it('rejects an unknown kind at its value, with a suggestion', () => {
    const result = validate('kind: hypotesis\ntitle: x\n');
    expect(result.kind).toBeUndefined();
    expect(result.problems).toEqual([expect.objectContaining({ rule: 'unknown-kind', line: 1, column: 7 })]);
    expect(result.problems[0]!.message).toContain('did you mean "hypothesis"');
  });

  it('rejects a kind that is not text', () => {
    const result = validate('kind: 3\n');
    expect(rules(result)).toEqual(['unknown-kind']);
    expect(result.problems[0]!.message).toContain('a value that is not text');
  });
});

describe('validateRecord: experiment rules', () => {
  it('reports an end before the start at the end', () => {
    const result = validate(`${EXPERIMENT_BASE}status: running\nstart: 2026-03-10\nend: 2026-03-01\n`);
    expect(result.problems).toEqual([expect.objectContaining({ rule: 'end-before-start', line: 7, column: 6, severity: 'error' })]);
    expect(result.problems[0]!.message).toBe('end 2026-03-01 is before start 2026-03-10');
  });

  it('accepts an end on the start day', () => {
    expect(validate(`${EXPERIMENT_BASE}status: running\nstart: 2026-03-10\nend: 2026-03-10\n`).problems).toEqual([]);
  });

  it('reports a done experiment without a result at its status', () => {
    const result = validate(`${EXPERIMENT_BASE}status: done\n`);
    expect(result.problems).toEqual([expect.objectContaining({ rule: 'done-without-result', line: 5, column: 9, severity: 'error' })]);
  });

  it('warns about a done experiment whose result has no outcome, at the result key', () => {
    const result = validate(`${EXPERIMENT_BASE}status: done\nresult:\n  summary: fine\n`);
    expect(result.problems).toEqual([expect.objectContaining({ rule: 'done-without-outcome', line: 6, column: 1, severity: 'warning' })]);
    // A warning does not keep the record from passing its schema.
    expect(result.record).toBeDefined();
  });

  it('runs the experiment rules even when another field is wrong', () => {
    const result = validate(`${EXPERIMENT_BASE}status: done\ncolour: red\n`);
    expect(rules(result).sort()).toEqual(['done-without-result', 'unknown-field']);
  });
});
