// The step after an experiment is done with an outcome: the hypotheses it tests take the
// status the outcome gives them. hypo suggests the commands; a person decides.
import type { RecordGraph } from '../model/graph.js';
import { type HypothesisStatus, type Outcome, STATUS_BY_OUTCOME } from '../model/vocabulary.js';

export interface StatusSuggestion {
  id: string;
  title: string;
  /** The hypothesis's status now. */
  status: HypothesisStatus;
  suggested: HypothesisStatus;
}

/** For each hypothesis tested whose status differs from what the outcome says; retired ones are left alone. */
export function suggestStatuses(graph: RecordGraph, tests: readonly string[], outcome: Outcome): StatusSuggestion[] {
  const suggested = STATUS_BY_OUTCOME[outcome];
  return [...new Set(tests)].flatMap((id) => {
    const record = graph.records.get(id)?.record;
    if (record?.kind !== 'hypothesis' || record.status === suggested || record.status === 'retired') return [];
    return [{ id, title: record.title, status: record.status, suggested }];
  });
}
