import { describe, expect, it } from 'vitest';
import { ACTED_KEPT_FORM } from '../../src/operations/acted-kept-form.js';
import type { ActedDecision, ActedReport } from '../../src/report/acted-model.js';

const decision = (id: string, files: string[]): ActedDecision => ({
  id,
  title: `Beslut ${id}: åtgärda kön`,
  action: 'stop',
  date: '2026-10-01',
  state: files.length > 0 ? 'code-remains' : 'acted',
  firstCommit: files.length > 0 ? null : { sha: 'abc1234', date: '2026-10-04', subject: 'Ta bort kön' },
  days: files.length > 0 ? null : 3,
  files,
  file: `learning/insights/${id}.yaml`,
  line: 7,
});

const REPORT: ActedReport = {
  asOf: '2026-12-03',
  actWithinDays: 14,
  decisions: [
    decision('i-1', ['src/a.ts', 'src/b.ts', 'src/kö/ö.ts']),
    decision('i-2', []),
    decision('i-3', ['src/b.ts', 'src/a.ts']),
    decision('i-4', ['src/a.ts', 'src/b.ts', 'src/kö/ö.ts']),
  ],
  warnings: ['a warning'],
  skipped: [],
};

describe('acted kept form', () => {
  it('gives back exactly the report it packed, each path kept once', () => {
    const packed = ACTED_KEPT_FORM.pack(REPORT) as { paths: string[]; indexes: Int32Array };
    expect(packed.paths).toEqual(['src/a.ts', 'src/b.ts', 'src/kö/ö.ts']);
    expect(packed.indexes).toHaveLength(8);
    expect(ACTED_KEPT_FORM.unpack(structuredClone(packed))).toEqual(REPORT);
  });

  it('gives back nothing for a kept form that is not its own', () => {
    const packed = ACTED_KEPT_FORM.pack(REPORT) as { report: { decisions: { files: unknown }[] }; paths: string[]; indexes: Int32Array };
    expect(ACTED_KEPT_FORM.unpack(REPORT)).toBeUndefined();
    expect(ACTED_KEPT_FORM.unpack({ ...packed, indexes: [...packed.indexes] })).toBeUndefined();
    expect(ACTED_KEPT_FORM.unpack({ ...packed, paths: packed.paths.slice(0, 1) })).toBeUndefined();
    const pastTheEnd = structuredClone(packed);
    pastTheEnd.report.decisions[3]!.files = [5, 9];
    expect(ACTED_KEPT_FORM.unpack(pastTheEnd)).toBeUndefined();
    const backwards = structuredClone(packed);
    backwards.report.decisions[0]!.files = [3, 0];
    expect(ACTED_KEPT_FORM.unpack(backwards)).toBeUndefined();
  });
});
