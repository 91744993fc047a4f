// What to test next: the hypotheses still open to doubt, ranked. The score is
// importance × (evidence gap + urgency): the gap is what the graded evidence still lacks,
// the urgency what makes waiting costly (left untested past stale_after_days, a review
// overdue, a journey stage where the team only guesses, code resting on it, insights
// about it nobody decided on, an experiment past its end). Importance multiplies all of
// it, so a higher importance never ranks lower and more evidence never ranks higher.
// Pure: ages, tracked files and the day come in as data.
import { codeIndex } from '../model/code-globs.js';
import { DEFAULT_STALE_AFTER_DAYS } from '../model/config-defaults.js';
import type { HypoConfig } from '../model/config-schema.js';
import { daysBetween } from '../model/dates.js';
import { gradedEvidence } from '../model/graded-evidence.js';
import { experimentsTesting, insightsAboutHypothesis, type RecordGraph, recordOfKind } from '../model/graph.js';
import { type MethodCatalogue, methodCatalogue, methodEntry } from '../model/method-catalogue.js';
import type { Experiment, Hypothesis } from '../model/schemas.js';
import { EVIDENCE_LEVELS, type EvidenceLevel, type Importance, type Observes } from '../model/vocabulary.js';
import { journeyCoverage } from './assumption-map.js';
import type { NextItem, NextReason, SuggestedMethod } from './next-model.js';
import { nodesByKind } from './report-input.js';
import { suggestMethod } from './suggest-method.js';

export interface NextInput {
  graph: RecordGraph;
  config: Pick<HypoConfig, 'journey' | 'methods'> & Partial<Pick<HypoConfig, 'stale_after_days'>>;
  /** YYYY-MM-DD. */
  asOf: string;
  /** A record file's age in days as of `asOf`. */
  ageOf: (file: string) => number;
  /** Files git tracks, relative to the repository root; null when unknown (no git): code then does not count. */
  trackedFiles: readonly string[] | null;
}

const IMPORTANCE_WEIGHT: Record<Importance, number> = { low: 1, medium: 2, high: 3 };
/** What each level of evidence still lacks; strong lacks nothing and is not listed. */
const EVIDENCE_GAP: Record<EvidenceLevel, number> = { none: 3, weak: 2, medium: 1, strong: 0 };
/** Statuses whose question is settled or dropped. */
const SETTLED = new Set(['retired', 'supported', 'refuted']);

/** Every hypothesis worth testing next, highest score first. */
export function rankNextTests(input: NextInput): NextItem[] {
  const catalogue = methodCatalogue(input.config.methods);
  const { graph } = input;
  const nodes = nodesByKind(graph);
  const staleAfter = input.config.stale_after_days ?? DEFAULT_STALE_AFTER_DAYS;
  const code = input.trackedFiles ? codeIndex(input.trackedFiles) : undefined;
  const guessing = new Set(journeyCoverage({ graph, config: input.config }, nodes).flatMap((stage) => (stage.guessing ? [stage.stage] : [])));
  const items: (NextItem & { age: number })[] = [];
  for (const node of nodes.hypotheses) {
    const hypothesis = node.record;
    if (SETTLED.has(hypothesis.status)) continue;
    const experiments = experimentsTesting(graph, node.id);
    const running = experiments.filter((experiment) => experiment.record.status === 'running');
    const planned = experiments.filter((experiment) => experiment.record.status === 'planned');
    const overdue = [...running, ...planned].filter((experiment) => experiment.record.end !== undefined && experiment.record.end < input.asOf);
    // Being tested: only worth a look when the test has run past its end. A planned test has not begun: it is what to run next.
    if (running.some((experiment) => !overdue.includes(experiment))) continue;
    const { evidence, method } = evidenceAndMethod(hypothesis, experiments, catalogue);
    if (evidence === 'strong') continue;

    const age = input.ageOf(node.file);
    const urgency: { weight: number; reason: NextReason }[] = [];
    const add = (weight: number, reason: NextReason) => urgency.push({ weight, reason });
    if (hypothesis.status === 'open' && running.length + planned.length === 0 && age > staleAfter) {
      add(1, { key: 'next.reason.untested', params: { days: age, staleAfter } });
    }
    if (hypothesis.review_by && hypothesis.review_by < input.asOf) add(1, { key: 'next.reason.reviewDue', params: { day: hypothesis.review_by } });
    for (const experiment of overdue) {
      const end = experiment.record.end!;
      add(1, { key: 'next.reason.overdue', params: { id: experiment.id, status: experiment.record.status, days: daysBetween(end, input.asOf), end } });
    }
    for (const experiment of planned) if (!overdue.includes(experiment)) add(0, { key: 'next.reason.notStarted', params: { id: experiment.id } });
    if (hypothesis.journey && guessing.has(hypothesis.journey)) add(1, { key: 'next.reason.guessing', params: { stage: hypothesis.journey } });
    const codeFiles = hypothesis.code?.length && code ? code.count(hypothesis.code) : 0;
    // 1 file counts 0.3, 9 files 1, 99 files or more 2: more code, more to lose.
    if (codeFiles > 0) add(Math.min(2, Math.log10(1 + codeFiles)), { key: 'next.reason.code', params: { files: codeFiles, code: [...hypothesis.code!] } });
    const undecided = undecidedInsights(graph, node.id);
    if (undecided.length > 0) add(Math.min(2, undecided.length), { key: 'next.reason.undecided', params: { insights: undecided } });

    const importance = hypothesis.importance ?? null;
    const gap = EVIDENCE_GAP[evidence];
    const score = IMPORTANCE_WEIGHT[importance ?? 'medium'] * (gap + urgency.reduce((sum, part) => sum + part.weight, 0));
    const reasons = [evidenceReason(hypothesis, importance, evidence, experiments), ...urgency.sort((a, b) => b.weight - a.weight).map((part) => part.reason)];
    items.push({
      id: node.id,
      title: hypothesis.title,
      score: Math.round(score * 10) / 10,
      importance,
      evidence,
      reasons,
      suggested: planned[0] ? runPlanned(planned[0]) : method,
      age,
    });
  }
  // Ties: the more important, then the less evidenced, then the longer waiting, then by id.
  items.sort(
    (a, b) =>
      b.score - a.score ||
      IMPORTANCE_WEIGHT[b.importance ?? 'medium'] - IMPORTANCE_WEIGHT[a.importance ?? 'medium'] ||
      EVIDENCE_LEVELS.indexOf(a.evidence) - EVIDENCE_LEVELS.indexOf(b.evidence) ||
      b.age - a.age ||
      (a.id < b.id ? -1 : 1),
  );
  return items.map(({ age: _age, ...item }) => item);
}

/** A test planned already is the next one: run it, rather than plan another. */
function runPlanned(experiment: { id: string; record: Experiment }): SuggestedMethod {
  return { method: experiment.record.method, why: { key: 'next.why.runPlanned', params: { id: experiment.id } } };
}

/**
 * What a hypothesis' evidence is (stated in the record, else graded from the experiments
 * testing it) and the cheapest catalogue method that raises it one step: what `hypo next`
 * suggests, and what `hypo next --plan` writes without --method.
 */
export function evidenceAndMethod(
  hypothesis: Hypothesis,
  experiments: readonly { record: Experiment }[],
  catalogue: MethodCatalogue,
): { evidence: EvidenceLevel; method: SuggestedMethod | null } {
  const evidence =
    hypothesis.evidence ??
    gradedEvidence(
      experiments.map((experiment) => experiment.record),
      catalogue,
    );
  return { evidence, method: suggestMethod(evidence, observedSides(experiments, catalogue), catalogue) };
}

function evidenceReason(hypothesis: Hypothesis, importance: Importance | null, evidence: EvidenceLevel, experiments: { record: Experiment }[]): NextReason {
  const done = experiments.filter((experiment) => experiment.record.status === 'done').length;
  const source = hypothesis.evidence !== undefined ? 'stated' : done > 0 ? 'experiments' : 'none';
  return { key: 'next.reason.evidence', params: { importance, evidence, source, done, inconclusive: hypothesis.status === 'inconclusive' } };
}

/** Insights naming it, or drawn from an experiment testing it, that carry no decision. */
function undecidedInsights(graph: RecordGraph, id: string): string[] {
  return insightsAboutHypothesis(graph, id)
    .filter((insightId) => {
      const insight = recordOfKind(graph, insightId, 'insight');
      return insight !== undefined && insight.record.decision === undefined;
    })
    .sort();
}

function observedSides(experiments: readonly { record: Experiment }[], catalogue: MethodCatalogue): Set<Observes> {
  const done = experiments.filter((experiment) => experiment.record.status === 'done' && experiment.record.result?.outcome);
  return new Set(done.map((experiment) => methodEntry(catalogue, experiment.record.method).observes));
}
