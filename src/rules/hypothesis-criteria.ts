// The quality rules that judge one hypothesis by its text as it stands: does the
// statement give a reason, is the success stated once a test has begun, does it name a
// quantity, does the segment name anyone in particular. One place decides whether each
// rule applies and whether it passes, so that `hypo check` (check-quality.ts) and the
// report's loop health (report/hypothesis-quality.ts) can never count differently.
// `success-after-test` is not here: it needs each version's day from git.
import { experimentsTesting, type RecordGraph } from '../model/graph.js';
import type { QualityRule } from '../model/quality-rules.js';
import type { Hypothesis } from '../model/schemas.js';
import type { TextTests } from './quality-text.js';

/** The hypothesis-level rules a hypothesis's current text decides, in QUALITY_RULES order. */
export const HYPOTHESIS_CRITERIA = [
  'statement-no-reason',
  'success-missing',
  'success-not-measurable',
  'generic-segment',
] as const satisfies readonly QualityRule[];

export type HypothesisCriterion = (typeof HYPOTHESIS_CRITERIA)[number];

/**
 * Per rule: true when the hypothesis passes it (the problem the rule is named after is
 * absent), false when it fails, null when the rule does not apply to it.
 */
export type HypothesisVerdicts = Record<HypothesisCriterion, boolean | null>;

/** Statuses of a hypothesis whose test has begun or ended: it needs its success criterion by now. */
const TESTED_STATUSES: ReadonlySet<string> = new Set(['testing', 'supported', 'refuted', 'inconclusive']);

/** Why a hypothesis needs its success criterion now: its status, or the first planned or running experiment testing it. */
export type SuccessDue = { status: string } | { testedBy: string };

/** Why the hypothesis needs a success criterion by now; undefined while its test has not begun. */
export function successDue(id: string, hypothesis: Hypothesis, graph: RecordGraph): SuccessDue | undefined {
  if (TESTED_STATUSES.has(hypothesis.status)) return { status: hypothesis.status };
  const testing = experimentsTesting(graph, id).find(({ record }) => record.status === 'planned' || record.status === 'running');
  return testing === undefined ? undefined : { testedBy: testing.id };
}

/** How the hypothesis `id` fares against each hypothesis-level rule. */
export function hypothesisVerdicts(id: string, hypothesis: Hypothesis, graph: RecordGraph, tests: TextTests): HypothesisVerdicts {
  const { success, segment } = hypothesis;
  return {
    'statement-no-reason': tests.givesReason(hypothesis.statement),
    'success-missing': successDue(id, hypothesis, graph) === undefined ? null : success !== undefined,
    'success-not-measurable': success === undefined ? null : tests.isMeasurable(success),
    'generic-segment': segment === undefined ? null : !tests.isGenericSegment(segment),
  };
}
