// What crosses from a parser worker must come back as the same loaded files.
import { describe, expect, it } from 'vitest';
import { locate, packSourceMap } from '../../src/model/source-map.js';
import { parseRecordText } from '../../src/store/read-record-file.js';
import { fromTransfer, toTransfer } from '../../src/store/transfer-files.js';

const TEXT = 'kind: experiment\ntitle: Panel\ntests:\n  - a\n  - b\nmethod: panel\nstatus: done\nresult:\n  summary: Bra\n  outcome: supports\nx-team: färja\n';

describe('transfer of loaded files', () => {
  it('rebuilds the record and keeps every position', () => {
    const loaded = parseRecordText(TEXT, 'learning/e/panel.yaml');
    const [back] = fromTransfer(structuredClone(toTransfer([loaded])));
    expect(back!.record).toEqual(loaded.record);
    expect(back!.record).not.toHaveProperty('x-team');
    expect(back!.data).toEqual(loaded.data);
    for (const path of [['tests', 1], ['result', 'outcome'], ['status'], ['x-team'], ['result'], []] as const) {
      expect(locate(back!.sourceMap, path)).toEqual(locate(loaded.sourceMap, path));
      expect(locate(back!.sourceMap, path, 'key')).toEqual(locate(loaded.sourceMap, path, 'key'));
    }
  });

  it('leaves invalid files without a record', () => {
    const loaded = parseRecordText('kind: hypothesis\ntitle: x\n', 'learning/h/x.yaml');
    const [back] = fromTransfer(toTransfer([loaded]));
    expect(back!.record).toBeUndefined();
    expect(back!.problems).toEqual(loaded.problems);
  });

  it('packs a source map into two objects', () => {
    const packed = packSourceMap({ values: { a: [1, 2, 3, 4], 'b\u001f0': [5, 6, 7, 8] }, keys: { a: [1, 1, 1, 2] } });
    expect(packed.paths).toBe('a\nb\u001f0');
    expect([...packed.spans]).toEqual([1, 2, 3, 4, 1, 1, 1, 2, 5, 6, 7, 8, 0, 0, 0, 0]);
  });
});
