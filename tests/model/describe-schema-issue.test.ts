import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { type DescribedIssue, describeSchemaIssue, fieldName, show } from '../../src/model/describe-schema-issue.js';
import { ExperimentSchema, HypothesisSchema } from '../../src/model/schemas.js';

describe('fieldName', () => {
  it('joins keys with dots and indexes with brackets', () => {
    expect(fieldName(['result', 'summary'])).toBe('result.summary');
    expect(fieldName(['tests', 1])).toBe('tests[1]');
    expect(fieldName(['decision', 'next', 0])).toBe('decision.next[0]');
    expect(fieldName(['title'])).toBe('title');
  });

  it('calls the empty path the record', () => {
    expect(fieldName([])).toBe('the record');
  });
});

describe('show', () => {
  it('quotes short strings', () => {
    expect(show('testin')).toBe('"testin"');
  });

  it('cuts long strings to 57 characters and an ellipsis', () => {
    const shown = show('x'.repeat(100));
    expect(shown).toBe(`"${'x'.repeat(57)}…"`);
    expect(show('y'.repeat(60))).toBe(`"${'y'.repeat(60)}"`);
  });

  it('names lists, mappings, null and nothing', () => {
    expect(show(['a', 'b'])).toBe('a list');
    expect(show({ a: 1 })).toBe('a mapping');
    expect(show(null)).toBe('an empty value');
    expect(show(undefined)).toBe('nothing');
  });

  it('writes numbers and booleans as they are', () => {
    expect(show(42)).toBe('42');
    expect(show(true)).toBe('true');
  });
});

function describeAll(schema: z.ZodType, input: unknown, known: string[] = []): DescribedIssue[] {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) throw new Error('expected the input to fail');
  return result.error.issues.flatMap((issue) => describeSchemaIssue(issue, () => known));
}

const hypothesis = { kind: 'hypothesis', title: 't', statement: 's', status: 'open' };

describe('describeSchemaIssue', () => {
  it('reports each unknown key at its own path, at the key', () => {
    const described = describeAll(HypothesisSchema, { ...hypothesis, colour: 1, titel: 2 }, ['title', 'statement']);
    expect(described.map((d) => d.path)).toEqual([['colour'], ['titel']]);
    expect(described.every((d) => d.rule === 'unknown-field' && d.atKey)).toBe(true);
    expect(described[1]!.message).toBe('unknown field "titel" (did you mean "title"?); team extensions must start with "x-"');
  });

  it('names the mapping holding a nested unknown key', () => {
    const experiment = { kind: 'experiment', title: 't', tests: ['h'], method: 'survey', status: 'done', result: { summary: 's', outcom: 'x' } };
    const [described] = describeAll(ExperimentSchema, experiment, ['summary', 'outcome']);
    expect(described!.message).toBe('unknown field "outcom" in result (did you mean "outcome"?); team extensions must start with "x-"');
    expect(described!.path).toEqual(['result', 'outcom']);
  });

  it('calls a missing field required', () => {
    const described = describeAll(HypothesisSchema, { kind: 'hypothesis', title: 't', status: 'open' });
    expect(described).toEqual([{ rule: 'missing-field', message: 'statement is required', atKey: false, path: ['statement'] }]);
  });

  it('words a wrong type with what was found', () => {
    const described = describeAll(HypothesisSchema, { ...hypothesis, tags: ['ok', 42] });
    expect(described).toEqual([{ rule: 'wrong-type', message: 'tags[1] must be a text — got 42', atKey: false, path: ['tags', 1] }]);
  });

  it('tells an impossible date from a badly written one', () => {
    const [impossible] = describeAll(HypothesisSchema, { ...hypothesis, created: '2026-02-29' });
    expect(impossible).toMatchObject({ rule: 'invalid-date', message: 'created: "2026-02-29" is not a real calendar date' });
    const [badlyWritten] = describeAll(HypothesisSchema, { ...hypothesis, created: '5 mars 2026' });
    expect(badlyWritten).toMatchObject({ rule: 'invalid-date', message: 'created must be a date written YYYY-MM-DD — got "5 mars 2026"' });
  });

  it('reports a malformed id as an invalid reference', () => {
    const experiment = { kind: 'experiment', title: 't', tests: ['Bad Id'], method: 'survey', status: 'planned' };
    const [described] = describeAll(ExperimentSchema, experiment);
    expect(described).toMatchObject({ rule: 'invalid-reference', path: ['tests', 0] });
    expect(described!.message).toMatch(/^tests\[0\] must be a record id .* — got "Bad Id"$/);
  });

  it('words a single allowed value without a list', () => {
    const [described] = describeAll(z.strictObject({ kind: z.literal('hypothesis') }), { kind: 'insight' });
    expect(described).toMatchObject({ rule: 'invalid-value', message: 'kind must be "hypothesis" — got "insight"' });
  });

  it('words a string that is too long', () => {
    const [described] = describeAll(z.strictObject({ name: z.string().max(3) }), { name: 'abcdef' });
    expect(described).toMatchObject({ rule: 'invalid-value', message: 'name must be at most 3 characters long' });
  });

  it('words a number that is too large without a unit', () => {
    const [described] = describeAll(z.strictObject({ n: z.int().max(3) }), { n: 9 });
    expect(described).toMatchObject({ rule: 'invalid-value', message: 'n must be at most 3' });
  });
});
