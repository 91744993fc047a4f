// `success-after-test`: a success criterion (or metric) last changed after the first
// experiment testing the hypothesis started can be bent to fit the result. Pure: the
// dates come from the one history walk (src/operations/success-history.ts).
import type { RecordGraph } from '../model/graph.js';
import type { Hypothesis } from '../model/schemas.js';
import type { CheckableFile } from './check-graph.js';

/** The last change of a criterion field: a commit, or the working tree (no sha) as of today. */
export interface FieldChange {
  field: 'success' | 'metric';
  sha?: string;
  /** YYYY-MM-DD, the commit's author day. */
  day: string;
  /** The commit that added the hypothesis: the criterion came with it. */
  added?: boolean;
}

export interface SuccessHistory {
  /** YYYY-MM-DD. */
  today: string;
  /** By hypothesis file: the newest change of its success or metric. */
  criterionChanges: ReadonlyMap<string, FieldChange>;
  /** By experiment file: the day of the commit that added it. */
  firstCommitDays: ReadonlyMap<string, string>;
}

/**
 * The ids of the hypotheses the rule can apply to: with a success or metric, tested by an
 * experiment that has a `start` (whatever its day: the day moves) or is running or done.
 * Only their past is read from git; with none, the rule needs no git and its answer
 * depends on the files alone.
 */
export function successAfterTestCandidates(graph: RecordGraph): Set<string> {
  const candidates = new Set<string>();
  for (const [id, node] of graph.records) {
    if (node.record.kind !== 'hypothesis' || (node.record.success === undefined && node.record.metric === undefined)) continue;
    const begun = (graph.testedBy.get(id) ?? []).some((testId) => {
      const test = graph.records.get(testId)?.record;
      return test?.kind === 'experiment' && (test.start !== undefined || test.status === 'running' || test.status === 'done');
    });
    if (begun) candidates.add(id);
  }
  return candidates;
}

/** Whether the rule could fire at all. */
export function successAfterTestMayApply(graph: RecordGraph): boolean {
  return successAfterTestCandidates(graph).size > 0;
}

/** When the experiment started: its `start` (once that day has come), else, running or done, its first commit (today if none yet). */
function startDay(
  experimentFile: string,
  experiment: { status: string; start?: string | undefined },
  history: Pick<SuccessHistory, 'today' | 'firstCommitDays'>,
): string | undefined {
  if (experiment.start !== undefined && experiment.start <= history.today) return experiment.start;
  if (experiment.status !== 'running' && experiment.status !== 'done') return undefined;
  return history.firstCommitDays.get(experimentFile) ?? history.today;
}

/** The experiment testing the hypothesis that started first, and its day; undefined while none has. */
export function firstTestStart(
  id: string,
  graph: RecordGraph,
  history: Pick<SuccessHistory, 'today' | 'firstCommitDays'>,
): { id: string; day: string } | undefined {
  let first: { id: string; day: string } | undefined;
  for (const testId of graph.testedBy.get(id) ?? []) {
    const node = graph.records.get(testId);
    if (node?.record.kind !== 'experiment') continue;
    const day = startDay(node.file, node.record, history);
    if (day !== undefined && (!first || day < first.day)) first = { id: testId, day };
  }
  return first;
}

export function successChangedAfterTest(
  loaded: CheckableFile,
  hypothesis: Hypothesis,
  graph: RecordGraph,
  history: SuccessHistory,
): { field: 'success' | 'metric'; message: string } | undefined {
  const change = history.criterionChanges.get(loaded.file);
  if (!change || hypothesis[change.field] === undefined) return undefined;
  const first = firstTestStart(loaded.id, graph, history);
  if (!first || change.day <= first.day) return undefined;
  // A record committed after the fact (an import, a log started late) may state when it was written.
  if (change.added && hypothesis.created !== undefined && hypothesis.created <= first.day) return undefined;
  const when = !change.sha
    ? 'was last changed in the working tree (not committed yet)'
    : change.added
      ? `was written in commit ${change.sha.slice(0, 7)} on ${change.day}, which added the hypothesis`
      : `was last changed in commit ${change.sha.slice(0, 7)} on ${change.day}`;
  return {
    field: change.field,
    message: `the ${change.field} ${when}, after "${first.id}" started on ${first.day}: a criterion set after the test can bend to fit the result; keep the one written before (a new one belongs to a new hypothesis)${change.added ? ', or set `created` to the day the hypothesis was written' : ''}`,
  };
}
