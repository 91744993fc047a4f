// Any valid record, written the way `hypo new` writes it, reads back as the same data
// with no problems: formatNewRecord → bytes → parseRecordBytes → data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/model/vocabulary.js';
import { formatNewRecord } from '../../src/store/format-new-record.js';
import { parseRecordBytes } from '../../src/store/read-record-file.js';
import { placeOf, record, SEED } from './arbitraries.js';

describe.each(KINDS)('a random %s', (kind) => {
  const { file, schema } = placeOf(kind);

  it('round-trips through formatNewRecord and parseRecordBytes', () => {
    fc.assert(
      fc.property(record(kind), (data) => {
        const text = formatNewRecord(data, schema);
        const loaded = parseRecordBytes(Buffer.from(text), file);
        expect(loaded.problems, text).toEqual([]);
        expect(loaded.data).toEqual(data);
        expect(loaded.kind).toBe(kind);
        expect(loaded.record).toBeDefined();
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('round-trips with CRLF line ends and a byte-order mark as well', () => {
    fc.assert(
      fc.property(record(kind), (data) => {
        const text = `\uFEFF${formatNewRecord(data, schema).replace(/\n/g, '\r\n')}`;
        const loaded = parseRecordBytes(Buffer.from(text), file);
        expect(loaded.problems, text).toEqual([]);
        expect(loaded.data).toEqual(data);
      }),
      { seed: SEED, numRuns: 50 },
    );
  });
});

// Found by the properties above, and fixed: each case once wrote text that read back differently.
describe('formatNewRecord, on text that once read back differently', () => {
  const roundTrip = (data: Record<string, unknown>) => parseRecordBytes(Buffer.from(formatNewRecord(data, 'x.json')), 'learning/hypotheses/x.yaml');
  const base = { kind: 'hypothesis', title: 't', statement: 's', status: 'open' };

  it('keeps a list item with a line break out of a flow list, where it would become a key', () => {
    const data = { ...base, tags: [':\nfärja'] };
    expect(roundTrip(data).data).toEqual(data);
  });

  it('keeps the spaces of a text of only spaces and line breaks', () => {
    const data = { ...base, statement: ' \n' };
    expect(roundTrip(data).data).toEqual(data);
  });
});
