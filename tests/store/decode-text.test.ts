import { describe, expect, it } from 'vitest';
import { decodeRecordBytes, firstInvalidUtf8, MAX_RECORD_BYTES } from '../../src/store/decode-text.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe('decodeRecordBytes', () => {
  it('decodes UTF-8 with Swedish letters', () => {
    expect(decodeRecordBytes(bytes('title: Smörgåsbord på tåget\n'), 'f.yaml')).toEqual({ text: 'title: Smörgåsbord på tåget\n' });
  });

  it('strips a byte-order mark', () => {
    expect(decodeRecordBytes(bytes([0xef, 0xbb, 0xbf], 'kind: x\n'), 'f.yaml').text).toBe('kind: x\n');
  });

  it('places invalid UTF-8 at its line and column', () => {
    const decoded = decodeRecordBytes(bytes('a: 1\nb: 2\nc: x', [0xff], '\n'), 'f.yaml');
    expect(decoded.problem).toMatchObject({ file: 'f.yaml', line: 3, column: 5, rule: 'invalid-encoding', severity: 'error' });
  });

  it('counts the column in characters, not bytes', () => {
    const decoded = decodeRecordBytes(bytes('a: 1\nb: 2\nc: åä', [0xff]), 'f.yaml');
    expect(decoded.problem).toMatchObject({ line: 3, column: 6 });
  });

  it('reports a NUL byte as a binary file, at its place', () => {
    const decoded = decodeRecordBytes(bytes('a: 1\nb', [0x00]), 'f.yaml');
    expect(decoded.problem).toMatchObject({ rule: 'binary-file', line: 2, column: 2 });
  });

  it('reports a file over 1 MiB as too large', () => {
    const decoded = decodeRecordBytes(Buffer.alloc(MAX_RECORD_BYTES + 1, 0x61), 'f.yaml');
    expect(decoded.problem).toMatchObject({ rule: 'file-too-large', line: 1, column: 1 });
    expect(decoded.problem!.message).toMatch(/MiB/);
  });

  it('accepts a file of exactly 1 MiB', () => {
    expect(MAX_RECORD_BYTES).toBe(1024 * 1024);
    expect(decodeRecordBytes(Buffer.alloc(MAX_RECORD_BYTES, 0x61), 'f.yaml').text).toHaveLength(MAX_RECORD_BYTES);
  });
});

describe('firstInvalidUtf8', () => {
  it('is the length for valid text', () => {
    const valid = bytes('aå€😀');
    expect(firstInvalidUtf8(valid)).toBe(valid.length);
  });

  it.each([
    ['an overlong two-byte NUL (C0 80)', [0xc0, 0x80]],
    ['an overlong two-byte form (C1 BF)', [0xc1, 0xbf]],
    ['an overlong three-byte form (E0 80 80)', [0xe0, 0x80, 0x80]],
    ['an overlong four-byte form (F0 80 80 80)', [0xf0, 0x80, 0x80, 0x80]],
    ['a surrogate (ED A0 80)', [0xed, 0xa0, 0x80]],
    ['a code point past U+10FFFF (F4 90 80 80)', [0xf4, 0x90, 0x80, 0x80]],
    ['a lead byte past F4', [0xf5, 0x80, 0x80, 0x80]],
    ['a lone continuation byte', [0x80]],
    ['a sequence cut short', [0xe2, 0x82]],
  ])('rejects %s at its first byte', (_, sequence) => {
    expect(firstInvalidUtf8(bytes('ab', sequence, 'c'))).toBe(2);
  });

  it('accepts the edges of the valid ranges', () => {
    for (const sequence of [
      [0xc2, 0x80],
      [0xe0, 0xa0, 0x80],
      [0xed, 0x9f, 0xbf],
      [0xf0, 0x90, 0x80, 0x80],
      [0xf4, 0x8f, 0xbf, 0xbf],
    ]) {
      expect(firstInvalidUtf8(Buffer.from(sequence))).toBe(sequence.length);
    }
  });
});
