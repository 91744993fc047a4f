// Hypothesis quality in loop health: the share of hypotheses that pass each of the
// hypothesis-level quality rules of `hypo check`, judged by the same verdicts
// (rules/hypothesis-criteria.ts) with the same config: a rule set `off` is left out and
// the team's own words count. `success-after-test` stays in `hypo check` alone: it needs
// the day of every committed version of a hypothesis, which the report does not read.
import { qualitySeverities } from '../rules/check-quality.js';
import { HYPOTHESIS_CRITERIA, hypothesisVerdicts } from '../rules/hypothesis-criteria.js';
import { textTests } from '../rules/quality-text.js';
import type { QualityShare } from './loop-model.js';
import { type Nodes, type ReportInput, reportEnd } from './report-input.js';

/**
 * The hypotheses not retired that had entered the repository by the report's end, each
 * rule over those it applies to. Retired ones are out, as in the assumption map: nobody
 * will test them, so their wording no longer matters.
 */
export function hypothesisQuality(input: ReportInput, nodes: Pick<Nodes, 'hypotheses'>): QualityShare[] {
  const on = qualitySeverities(input.config.quality);
  const rules = HYPOTHESIS_CRITERIA.filter((rule) => on.has(rule));
  if (rules.length === 0) return [];
  const end = reportEnd(input);
  const tests = textTests(input.config.quality);
  const judged = nodes.hypotheses
    .filter((node) => node.record.status !== 'retired' && input.dates.hypothesisStart(node.record, node.file) <= end)
    .map((node) => ({ id: node.id, verdicts: hypothesisVerdicts(node.id, node.record, input.graph, tests) }));
  return rules.map((rule) => {
    const applies = judged.filter((entry) => entry.verdicts[rule] !== null);
    const failing = applies
      .filter((entry) => entry.verdicts[rule] === false)
      .map((entry) => entry.id)
      .sort();
    const passed = applies.length - failing.length;
    return { rule, passed, of: applies.length, share: applies.length ? passed / applies.length : null, failing };
  });
}
