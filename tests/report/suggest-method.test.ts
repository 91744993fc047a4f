// The method suggested next, table-tested: from each level of evidence and what was
// observed so far, with the default catalogue and with a team's own.
import { describe, expect, it } from 'vitest';
import { methodCatalogue } from '../../src/model/method-catalogue.js';
import type { EvidenceLevel, Observes } from '../../src/model/vocabulary.js';
import { whyText } from '../../src/render/next-reasons.js';
import { suggestMethod as suggestMethodKeyed } from '../../src/report/suggest-method.js';

const DEFAULTS = methodCatalogue(undefined);

/** The suggestion with its why as the English sentence `hypo next --format json` prints. */
function suggestMethod(...args: Parameters<typeof suggestMethodKeyed>) {
  const suggestion = suggestMethodKeyed(...args);
  return suggestion && { ...suggestion, why: whyText(suggestion.why) };
}

describe('suggestMethod', () => {
  it.each<[EvidenceLevel, Observes[], string | null, string | null]>([
    // Nothing yet: the cheapest weak method, an interview, long before an A/B test.
    ['none', [], 'interview', 'the cheapest way from no evidence to weak: what customers say, cost 1 of 5, about 7 days'],
    // Weak: the cheapest methods giving medium cost 2; with nothing observed, or only what people say, what they do wins.
    ['weak', [], 'usability-test', 'the cheapest way from weak evidence to medium: what customers do, cost 2 of 5, about 7 days, with at least 5 participants'],
    ['weak', ['says'], 'usability-test', null],
    // Only what people do so far: hearing what they say is what can agree with it.
    [
      'weak',
      ['does'],
      'survey',
      'the cheapest way from weak evidence to medium: what customers say, cost 2 of 5, about 7 days, with at least 100 participants',
    ],
    ['weak', ['says', 'does'], 'usability-test', null],
    [
      'medium',
      [],
      'analytics',
      'the cheapest way from medium evidence to strong: what customers do, cost 1 of 5, about 3 days, with at least 1000 participants',
    ],
    // Strong already: nothing gives more.
    ['strong', [], null, null],
  ])('from %s evidence, having observed %j: %s', (evidence, observed, method, why) => {
    const suggestion = suggestMethod(evidence, new Set(observed), DEFAULTS);
    expect(suggestion?.method ?? null).toBe(method);
    if (why) expect(suggestion?.why).toBe(why);
  });

  it('takes a stronger method only when none gives exactly the next step, and then needs only its smaller sample', () => {
    // A catalogue whose only medium methods are gone: from weak, the cheapest strong one, at its `min` sample.
    const catalogue = methodCatalogue({
      survey: { strength: 'weak' },
      'usability-test': { strength: 'weak' },
      prototype: { strength: 'weak' },
      'fake-door': { strength: 'weak' },
      'eye-tracking': { strength: 'weak' },
    });
    expect(suggestMethod('weak', new Set(), catalogue)).toEqual({
      method: 'analytics',
      why: 'the cheapest way from weak evidence to medium: what customers do, cost 1 of 5, about 3 days, with at least 100 participants',
    });
  });

  it("follows the team's catalogue: costs it changes, and methods it adds", () => {
    // Panel and focus group both cost 2 then: the one with fewer days.
    expect(suggestMethod('none', new Set(), methodCatalogue({ interview: { cost: 3 } }))?.method).toBe('focus-group');
    const added = methodCatalogue({ 'guerrilla-test': { observes: 'does', strength: 'weak', cost: 1, days: 1, description: 'Ask people in the street.' } });
    expect(suggestMethod('none', new Set(), added)).toEqual({
      method: 'guerrilla-test',
      why: 'the cheapest way from no evidence to weak: what customers do, cost 1 of 5, about 1 day',
    });
  });

  it('never suggests `other`, which stands for a method the catalogue does not name', () => {
    const catalogue = methodCatalogue({ other: { strength: 'strong', cost: 1, days: 1 } });
    expect(suggestMethod('medium', new Set(), catalogue)?.method).toBe('analytics');
  });
});
