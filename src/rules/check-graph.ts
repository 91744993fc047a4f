// The rules that need more than one record: ids unique across kinds, references
// that resolve to a record of the right kind, and statuses the evidence backs.
import type { RecordGraph } from '../model/graph.js';
import { isValidId } from '../model/ids.js';
import { type Problem, problemAt } from '../model/problem.js';
import { forEachReferencedId, kindsNamedBy, referencesOf } from '../model/references.js';
import type { HypoRecord } from '../model/schemas.js';
import type { PackedSourceMap, SourceMap } from '../model/source-map.js';
import { closestMatch } from '../model/suggest.js';
import type { Kind } from '../model/vocabulary.js';

/** What the graph rules need of each loaded file. */
export interface CheckableFile {
  file: string;
  id: string;
  kind?: Kind;
  data?: Record<string, unknown>;
  sourceMap?: SourceMap | PackedSourceMap;
  record?: HypoRecord;
}

const KIND_PLURAL: Record<Kind, string> = { hypothesis: 'hypotheses', experiment: 'experiments', insight: 'insights' };
const A_KIND: Record<Kind, string> = { hypothesis: 'a hypothesis', experiment: 'an experiment', insight: 'an insight' };

export function checkGraph(files: readonly CheckableFile[], graph: RecordGraph): Problem[] {
  return [...findDuplicateIds(files), ...findBadReferences(files, graph), ...findUnbackedStatuses(files, graph)];
}

function findDuplicateIds(files: readonly CheckableFile[]): Problem[] {
  // Each id's first file, and a list only for an id seen twice: ten thousand ids make no ten thousand lists.
  const first = new Map<string, string>();
  const byId = new Map<string, string[]>();
  for (const { id, file } of files) {
    const seen = first.get(id);
    if (seen === undefined) first.set(id, file);
    else byId.set(id, [...(byId.get(id) ?? [seen]), file]);
  }
  const problems: Problem[] = [];
  if (byId.size === 0) return problems;
  // In the order the ids first appear, as always.
  for (const id of first.keys()) {
    const paths = byId.get(id);
    if (!paths) continue;
    for (const file of paths) {
      const others = paths.filter((other) => other !== file).join(', ');
      problems.push({
        file,
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'duplicate-id',
        message: `the id "${id}" is also used by ${others}: ids are unique across all kinds, rename one of the files`,
      });
    }
  }
  return problems;
}

function findBadReferences(files: readonly CheckableFile[], graph: RecordGraph): Problem[] {
  const problems: Problem[] = [];
  const expectedOf = new Map<string, readonly Kind[]>();
  const isBad = (field: string, id: string) => {
    if (!isValidId(id)) return false;
    const kind = graph.kinds.get(id);
    if (kind === undefined) return true;
    let expected = expectedOf.get(field);
    if (!expected) {
      expected = kindsNamedBy(field) ?? [];
      expectedOf.set(field, expected);
    }
    return !expected.includes(kind);
  };
  for (const loaded of files) {
    if (!loaded.kind || !loaded.data) continue;
    // Most records name only records of the right kinds: each reference with its path and words is made only for a record that has a bad one.
    let bad = false;
    forEachReferencedId(loaded.kind, loaded.data, (field, id) => {
      bad ||= isBad(field, id);
    });
    if (!bad) continue;
    for (const reference of referencesOf(loaded.kind, loaded.data)) {
      if (!isValidId(reference.id)) continue; // the schema already reports the malformed id
      if (!graph.kinds.has(reference.id)) {
        const nearest = closestMatch(reference.id, graph.kinds.keys());
        const hint = nearest ? ` (did you mean "${nearest}"?)` : '';
        problems.push(problemAt(loaded, reference.path, 'unknown-reference', `${reference.field} names "${reference.id}", but no record has that id${hint}`));
        continue;
      }
      const kind = graph.kinds.get(reference.id);
      if (kind && !reference.expected.includes(kind)) {
        const wanted = reference.expected.map((k) => KIND_PLURAL[k]).join(' or ');
        problems.push(
          problemAt(loaded, reference.path, 'wrong-reference-kind', `${reference.field} must name ${wanted} — "${reference.id}" is ${A_KIND[kind]}`),
        );
      }
    }
  }
  return problems;
}

/** Warnings: a verdict the experiments do not back, an insight drawn before its experiments are done. */
function findUnbackedStatuses(files: readonly CheckableFile[], graph: RecordGraph): Problem[] {
  const problems: Problem[] = [];
  for (const loaded of files) {
    const record = loaded.record;
    if (!record || graph.records.get(loaded.id)?.file !== loaded.file) continue;
    if (record.kind === 'hypothesis' && (record.status === 'supported' || record.status === 'refuted')) {
      const outcome = record.status === 'supported' ? 'supports' : 'refutes';
      const backed = (graph.testedBy.get(loaded.id) ?? []).some((experimentId) => {
        const experiment = graph.records.get(experimentId)?.record;
        return experiment?.kind === 'experiment' && experiment.status === 'done' && experiment.result?.outcome === outcome;
      });
      if (!backed) {
        problems.push(
          problemAt(
            loaded,
            ['status'],
            'status-without-evidence',
            `the hypothesis is ${record.status}, but no done experiment testing it has the outcome "${outcome}"`,
            {
              severity: 'warning',
            },
          ),
        );
      }
    }
    if (record.kind === 'insight') {
      (record.from ?? []).forEach((experimentId, index) => {
        const experiment = graph.records.get(experimentId)?.record;
        if (experiment?.kind === 'experiment' && experiment.status !== 'done') {
          problems.push(
            problemAt(loaded, ['from', index], 'experiment-not-done', `the insight draws on "${experimentId}", which is ${experiment.status}, not done`, {
              severity: 'warning',
            }),
          );
        }
      });
    }
  }
  return problems;
}
