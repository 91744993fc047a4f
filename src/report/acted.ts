// Did the team act on its decisions? A decision's code is the `code:` globs of its insight
// and of the hypotheses it draws on (named in `hypotheses`, or tested by the experiments in
// `from`); a commit is about it when, on or after the decision's day, it touches a file
// those globs match, or its `Hypo:` trailer names the insight or one of those hypotheses.
// Pure: the commits, the tracked files and the dates come in as data.
import { codeIndex } from '../model/code-globs.js';
import { daysBetween } from '../model/dates.js';
import { type RecordGraph, recordOfKind } from '../model/graph.js';
import type { Insight } from '../model/schemas.js';
import { locate, type PackedSourceMap, type SourceMap } from '../model/source-map.js';
import type { ActedDecision, ActedState, FirstCommit } from './acted-model.js';
import { type ActedCommit, commitIndex } from './commit-index.js';
import type { RecordDates } from './record-dates.js';

export type { ActedCommit } from './commit-index.js';

export interface ActedInput {
  graph: RecordGraph;
  /** Where each record's fields are, to point at its `decision:` line. */
  sourceMapOf: (file: string) => SourceMap | PackedSourceMap | undefined;
  dates: Pick<RecordDates, 'decisionDate'>;
  /** Every commit, any order. */
  commits: readonly ActedCommit[];
  /** The files git tracks now, relative to the repository root. */
  trackedFiles: readonly string[];
  /** YYYY-MM-DD: decisions after it are not taken yet, commits after it not made yet. */
  asOf: string;
  actWithinDays: number;
  /** Only decisions on or after this day. */
  since?: string | undefined;
}

/** Decisions that drop an assumption: their code should leave the product. */
const DROPPING = new Set(['stop', 'pivot']);

export function actedDecisions(input: ActedInput): ActedDecision[] {
  // Every path a commit touched, deleted ones too: removing the code is acting on a stop.
  const index = commitIndex(input.commits);
  const tracked = codeIndex(input.trackedFiles);
  const made = (commit: ActedCommit) => commit.day <= input.asOf;

  const decisions: ActedDecision[] = [];
  for (const node of input.graph.records.values()) {
    const insight = node.record;
    if (insight.kind !== 'insight' || !insight.decision) continue;
    const date = input.dates.decisionDate(insight, node.file);
    if (date > input.asOf || (input.since !== undefined && date < input.since)) continue;
    const { globs, ids } = decisionCode(node.id, insight, input.graph);
    const named = ids.flatMap((id) => index.naming(id).filter(made));
    // The oldest on or after the decision's day; on one day, a commit that names it before one that touches its code.
    const byName = named.filter((commit) => commit.day >= date).sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))[0];
    const byGlob = index.firstTouching(globs, date, input.asOf);
    const first = byName && (!byGlob || byName.day <= byGlob.day) ? byName : byGlob;
    const waited = daysBetween(date, input.asOf);
    const remaining = DROPPING.has(insight.decision.action) && waited > input.actWithinDays ? tracked.matching(globs) : [];

    let state: ActedState;
    if (globs.length === 0 && named.length === 0) state = 'no-code-link';
    else if (remaining.length > 0) state = 'code-remains';
    else if (first) state = 'acted';
    else state = waited > input.actWithinDays ? 'overdue' : 'not-yet';

    const firstCommit: FirstCommit | null = first ? { sha: first.sha, date: first.day, subject: first.subject } : null;
    decisions.push({
      id: node.id,
      title: insight.title,
      action: insight.decision.action,
      date,
      state,
      firstCommit,
      days: first ? daysBetween(date, first.day) : null,
      files: state === 'code-remains' ? remaining : [],
      file: node.file,
      line: locate(input.sourceMapOf(node.file), ['decision'], 'key')[0],
    });
  }
  return decisions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
}

/** The globs and the ids a decision's commits are recognised by. */
export function decisionCode(id: string, insight: Insight, graph: RecordGraph): { globs: string[]; ids: string[] } {
  const hypotheses = new Set(insight.hypotheses ?? []);
  for (const experimentId of insight.from ?? [])
    for (const tested of recordOfKind(graph, experimentId, 'experiment')?.record.tests ?? []) hypotheses.add(tested);
  const globs = new Set(insight.code ?? []);
  for (const hypothesisId of hypotheses) for (const glob of recordOfKind(graph, hypothesisId, 'hypothesis')?.record.code ?? []) globs.add(glob);
  return { globs: [...globs], ids: [id, ...hypotheses] };
}
