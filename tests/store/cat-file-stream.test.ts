// cat-file --batch output parsed as it streams: cut by byte sizes whatever the chunks,
// missing names and non-blobs kept in their place, a blob over the cap never held.
import { describe, expect, it } from 'vitest';
import { type CatFileObject, catFileParser } from '../../src/store/cat-file-stream.js';

const encode = (text: string) => new TextEncoder().encode(text);
const shown = (object: CatFileObject) => (object.found === 'blob' ? new TextDecoder().decode(object.bytes) : object);

function parseChunks(chunks: readonly Uint8Array[], maxBytes = 100): unknown[] {
  const objects: unknown[] = [];
  const push = catFileParser(maxBytes, (object) => objects.push(shown(object)));
  for (const chunk of chunks) push(chunk);
  return objects;
}

const FIRST = 'title: Färjan över sundet\n';
const SECOND = 'title: Öppet\n';
const OUTPUT = encode(
  [
    `${'a'.repeat(40)} blob ${encode(FIRST).length}\n${FIRST}\n`,
    'abc:learning/my file.yaml missing\n',
    `${'c'.repeat(40)} tree 3\nxyz\n`,
    `${'e'.repeat(40)} blob 0\n\n`,
    `${'f'.repeat(40)} blob 150\n${'x'.repeat(150)}\n`,
    `${'b'.repeat(40)} blob ${encode(SECOND).length}\n${SECOND}\n`,
  ].join(''),
);
const EXPECTED = [FIRST, { found: 'none' }, { found: 'none' }, '', { found: 'too-large', size: 150 }, SECOND];

describe('catFileParser', () => {
  it('cuts objects by their size in bytes, in one chunk', () => {
    expect(encode(FIRST).length).toBeGreaterThan(FIRST.length);
    expect(parseChunks([OUTPUT])).toEqual(EXPECTED);
  });

  it('gives the same objects when the output is split in two at every byte', () => {
    for (let cut = 1; cut < OUTPUT.length; cut++) {
      expect(parseChunks([OUTPUT.subarray(0, cut), OUTPUT.subarray(cut)]), `cut at ${cut}`).toEqual(EXPECTED);
    }
  });

  it('gives the same objects when every byte is its own chunk', () => {
    expect(parseChunks([...OUTPUT].map((byte) => Uint8Array.of(byte)))).toEqual(EXPECTED);
  });

  it('hands each object over as soon as its last byte is in', () => {
    const seen: number[] = [];
    const push = catFileParser(100, () => seen.push(1));
    const end = OUTPUT.indexOf(0x0a) + 1 + encode(FIRST).length;
    push(OUTPUT.subarray(0, end));
    expect(seen).toHaveLength(1);
  });
});
