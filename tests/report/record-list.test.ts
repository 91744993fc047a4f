import { describe, expect, it } from 'vitest';
import type { GraphInput } from '../../src/model/graph.js';
import { HypoError } from '../../src/model/hypo-error.js';
import { listRecords, parseListFilters, statusOf, titleOf } from '../../src/report/record-list.js';
import { loadFile } from '../helpers/load-files.js';

const load = loadFile;

const FILES: GraphInput[] = [
  load('learning/insights/i-undecided.yaml', 'kind: insight\ntitle: Undecided\nlearned: l\ntags: [a]\n'),
  load('learning/insights/i-decided.yaml', 'kind: insight\ntitle: Decided\nlearned: l\ndecision:\n  action: stop\n  summary: s\n'),
  load('learning/experiments/e-one.yaml', 'kind: experiment\ntitle: E\ntests: [h-b]\nmethod: panel\nstatus: running\nowner: Åsa Ek\n'),
  load('learning/hypotheses/h-b.yaml', 'kind: hypothesis\ntitle: Bära\nstatement: s\nstatus: open\ntags: [a, b]\nowner: ÅSA EK\n'),
  load('learning/hypotheses/h-a.yaml', 'kind: hypothesis\ntitle: 42\nstatement: s\nstatus: [open]\n'),
  load('learning/hypotheses/no-kind.yaml', 'title: x\n'),
  load('learning/hypotheses/not-yaml.yaml', 'kind: hypothesis\ntitle: [unclosed\n'),
];

const ids = (filters: Parameters<typeof parseListFilters>[0] = {}) => listRecords(FILES, parseListFilters(filters)).map((row) => row.id);

function filterError(input: Parameters<typeof parseListFilters>[0]): HypoError {
  try {
    parseListFilters(input);
  } catch (error) {
    if (error instanceof HypoError) return error;
    throw error;
  }
  throw new Error('expected a HypoError');
}

describe('listRecords', () => {
  it('sorts by kind, then id, and skips files without a known kind', () => {
    expect(ids()).toEqual(['h-a', 'h-b', 'e-one', 'i-decided', 'i-undecided']);
  });

  it('reads title and status leniently: "" when they are not text', () => {
    expect(listRecords(FILES)[0]).toEqual({ id: 'h-a', kind: 'hypothesis', title: '', status: '', file: 'learning/hypotheses/h-a.yaml' });
    expect(listRecords(FILES)[1]).toMatchObject({ title: 'Bära', status: 'open' });
  });

  it('gives insights decided or undecided', () => {
    expect(statusOf('insight', { decision: { action: 'stop' } })).toBe('decided');
    expect(statusOf('insight', { decision: null })).toBe('undecided');
    expect(statusOf('insight', {})).toBe('undecided');
    expect(statusOf('hypothesis', { status: 'open' })).toBe('open');
    expect(titleOf(undefined)).toBe('');
  });

  it('filters by kind, status, tag and owner together', () => {
    expect(ids({ kind: 'hypothesis' })).toEqual(['h-a', 'h-b']);
    expect(ids({ status: 'undecided' })).toEqual(['i-undecided']);
    expect(ids({ tag: 'a' })).toEqual(['h-b', 'i-undecided']);
    expect(ids({ tag: 'a', kind: 'insight' })).toEqual(['i-undecided']);
    expect(ids({ owner: 'åsa ek' })).toEqual(['h-b', 'e-one']);
    expect(ids({ owner: 'Åsa' })).toEqual([]);
  });
});

describe('parseListFilters', () => {
  it('takes a unique prefix or the folder name of a kind, in any case', () => {
    expect(parseListFilters({ kind: 'h' }).kind).toBe('hypothesis');
    expect(parseListFilters({ kind: 'EXP' }).kind).toBe('experiment');
    expect(parseListFilters({ kind: 'insights' }).kind).toBe('insight');
  });

  it('rejects an unknown or empty kind as a usage error', () => {
    const error = filterError({ kind: 'insigt' });
    expect(error.code).toBe('unknown-kind');
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain('(did you mean "insight"?)');
    expect(filterError({ kind: '' }).code).toBe('unknown-kind');
  });

  it('accepts a status of the kind, or of any kind without one', () => {
    expect(parseListFilters({ kind: 'experiment', status: 'Running' })).toEqual({ kind: 'experiment', status: 'running' });
    expect(parseListFilters({ status: 'decided' })).toEqual({ status: 'decided' });
  });

  it('rejects a status the kind does not have and names the kind that has it', () => {
    const error = filterError({ kind: 'insight', status: 'open' });
    expect(error.message).toBe('--status "open" is not a status of an insight (decided, undecided)');
    expect(error.hint).toBe('"open" is a status of a hypothesis: hypo list --kind hypothesis --status open');
    expect(filterError({ status: 'nope' }).hint).toMatch(/^the statuses are open, testing/);
  });

  it('passes tag and owner through as given', () => {
    expect(parseListFilters({ tag: 'Färja', owner: 'Sara' })).toEqual({ tag: 'Färja', owner: 'Sara' });
  });
});
