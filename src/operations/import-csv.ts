// `hypo import csv`: a spreadsheet (a backlog of assumptions) → planned new records, each
// checked as `hypo new` and `hypo check` would; the caller saves them all or none.
import path from 'node:path';
import { KIND_FOLDERS, type Kind } from '../model/vocabulary.js';
import type { FileChange } from '../store/commit-changes.js';
import { fileTooLarge, MAX_RECORD_BYTES } from '../store/decode-text.js';
import { formatNewRecord } from '../store/format-new-record.js';
import type { Repository } from '../store/load-repository.js';
import type { ParsedCsv } from '../store/parse-csv.js';
import { schemaPathFor } from '../store/schema-location.js';
import { checkHeader, type ImportPlan, planImport, type RowProblem } from './plan-import.js';

export type { ParsedCsv } from '../store/parse-csv.js';
export { readCsvSheet } from '../store/read-csv-file.js';
export type { ImportPlan, PlannedRecord, RowProblem } from './plan-import.js';

export interface CsvImport {
  /** Problems of the header row; when there are any, nothing is planned. */
  headerProblems: RowProblem[];
  plan: ImportPlan;
  /** The new files, for saveChanges; written only when the plan has no error. */
  changes: FileChange[];
}

export function planCsvImport(repository: Repository, kind: Kind, sheet: ParsedCsv): CsvImport {
  const headerProblems = checkHeader(kind, sheet.header);
  if (headerProblems.length > 0) return { headerProblems, plan: { records: [], problems: [] }, changes: [] };
  const plan = planImport(repository, kind, sheet.header, sheet.rows);
  const schemaPath = schemaPathFor(kind, path.join(repository.root, repository.recordRoot, KIND_FOLDERS[kind]), repository);
  const contents = plan.records.map((record) => formatNewRecord(record.data, schemaPath));
  const changes = plan.records.map((record, index): FileChange => ({ action: 'create', file: record.file, content: contents[index]! }));
  // A row whose record `check` would refuse for its size is an error of that row, found before anything is written (or in a dry run).
  const encoder = new TextEncoder();
  const tooLarge = plan.records.flatMap((record, index): RowProblem[] => {
    const size = encoder.encode(contents[index]!).length;
    return size > MAX_RECORD_BYTES ? [{ row: record.row, severity: 'error', message: fileTooLarge(size, record.file).message }] : [];
  });
  return { headerProblems, plan: tooLarge.length > 0 ? { ...plan, problems: [...plan.problems, ...tooLarge] } : plan, changes };
}
