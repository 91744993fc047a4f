// The next method for a hypothesis: the cheapest one in the catalogue that can raise its
// evidence one step. Methods that give exactly the next step come before stronger ones,
// because a stronger method usually needs more (a built product, real traffic) than the
// team has at this stage: the evidence is built up one step at a time, as Testing Business
// Ideas advises (an interview or a fake door before an A/B test). Pure.
import type { MethodCatalogue, MethodEntry } from '../model/method-catalogue.js';
import { EVIDENCE_LEVELS, type EvidenceLevel, type Observes } from '../model/vocabulary.js';
import type { NextWhy, SuggestedMethod } from './next-model.js';

const rank = (level: EvidenceLevel) => EVIDENCE_LEVELS.indexOf(level);

/**
 * `observed`: what the hypothesis' done experiments observed so far. At the same step and
 * cost, a method that observes the other side wins (what customers do beside what they
 * said; with nothing done yet, what they do), since agreeing sides raise the evidence.
 * Null when the evidence is strong already, or no method in the catalogue goes higher.
 */
export function suggestMethod(evidence: EvidenceLevel, observed: ReadonlySet<Observes>, catalogue: MethodCatalogue): SuggestedMethod | null {
  const target = rank(evidence) + 1;
  if (target >= EVIDENCE_LEVELS.length) return null;
  const wanted: Observes = observed.has('does') && !observed.has('says') ? 'says' : 'does';
  const order = [...catalogue.keys()];
  const candidates = [...catalogue.values()]
    // `other` stands for a method the catalogue does not name: nothing to suggest.
    .filter((entry) => entry.method !== 'other' && rank(entry.strength) >= target)
    .sort(
      (a, b) =>
        rank(a.strength) - rank(b.strength) ||
        a.cost - b.cost ||
        Number(b.observes === wanted) - Number(a.observes === wanted) ||
        a.days - b.days ||
        order.indexOf(a.method) - order.indexOf(b.method),
    );
  const best = candidates[0];
  return best ? { method: best.method, why: whyMethod(best, evidence, target) } : null;
}

function whyMethod(entry: MethodEntry, from: EvidenceLevel, target: number): NextWhy {
  // A method gives its strength from `full` participants on, one step less from `min` (model/graded-evidence.ts).
  const participants = (entry.sample && (rank(entry.strength) > target ? entry.sample.min : entry.sample.full)) || null;
  return {
    key: 'next.why.cheapest',
    params: { from, to: EVIDENCE_LEVELS[target]!, observes: entry.observes, cost: entry.cost, days: entry.days, participants },
  };
}
