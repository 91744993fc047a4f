// How much a hypothesis' done experiments say, graded: none, weak, medium, strong. Each
// experiment gives its method's strength, one step less with a sample under the method's
// `full` threshold (or none stated) and weak under its `min`, and one step less again when
// inconclusive; a done experiment with an outcome is never below weak. The hypothesis takes
// its strongest experiment, one step more when a says-method and a does-method reached the
// same clear outcome (what people say and what they do agree). Pure: `hypo next` ranks on it.

import { type MethodCatalogue, methodEntry } from './method-catalogue.js';
import type { Experiment } from './schemas.js';
import { EVIDENCE_LEVELS, type EvidenceLevel } from './vocabulary.js';

type Graded = Pick<Experiment, 'method' | 'status' | 'sample' | 'result'>;

const rank = (level: EvidenceLevel) => EVIDENCE_LEVELS.indexOf(level);
/** `steps` up (or down, negative) from `level`, kept between weak and strong. */
const step = (level: EvidenceLevel, steps: number): EvidenceLevel => EVIDENCE_LEVELS[Math.min(3, Math.max(1, rank(level) + steps))]!;

/** The evidence one experiment gives: none unless done with an outcome. */
export function experimentEvidence(experiment: Graded, catalogue: MethodCatalogue): EvidenceLevel {
  const outcome = experiment.result?.outcome;
  if (experiment.status !== 'done' || !outcome) return 'none';
  const method = methodEntry(catalogue, experiment.method);
  let level: EvidenceLevel = method.strength;
  if (method.sample) {
    const sample = experiment.sample;
    if (sample !== undefined && sample < method.sample.min) level = 'weak';
    else if (sample === undefined || sample < method.sample.full) level = step(level, -1);
  }
  return outcome === 'inconclusive' ? step(level, -1) : level;
}

/** The evidence a hypothesis' experiments give together. */
export function gradedEvidence(experiments: readonly Graded[], catalogue: MethodCatalogue): EvidenceLevel {
  let best: EvidenceLevel = 'none';
  for (const experiment of experiments) {
    const level = experimentEvidence(experiment, catalogue);
    if (rank(level) > rank(best)) best = level;
  }
  return best !== 'none' && saysAndDoesAgree(experiments, catalogue) ? step(best, 1) : best;
}

function saysAndDoesAgree(experiments: readonly Graded[], catalogue: MethodCatalogue): boolean {
  const clear = experiments.filter(
    (experiment) => experiment.status === 'done' && (experiment.result?.outcome === 'supports' || experiment.result?.outcome === 'refutes'),
  );
  const outcomes = (observes: 'says' | 'does') =>
    new Set(clear.filter((experiment) => methodEntry(catalogue, experiment.method).observes === observes).map((experiment) => experiment.result!.outcome));
  const says = outcomes('says');
  return [...outcomes('does')].some((outcome) => says.has(outcome));
}
