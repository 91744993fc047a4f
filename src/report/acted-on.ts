// The loop health's "acted on": did the code follow the decisions of the period, how
// long did the first commit about a decision take, and how long from an idea (a
// hypothesis) to the first commit touching its code. Everything as of the report's end:
// later commits and decisions do not count. Pure: the commits come in as data.
import { DEFAULT_ACT_WITHIN_DAYS } from '../model/config-defaults.js';
import { daysBetween } from '../model/dates.js';
import { type ActedCommit, actedDecisions } from './acted.js';
import { ACTED_ON_ORDER, type ActedState } from './acted-model.js';
import { commitIndex } from './commit-index.js';
import type { ActedOn } from './loop-model.js';
import { median } from './median.js';
import type { Nodes, ReportInput } from './report-input.js';

/** Null without the commits: nothing tells what the code did. */
export function actedOn(input: ReportInput, nodes: Pick<Nodes, 'hypotheses'>, end: string): ActedOn | null {
  if (input.commits === null) return null;
  const { commits } = input;
  // Judged as of the report's end, as `hypo acted --as-of` that day would; the line of the
  // `decision:` key is for annotations, which the report has none of.
  const decisions = actedDecisions({
    graph: input.graph,
    sourceMapOf: () => undefined,
    dates: input.dates,
    commits,
    trackedFiles: input.trackedFiles ?? [],
    asOf: end,
    actWithinDays: input.config.act_within_days ?? DEFAULT_ACT_WITHIN_DAYS,
  });
  const states = noDecisions();
  for (const decision of decisions) if (decision.date >= input.period.since) states[decision.state]++;
  return {
    states,
    medianDays: {
      decisionToCommit: median(decisions.flatMap((decision) => (decision.days === null ? [] : [decision.days]))),
      hypothesisToCode: median(daysToCode(input, nodes, commits, end)),
    },
  };
}

/** Every state counted 0, in the order the report lists them. */
export function noDecisions(): Record<ActedState, number> {
  return Object.fromEntries(ACTED_ON_ORDER.map((state) => [state, 0])) as Record<ActedState, number>;
}

/**
 * Per hypothesis with `code:` globs that had entered the repository by `end`: days to the
 * first commit from that day to `end` touching a file the globs match, from the one index
 * of the commits (report/commit-index.ts), never a walk over every commit.
 */
function daysToCode(input: ReportInput, nodes: Pick<Nodes, 'hypotheses'>, commits: readonly ActedCommit[], end: string): number[] {
  const index = commitIndex(commits);
  const result: number[] = [];
  for (const node of nodes.hypotheses) {
    if (!node.record.code?.length) continue;
    const start = input.dates.hypothesisStart(node.record, node.file);
    if (start > end) continue;
    const first = index.firstTouching(node.record.code, start, end);
    if (first) result.push(daysBetween(start, first.day));
  }
  return result;
}
