// The record graph: every record by id and the links between them in both
// directions, hypothesis → experiments testing it → insights from those →
// decisions → the records a decision started.
import { forEachReferencedId } from './references.js';
import type { Experiment, HypoRecord, Hypothesis, Insight } from './schemas.js';
import type { Kind } from './vocabulary.js';

/** What the graph needs of a loaded file. */
export interface GraphInput {
  id: string;
  file: string;
  kind?: Kind;
  /** Raw data, read leniently for links when the record did not pass its schema. */
  data?: unknown;
  record?: HypoRecord;
}

export interface GraphNode<R extends HypoRecord = HypoRecord> {
  id: string;
  file: string;
  record: R;
}

export interface RecordGraph {
  /** Valid records by id. When two files share an id, the first (by path) is kept. */
  records: ReadonlyMap<string, GraphNode>;
  /** Every id that names a file, with its kind when known, valid or not: references to a broken record still resolve. */
  kinds: ReadonlyMap<string, Kind | undefined>;
  /** hypothesis id → ids of experiments that test it. */
  testedBy: ReadonlyMap<string, readonly string[]>;
  /** experiment id → ids of insights drawn from it. */
  insightsFrom: ReadonlyMap<string, readonly string[]>;
  /** hypothesis id → ids of insights that name it. */
  insightsAbout: ReadonlyMap<string, readonly string[]>;
  /** record id → ids of insights whose decision started it. */
  startedBy: ReadonlyMap<string, readonly string[]>;
}

export function buildGraph(inputs: readonly GraphInput[]): RecordGraph {
  const byFile = (a: GraphInput, b: GraphInput) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  // The loaded files come sorted by path already: checking costs a pass, sorting a copy of thousands many more.
  const sorted = inputs.every((input, index) => index === 0 || byFile(inputs[index - 1]!, input) <= 0) ? inputs : [...inputs].sort(byFile);
  const records = new Map<string, GraphNode>();
  const kinds = new Map<string, Kind | undefined>();
  const testedBy = new Map<string, string[]>();
  const insightsFrom = new Map<string, string[]>();
  const insightsAbout = new Map<string, string[]>();
  const startedBy = new Map<string, string[]>();
  const link = (map: Map<string, string[]>, to: string, from: string) => {
    const list = map.get(to);
    if (!list) map.set(to, [from]);
    else if (!list.includes(from)) list.push(from);
  };

  for (const input of sorted) {
    if (kinds.has(input.id)) continue; // a duplicate id: reported by the check rules, linked once
    kinds.set(input.id, input.kind);
    if (input.record) records.set(input.id, { id: input.id, file: input.file, record: input.record });
    if (!input.kind) continue;
    forEachReferencedId(input.kind, input.record ?? input.data, (field, id) => {
      if (field === 'tests') link(testedBy, id, input.id);
      else if (field === 'from') link(insightsFrom, id, input.id);
      else if (field === 'hypotheses') link(insightsAbout, id, input.id);
      else link(startedBy, id, input.id);
    });
  }
  return { records, kinds, testedBy, insightsFrom, insightsAbout, startedBy };
}

export function recordOfKind<K extends Kind>(
  graph: RecordGraph,
  id: string,
  kind: K,
): GraphNode<K extends 'hypothesis' ? Hypothesis : K extends 'experiment' ? Experiment : Insight> | undefined {
  const node = graph.records.get(id);
  return node && node.record.kind === kind ? (node as never) : undefined;
}

/** The experiments testing a hypothesis, with their ids. */
export function experimentsTesting(graph: RecordGraph, id: string): { id: string; record: Experiment }[] {
  return (graph.testedBy.get(id) ?? []).flatMap((experimentId) => {
    const node = recordOfKind(graph, experimentId, 'experiment');
    return node ? [{ id: experimentId, record: node.record }] : [];
  });
}

/** The insights about a hypothesis, each once: those naming it, then those drawn from an experiment testing it. */
export function insightsAboutHypothesis(graph: RecordGraph, id: string): string[] {
  return [
    ...new Set([...(graph.insightsAbout.get(id) ?? []), ...(graph.testedBy.get(id) ?? []).flatMap((experiment) => graph.insightsFrom.get(experiment) ?? [])]),
  ];
}
