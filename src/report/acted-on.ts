// The loop health's "acted on": did the code follow the decisions of the period, how
// long did the first commit about a decision take, and how long from an idea (a
// hypothesis) to the first commit touching its code. Everything as of the report's end:
// later commits and decisions do not count. Pure: the commits come in as data.
import { codeIndex } from '../model/code-globs.js';
import { DEFAULT_ACT_WITHIN_DAYS } from '../model/config-defaults.js';
import { daysBetween } from '../model/dates.js';
import { lowerBound } from '../model/sorted-search.js';
import { type ActedCommit, actedDecisions } from './acted.js';
import { ACTED_ON_ORDER, type ActedState } from './acted-model.js';
import type { ActedOn } from './loop-model.js';
import { median } from './median.js';
import type { Nodes, ReportInput } from './report-input.js';

/** Null without the commits: nothing tells what the code did. */
export function actedOn(input: ReportInput, nodes: Pick<Nodes, 'hypotheses'>, end: string): ActedOn | null {
  if (input.commits === null) return null;
  const commits = input.commits.filter((commit) => commit.day <= end);
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
 * first commit on or after that day touching a file the globs match. One index of every
 * file a commit touched, with the days it was touched, serves all hypotheses: each glob is
 * tried on the files under its base, each file's days searched, never every commit.
 */
function daysToCode(input: ReportInput, nodes: Pick<Nodes, 'hypotheses'>, commits: readonly ActedCommit[], end: string): number[] {
  const daysOf = new Map<string, string[]>();
  for (const commit of commits) {
    for (const file of commit.files) {
      const days = daysOf.get(file);
      if (days) days.push(commit.day);
      else daysOf.set(file, [commit.day]);
    }
  }
  for (const days of daysOf.values()) days.sort();
  const touched = codeIndex([...daysOf.keys()]);
  const result: number[] = [];
  for (const node of nodes.hypotheses) {
    if (!node.record.code?.length) continue;
    const start = input.dates.hypothesisStart(node.record, node.file);
    if (start > end) continue;
    let first: string | undefined;
    for (const file of touched.matching(node.record.code)) {
      const days = daysOf.get(file)!;
      const day = days[lowerBound(days, start)];
      if (day !== undefined && (first === undefined || day < first)) first = day;
    }
    if (first !== undefined) result.push(daysBetween(start, first));
  }
  return result;
}
