import { describe, expect, it } from 'vitest';
import { locate } from '../../src/model/source-map.js';
import { parseRecordBytes, parseRecordText, readRecordFileSync } from '../../src/store/read-record-file.js';
import { makeRepo } from '../helpers/temp-repo.js';

const HYPOTHESIS = 'kind: hypothesis\ntitle: Riders want real-time\nstatement: We believe riders check on the go\nstatus: open\n';

const FILE = 'learning/hypotheses/riders-want.yaml';

describe('parseRecordBytes', () => {
  it('gives BOM + CRLF bytes the same data, positions and record as plain LF', () => {
    const plain = parseRecordBytes(Buffer.from(HYPOTHESIS), FILE);
    const windows = parseRecordBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(HYPOTHESIS.replace(/\n/g, '\r\n'))]), FILE);
    expect(plain.problems).toEqual([]);
    expect(windows.problems).toEqual([]);
    expect(windows.data).toEqual(plain.data);
    expect(windows.record).toEqual(plain.record);
    expect(windows.kind).toBe('hypothesis');
    expect(locate(windows.sourceMap, ['status'])).toEqual(locate(plain.sourceMap, ['status']));
  });

  it('takes the id from the file name', () => {
    expect(parseRecordBytes(Buffer.from(HYPOTHESIS), FILE).id).toBe('riders-want');
  });

  it('reports an invalid file name together with the other problems of the file', () => {
    const loaded = parseRecordBytes(Buffer.from(`${HYPOTHESIS}colour: red\n`), 'learning/hypotheses/Riders Want.yaml');
    expect(loaded.id).toBe('Riders Want');
    expect(loaded.problems.map((p) => p.rule)).toEqual(['invalid-id', 'unknown-field']);
    expect(loaded.problems[0]).toMatchObject({ line: 1, column: 1, severity: 'error' });
    expect(loaded.problems[0]!.message).toMatch(/^"Riders Want" is not a valid id: the id has upper-case letters/);
  });

  it('reports an invalid file name beside an encoding problem', () => {
    const loaded = parseRecordBytes(Buffer.from([0x61, 0x3a, 0xff]), 'learning/Bad.yaml');
    expect(loaded.problems.map((p) => p.rule)).toEqual(['invalid-id', 'invalid-encoding']);
    expect(loaded.text).toBeUndefined();
  });
});

describe('parseRecordText', () => {
  it('keeps the text and the kind of a record that fails its schema', () => {
    const loaded = parseRecordText('kind: hypothesis\ntitle: x\nstatus: open\n', FILE);
    expect(loaded.text).toBe('kind: hypothesis\ntitle: x\nstatus: open\n');
    expect(loaded.kind).toBe('hypothesis');
    expect(loaded.record).toBeUndefined();
    expect(loaded.problems.map((p) => p.rule)).toEqual(['missing-field']);
  });

  it('keeps the text of a file that does not parse', () => {
    const loaded = parseRecordText('- a\n', FILE);
    expect(loaded.text).toBe('- a\n');
    expect(loaded.data).toBeUndefined();
    expect(loaded.problems.map((p) => p.rule)).toEqual(['not-a-mapping']);
  });
});

describe('readRecordFileSync', () => {
  it('reads and validates a file from disk', async () => {
    const repo = makeRepo({ [FILE]: HYPOTHESIS });
    const loaded = readRecordFileSync(`${repo.root}/${FILE}`, FILE);
    expect(loaded.problems).toEqual([]);
    expect(loaded.record?.kind).toBe('hypothesis');
  });

  it('turns a missing file into an unreadable-file problem', async () => {
    const repo = makeRepo();
    const loaded = readRecordFileSync(`${repo.root}/learning/gone.yaml`, 'learning/gone.yaml');
    expect(loaded.problems).toEqual([expect.objectContaining({ rule: 'unreadable-file', file: 'learning/gone.yaml', line: 1, column: 1 })]);
    expect(loaded.problems[0]!.message).toContain('ENOENT');
  });
});
