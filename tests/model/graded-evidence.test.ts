import { describe, expect, it } from 'vitest';
import { experimentEvidence, gradedEvidence } from '../../src/model/graded-evidence.js';
import { DEFAULT_METHODS, methodCatalogue, methodEntry, methodNames } from '../../src/model/method-catalogue.js';
import type { Experiment } from '../../src/model/schemas.js';
import { EXPERIMENT_METHODS, type Outcome } from '../../src/model/vocabulary.js';

const catalogue = methodCatalogue(undefined);

const done = (method: string, outcome: Outcome, sample?: number): Pick<Experiment, 'method' | 'status' | 'sample' | 'result'> => ({
  method,
  status: 'done',
  ...(sample === undefined ? {} : { sample }),
  result: { summary: 's', outcome },
});

describe('experimentEvidence: method × sample × outcome', () => {
  // Written out rather than read from the catalogue: a default moved should fail here.
  // Columns: method, sample (undefined: not stated), outcome, expected.
  const table: [string, number | undefined, Outcome, string][] = [
    // says, weak at best: the sample changes nothing, inconclusive stays weak.
    ['interview', 12, 'supports', 'weak'],
    ['interview', undefined, 'refutes', 'weak'],
    ['interview', 1, 'inconclusive', 'weak'],
    ['focus-group', 8, 'supports', 'weak'],
    ['panel', 200, 'supports', 'weak'],
    ['other', 5000, 'supports', 'weak'],
    // says, medium at best (survey: weak under 30, medium from 100).
    ['survey', 150, 'supports', 'medium'],
    ['survey', 100, 'refutes', 'medium'],
    ['survey', 99, 'supports', 'weak'],
    ['survey', 29, 'supports', 'weak'],
    ['survey', undefined, 'supports', 'weak'],
    ['survey', 150, 'inconclusive', 'weak'],
    // does, medium at best.
    ['fake-door', 400, 'supports', 'medium'],
    ['fake-door', 50, 'supports', 'weak'],
    ['usability-test', 5, 'refutes', 'medium'],
    ['usability-test', 4, 'refutes', 'weak'],
    ['prototype', 15, 'supports', 'medium'],
    ['eye-tracking', 30, 'supports', 'medium'],
    // does, strong at best: one step less under `full` or unstated, weak under `min`, one less when inconclusive.
    ['ab-test', 21870, 'supports', 'strong'],
    ['ab-test', 1000, 'refutes', 'strong'],
    ['ab-test', 999, 'supports', 'medium'],
    ['ab-test', undefined, 'supports', 'medium'],
    ['ab-test', 99, 'supports', 'weak'],
    ['ab-test', 21870, 'inconclusive', 'medium'],
    ['ab-test', 500, 'inconclusive', 'weak'],
    ['ab-test', 3, 'inconclusive', 'weak'],
    ['analytics', 5000, 'refutes', 'strong'],
    ['concierge', 10, 'supports', 'strong'],
    ['concierge', 6, 'supports', 'medium'],
    ['concierge', 2, 'supports', 'weak'],
  ];

  it.each(table)('a done %s with sample %s that %s gives %s evidence', (method, sample, outcome, expected) => {
    expect(experimentEvidence(done(method, outcome, sample), catalogue)).toBe(expected);
  });

  it('gives none for an experiment not done, or done without an outcome', () => {
    for (const status of ['planned', 'running', 'cancelled'] as const) {
      expect(experimentEvidence({ method: 'ab-test', status, sample: 5000, result: { summary: 's', outcome: 'supports' } }, catalogue)).toBe('none');
    }
    expect(experimentEvidence({ method: 'ab-test', status: 'done', sample: 5000, result: { summary: 's' } }, catalogue)).toBe('none');
  });
});

describe('gradedEvidence', () => {
  it('is none without experiments, and the strongest experiment otherwise', () => {
    expect(gradedEvidence([], catalogue)).toBe('none');
    expect(gradedEvidence([done('survey', 'supports', 10), done('ab-test', 'supports', 5000), done('interview', 'inconclusive')], catalogue)).toBe('strong');
  });

  it('raises it one step when a says-method and a does-method reach the same clear outcome', () => {
    expect(gradedEvidence([done('interview', 'supports'), done('fake-door', 'supports', 50)], catalogue)).toBe('medium');
    expect(gradedEvidence([done('survey', 'refutes', 200), done('fake-door', 'refutes', 200)], catalogue)).toBe('strong');
    // Never above strong.
    expect(gradedEvidence([done('interview', 'supports'), done('ab-test', 'supports', 5000)], catalogue)).toBe('strong');
  });

  it('does not raise it when they disagree, are both says or both does, or one is inconclusive', () => {
    expect(gradedEvidence([done('interview', 'supports'), done('fake-door', 'refutes', 50)], catalogue)).toBe('weak');
    expect(gradedEvidence([done('interview', 'supports'), done('survey', 'supports', 50)], catalogue)).toBe('weak');
    expect(gradedEvidence([done('fake-door', 'supports', 50), done('usability-test', 'supports', 2)], catalogue)).toBe('weak');
    expect(gradedEvidence([done('interview', 'inconclusive'), done('fake-door', 'inconclusive', 50)], catalogue)).toBe('weak');
  });

  it('follows the config: a stronger method, other thresholds, a new method', () => {
    const configured = methodCatalogue({
      interview: { strength: 'medium', sample: { min: 5, full: 10 } },
      'pre-sale': { observes: 'does', strength: 'strong', sample: { min: 10, full: 50 } },
    });
    expect(experimentEvidence(done('interview', 'supports', 12), configured)).toBe('medium');
    expect(experimentEvidence(done('interview', 'supports', 4), configured)).toBe('weak');
    expect(experimentEvidence(done('pre-sale', 'supports', 60), configured)).toBe('strong');
    expect(gradedEvidence([done('interview', 'supports', 12), done('pre-sale', 'supports', 60)], configured)).toBe('strong');
    // A method the catalogue does not know (check flags it) counts as `other`.
    expect(experimentEvidence(done('pre-sale', 'supports', 60), catalogue)).toBe('weak');
  });
});

describe('the method catalogue', () => {
  it('has one default per built-in method, in their order, with the issue’s says/does split', () => {
    expect(DEFAULT_METHODS.map((entry) => entry.method)).toEqual([...EXPERIMENT_METHODS]);
    const says = DEFAULT_METHODS.filter((entry) => entry.observes === 'says').map((entry) => entry.method);
    expect(says).toEqual(expect.arrayContaining(['interview', 'survey']));
    for (const method of ['fake-door', 'concierge', 'ab-test']) expect(methodEntry(catalogue, method).observes).toBe('does');
    for (const entry of DEFAULT_METHODS) {
      expect(entry.cost).toBeGreaterThanOrEqual(1);
      expect(entry.cost).toBeLessThanOrEqual(5);
      if (entry.sample) expect(entry.sample.full).toBeGreaterThanOrEqual(entry.sample.min);
    }
  });

  it('overrides only the fields the config names, and adds new methods after the built-ins', () => {
    const configured = methodCatalogue({ survey: { cost: 4 }, 'pre-sale': { observes: 'does', strength: 'strong' } });
    expect(configured.get('survey')).toEqual({ ...methodEntry(catalogue, 'survey'), cost: 4 });
    expect(configured.get('pre-sale')).toEqual({ method: 'pre-sale', observes: 'does', cost: 3, days: 14, strength: 'strong', description: '' });
    expect([...configured.keys()].at(-1)).toBe('pre-sale');
    expect(methodNames({ survey: { cost: 4 }, 'pre-sale': {} })).toEqual([...EXPERIMENT_METHODS, 'pre-sale']);
  });
});
