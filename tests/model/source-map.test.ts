import { describe, expect, it } from 'vitest';
import { locate, type PackedSourceMap, packSourceMap, pathKey, type SourceMap, START_OF_FILE } from '../../src/model/source-map.js';

const map: SourceMap = {
  values: {
    [pathKey([])]: [1, 1, 9, 1],
    [pathKey(['title'])]: [2, 8, 2, 12],
    [pathKey(['tests'])]: [4, 3, 6, 1],
    [pathKey(['tests', 0])]: [4, 5, 4, 10],
    [pathKey(['result'])]: [7, 3, 8, 1],
  },
  keys: {
    [pathKey(['title'])]: [2, 1, 2, 6],
    [pathKey(['tests'])]: [3, 1, 3, 6],
    [pathKey(['result'])]: [6, 1, 6, 7],
  },
};

describe('pathKey', () => {
  it('keeps string and number steps apart from a plain join', () => {
    expect(pathKey(['a', 'b'])).not.toBe(pathKey(['a.b']));
    expect(pathKey([])).toBe('');
  });
});

describe('locate', () => {
  it('finds the value at an exact path', () => {
    expect(locate(map, ['title'])).toEqual([2, 8, 2, 12]);
    expect(locate(map, ['tests', 0])).toEqual([4, 5, 4, 10]);
  });

  it('finds the key when asked for it', () => {
    expect(locate(map, ['title'], 'key')).toEqual([2, 1, 2, 6]);
  });

  it('falls back to the value when a key is asked for but has none', () => {
    expect(locate(map, ['tests', 0], 'key')).toEqual([4, 5, 4, 10]);
  });

  it('points a missing field at its parent key', () => {
    expect(locate(map, ['result', 'summary'])).toEqual([6, 1, 6, 7]);
  });

  it('points a missing list item at the key of the list', () => {
    expect(locate(map, ['tests', 3])).toEqual([3, 1, 3, 6]);
  });

  it('walks up several levels to the nearest ancestor', () => {
    expect(locate(map, ['result', 'deep', 'deeper'])).toEqual([6, 1, 6, 7]);
  });

  it('points a missing top-level field at the whole mapping', () => {
    expect(locate(map, ['statement'])).toEqual([1, 1, 9, 1]);
  });

  it('gives the start of the file without a map', () => {
    expect(locate(undefined, ['title'])).toEqual(START_OF_FILE);
    expect(START_OF_FILE).toEqual([1, 1, 1, 1]);
  });

  it('gives the start of the file when nothing on the path is mapped', () => {
    expect(locate({ values: {}, keys: {} }, ['a', 'b'])).toEqual(START_OF_FILE);
  });
});

describe('locate in a packed map', () => {
  /** Every question locate answers above, and some it walks up from. */
  const questions: [(string | number)[], 'value' | 'key'][] = [
    [[], 'value'],
    [['title'], 'value'],
    [['title'], 'key'],
    [['tests', 0], 'key'],
    [['tests', 3], 'value'],
    [['result', 'summary'], 'value'],
    [['result', 'deep', 'deeper'], 'key'],
    [['statement'], 'value'],
    [['a\nb'], 'value'],
    [['__proto__'], 'value'],
  ];

  it('answers the first question from the packed form and later ones unpacked, each as the unpacked map does', () => {
    for (const [path, prefer] of questions) {
      // A fresh packed map each time: its first question.
      expect(locate(packSourceMap(map), path, prefer), JSON.stringify([path, prefer])).toEqual(locate(map, path, prefer));
    }
    const packed = packSourceMap(map);
    for (const [path, prefer] of questions) expect(locate(packed, path, prefer), JSON.stringify([path, prefer])).toEqual(locate(map, path, prefer));
  });

  it('reads a path listed twice as unpacking does: the last span of each kind', () => {
    const twice: PackedSourceMap = {
      paths: ['', 'title', 'title'].join('\n'),
      spans: Int32Array.from([1, 1, 5, 1, 0, 0, 0, 0, 2, 8, 2, 9, 2, 1, 2, 6, 3, 8, 3, 9, 0, 0, 0, 0]),
    };
    const copy = (): PackedSourceMap => ({ paths: twice.paths, spans: twice.spans.slice() });
    const unpackedOnce = copy();
    locate(unpackedOnce, ['x']);
    for (const [path, prefer] of [...questions, [['title'], 'key'] as const]) expect(locate(copy(), path, prefer)).toEqual(locate(unpackedOnce, path, prefer));
    expect(locate(copy(), ['title'])).toEqual([3, 8, 3, 9]);
    expect(locate(copy(), ['title'], 'key')).toEqual([2, 1, 2, 6]);
  });
});
