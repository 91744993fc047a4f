// Pairs of versions met in commit order, whatever order the versions arrive in, each
// version read once even when several commits share it.
import { describe, expect, it } from 'vitest';
import { keysInOrder, pairVersionsInOrder, type VersionPair } from '../../src/store/versions-in-order.js';

const PAIRS: VersionPair[] = [
  { version: 'c', before: 'b' },
  { version: 'b', before: 'a' },
  // A revert: the first version again, shared with the oldest commit.
  { version: 'a', before: 'x' },
  { version: 'x', before: undefined },
];

describe('pairVersionsInOrder', () => {
  it('asks for each version once, in the order the pairs need them', () => {
    expect(keysInOrder(PAIRS)).toEqual(['c', 'b', 'a', 'x']);
  });

  it('visits each pair in order as soon as both its versions are in', () => {
    const visited: string[] = [];
    const arrive = pairVersionsInOrder<string>(PAIRS, (index, version, before) => visited.push(`${index}:${version}<${before ?? '-'}`));
    arrive('b', 'B');
    expect(visited).toEqual([]);
    arrive('c', 'C');
    expect(visited).toEqual(['0:C<B']);
    arrive('x', 'X');
    arrive('a', 'A');
    expect(visited).toEqual(['0:C<B', '1:B<A', '2:A<X', '3:X<-']);
  });

  it('ignores a key no pair uses', () => {
    const visited: number[] = [];
    const arrive = pairVersionsInOrder<string>([{ version: 'a', before: undefined }], (index) => visited.push(index));
    arrive('z', 'Z');
    arrive('a', 'A');
    expect(visited).toEqual([0]);
  });
});
