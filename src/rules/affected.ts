// Code that rests on assumptions: the records whose `code:` globs match changed files.
// Pure: the changed paths and ages come in as data.
import picomatch from 'picomatch';
import type { RecordGraph } from '../model/graph.js';
import type { HypoRecord } from '../model/schemas.js';
import type { Kind } from '../model/vocabulary.js';

export interface AffectedRecord {
  id: string;
  kind: Kind;
  /** Hypotheses and experiments: their status; insights: decided or undecided. */
  status: string;
  title: string;
  /** The record's own file. */
  file: string;
  /** The changed paths its globs match. */
  files: string[];
  ageDays: number;
}

export interface AffectedFile {
  id: string;
  file: string;
  record?: HypoRecord;
}

export function recordStatus(record: HypoRecord): string {
  return record.kind === 'insight' ? (record.decision ? 'decided' : 'undecided') : record.status;
}

export function findAffectedRecords(
  files: readonly AffectedFile[],
  graph: RecordGraph,
  changed: readonly string[],
  ageOf: (file: string) => number,
): AffectedRecord[] {
  const affected: AffectedRecord[] = [];
  for (const loaded of files) {
    const record = loaded.record;
    if (!record?.code?.length || graph.records.get(loaded.id)?.file !== loaded.file) continue;
    const matches = picomatch(record.code, { dot: true });
    const hits = changed.filter((file) => matches(file));
    if (hits.length === 0) continue;
    affected.push({
      id: loaded.id,
      kind: record.kind,
      status: recordStatus(record),
      title: record.title,
      file: loaded.file,
      files: hits,
      ageDays: ageOf(loaded.file),
    });
  }
  return affected.sort((a, b) => (a.id < b.id ? -1 : 1));
}
