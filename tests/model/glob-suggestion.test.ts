// The "did you mean" of a `code:` glob that matches nothing: the first name git tracks
// nothing under, swapped for the closest tracked name at that place, and only when the
// glob then matches.
import { describe, expect, it } from 'vitest';
import { codeIndex } from '../../src/model/code-globs.js';
import { globSuggester } from '../../src/model/glob-suggestion.js';

const suggest = globSuggester(
  codeIndex(['src/checkout/payment-step.ts', 'src/checkout/guest/gästköp.ts', 'src/färja/position.ts', 'src/app.ts', 'src/payments/stripe.ts', 'docs/x.md']),
);

describe('globSuggester', () => {
  it.each([
    ['src/chekout/**', 'src/checkout/**'],
    ['scr/checkout/**', 'src/checkout/**'],
    ['src/checkout/gust/**', 'src/checkout/guest/**'],
    ['./src/chekout/**', './src/checkout/**'],
    ['src/farja/*.ts', 'src/färja/*.ts'],
    ['src/ap.ts', 'src/app.ts'],
    ['src/checkout', 'src/checkout/**'],
    ['src/checkout/guest/', undefined],
  ])('%s → %s', (glob, suggestion) => {
    expect(suggest(glob)).toBe(suggestion);
  });

  it('suggests nothing far from every tracked name, inside glob syntax, or that would still match nothing', () => {
    expect(suggest('lib/**')).toBeUndefined();
    expect(suggest('src/payments/swish/**')).toBeUndefined();
    expect(suggest('src/*/chekout/**')).toBeUndefined();
    expect(suggest('src/chekout/*.js')).toBeUndefined();
  });
});
