import { describe, expect, it } from 'vitest';
import { closestMatch, didYouMean, editDistance, foldForMatching } from '../../src/model/suggest.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('statment', 'statement')).toBe(1);
    expect(editDistance('flaw', 'lawn')).toBe(2);
  });

  it('is symmetric', () => {
    expect(editDistance('hypothesis', 'hypotesis')).toBe(editDistance('hypotesis', 'hypothesis'));
  });

  it('returns limit + 1 once the distance exceeds the limit', () => {
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('abcd', 'abce', 2)).toBe(1);
  });
});

describe('closestMatch', () => {
  const statuses = ['open', 'testing', 'supported', 'refuted', 'inconclusive', 'retired'];

  it('finds a typo', () => {
    expect(closestMatch('testin', statuses)).toBe('testing');
    expect(closestMatch('suported', statuses)).toBe('supported');
  });

  it('ignores case in the input', () => {
    expect(closestMatch('OPEN', statuses)).toBe('open');
  });

  it('picks the nearest of several close candidates', () => {
    expect(closestMatch('retied', ['refuted', 'retired'])).toBe('retired');
  });

  it('returns undefined when nothing is close', () => {
    expect(closestMatch('banana', statuses)).toBeUndefined();
    expect(closestMatch('anything', [])).toBeUndefined();
  });

  it('falls back to a prefix match of three or more letters', () => {
    expect(closestMatch('inc', statuses)).toBe('inconclusive');
    expect(closestMatch('hyp', ['hypothesis', 'experiment'])).toBe('hypothesis');
  });

  it('does not prefix-match fewer than three letters', () => {
    expect(closestMatch('h', ['hypothesis', 'experiment'])).toBeUndefined();
  });
});

describe('foldForMatching', () => {
  it('lowercases and drops accents, rings and umlauts', () => {
    expect(foldForMatching('KÖPA')).toBe('kopa');
    expect(foldForMatching('Upptäcka')).toBe('upptacka');
    expect(foldForMatching('Ålesund café naïve')).toBe('alesund cafe naive');
  });

  it('folds precomposed and decomposed letters alike', () => {
    expect(foldForMatching('ko\u0308pa')).toBe(foldForMatching('k\u00f6pa'));
  });
});

describe('closestMatch on folded words', () => {
  const journey = ['upptäcka', 'planera', 'köpa', 'resa', 'efter resan'];

  it('ignores å, ä and ö against a, o and case, and suggests the configured spelling', () => {
    expect(closestMatch('kopa', journey)).toBe('köpa');
    expect(closestMatch('KÖPA', journey)).toBe('köpa');
    expect(closestMatch('KOPA', journey)).toBe('köpa');
    expect(closestMatch('Planera', journey)).toBe('planera');
    expect(closestMatch('upptacka', journey)).toBe('upptäcka');
    expect(closestMatch('Efter Resan', journey)).toBe('efter resan');
  });

  it('still finds a typo on top of a missing umlaut', () => {
    expect(closestMatch('uptacka', journey)).toBe('upptäcka');
  });

  it('prefers the candidate spelt like the input among those that fold alike', () => {
    expect(closestMatch('köpa', ['kopa', 'köpa'])).toBe('köpa');
    expect(closestMatch('kopa', ['köpa', 'kopa'])).toBe('kopa');
  });

  it('prefers a candidate equal but for case and diacritics to one a letter away', () => {
    expect(closestMatch('resa', ['resan', 'Resa'])).toBe('Resa');
  });

  it('finds nothing for a word far from every candidate', () => {
    expect(closestMatch('betala', journey)).toBeUndefined();
    expect(closestMatch('xyz', journey)).toBeUndefined();
  });

  it('prefix-matches folded words', () => {
    expect(closestMatch('UPPT', journey)).toBe('upptäcka');
  });
});

describe('didYouMean', () => {
  it('words a suggestion', () => {
    expect(didYouMean('testin', ['open', 'testing'])).toBe(' (did you mean "testing"?)');
  });

  it('is empty when there is none', () => {
    expect(didYouMean('banana', ['open', 'testing'])).toBe('');
  });
});
