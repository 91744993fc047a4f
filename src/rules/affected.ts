// Code that rests on assumptions: the records whose `code:` globs match changed files.
// A record left out for errors still counts wherever its globs can be read: status
// `invalid`, since nobody can say what it stands for. Pure: paths and ages come in as data.
import picomatch from 'picomatch';
import type { RecordGraph } from '../model/graph.js';
import type { HypoRecord } from '../model/schemas.js';
import type { Kind } from '../model/vocabulary.js';

/** The status of a record left out for errors whose globs match a change. */
export const INVALID_STATUS = 'invalid';

export interface AffectedRecord {
  id: string;
  /** Null for a record so broken that it names no known kind. */
  kind: Kind | null;
  /** Hypotheses and experiments: their status; insights: decided or undecided; `invalid` for a record left out for errors. */
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
  kind?: Kind;
  /** Raw data, read leniently for globs and title when the record is left out for errors. */
  data?: Record<string, unknown>;
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
    const valid = record !== undefined && graph.records.get(loaded.id)?.file === loaded.file;
    const globs = valid ? (record.code ?? []) : leniently(loaded.data?.code);
    if (globs.length === 0) continue;
    const matches = picomatch(globs, { dot: true });
    const hits = changed.filter((file) => matches(file));
    if (hits.length === 0) continue;
    const title = record?.title ?? loaded.data?.title;
    affected.push({
      id: loaded.id,
      kind: record?.kind ?? loaded.kind ?? null,
      status: valid ? recordStatus(record) : INVALID_STATUS,
      title: typeof title === 'string' ? title : loaded.id,
      file: loaded.file,
      files: hits,
      ageDays: ageOf(loaded.file),
    });
  }
  return affected.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The globs of a record that failed its schema, wherever they parse: a list's non-empty strings, or one string. */
function leniently(code: unknown): string[] {
  const items = Array.isArray(code) ? code : [code];
  return items.filter((item): item is string => typeof item === 'string' && item.trim() !== '');
}
