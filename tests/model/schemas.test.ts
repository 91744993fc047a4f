import { describe, expect, it } from 'vitest';
import { DateSchema, ExperimentSchema, HypothesisSchema, isExtensionKey, RECORD_SCHEMAS, RecordIdSchema } from '../../src/model/schemas.js';
import { KINDS } from '../../src/model/vocabulary.js';

describe('record schemas', () => {
  it('has one schema per kind', () => {
    expect(Object.keys(RECORD_SCHEMAS).sort()).toEqual([...KINDS].sort());
  });

  it('requires title, statement and status of a hypothesis', () => {
    const result = HypothesisSchema.safeParse({ kind: 'hypothesis' });
    expect(result.success).toBe(false);
    const missing = result.error!.issues.map((issue) => issue.path.join('.')).sort();
    expect(missing).toEqual(['statement', 'status', 'title']);
  });

  it('rejects an empty title', () => {
    expect(HypothesisSchema.safeParse({ kind: 'hypothesis', title: '', statement: 's', status: 'open' }).success).toBe(false);
  });

  it('rejects unknown keys, x- keys included (they are stripped before validation)', () => {
    const base = { kind: 'hypothesis', title: 't', statement: 's', status: 'open' };
    expect(HypothesisSchema.safeParse(base).success).toBe(true);
    expect(HypothesisSchema.safeParse({ ...base, 'x-team': 'a' }).success).toBe(false);
  });

  it('checks the ids an experiment tests', () => {
    const base = { kind: 'experiment', title: 't', method: 'survey', status: 'planned' };
    expect(ExperimentSchema.safeParse({ ...base, tests: ['riders-want'] }).success).toBe(true);
    expect(ExperimentSchema.safeParse({ ...base, tests: ['../etc/passwd'] }).success).toBe(false);
  });
});

describe('DateSchema and RecordIdSchema', () => {
  it('accepts real dates only', () => {
    expect(DateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(DateSchema.safeParse('2023-02-29').success).toBe(false);
    expect(DateSchema.safeParse('2026-13-01').success).toBe(false);
  });

  it('accepts ids up to 80 characters', () => {
    expect(RecordIdSchema.safeParse('a'.repeat(80)).success).toBe(true);
    expect(RecordIdSchema.safeParse('a'.repeat(81)).success).toBe(false);
    expect(RecordIdSchema.safeParse('Upper').success).toBe(false);
  });
});

describe('isExtensionKey', () => {
  it('is true for keys starting with x-', () => {
    expect(isExtensionKey('x-team')).toBe(true);
    expect(isExtensionKey('x-')).toBe(true);
  });

  it('is false for other keys', () => {
    expect(isExtensionKey('x_team')).toBe(false);
    expect(isExtensionKey('X-team')).toBe(false);
    expect(isExtensionKey('team-x-')).toBe(false);
  });
});
