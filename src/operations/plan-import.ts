// The rows of a spreadsheet → new records, each checked exactly as `hypo check` would
// check it together with the rest of the repository (and with the other rows, so rows
// may link to each other), with every problem traced back to its row and column.
import path from 'node:path';
import { explainInvalidId } from '../model/ids.js';
import { compareProblems, type Severity } from '../model/problem.js';
import { columnSourceMap, fieldColumns, isImportColumn, recordFromCells } from '../model/record-columns.js';
import { slugify } from '../model/slug.js';
import { closestMatch } from '../model/suggest.js';
import { validateRecord } from '../model/validate-record.js';
import { KIND_FOLDERS, type Kind } from '../model/vocabulary.js';
import { checkChanges } from '../rules/check-changes.js';
import type { Repository } from '../store/load-repository.js';
import type { CsvRow } from '../store/parse-csv.js';
import type { LoadedFile } from '../store/read-record-file.js';

export interface RowProblem {
  /** The spreadsheet row; undefined for the header. */
  row?: number;
  column?: string;
  severity: Severity;
  message: string;
}

export interface PlannedRecord {
  row: number;
  id: string;
  /** Relative to the repository root. */
  file: string;
  data: Record<string, unknown>;
}

export interface ImportPlan {
  records: PlannedRecord[];
  /** Errors (nothing may be written) and warnings (written all the same). */
  problems: RowProblem[];
}

/** Unknown columns are errors of the whole file: a misspelt column would drop a field from every row. */
export function checkHeader(kind: Kind, header: readonly string[]): RowProblem[] {
  const problems: RowProblem[] = [];
  const seen = new Set<string>();
  for (const column of header) {
    if (column === '') problems.push({ severity: 'error', message: 'a column has no name in the header row' });
    else if (seen.has(column)) problems.push({ column, severity: 'error', message: `the column "${column}" appears twice` });
    else if (!isImportColumn(kind, column)) {
      const nearest = closestMatch(column, ['id', ...fieldColumns(kind)]);
      problems.push({
        column,
        severity: 'error',
        message: `unknown column "${column}" for a ${kind}${nearest ? ` (did you mean "${nearest}"?)` : ''}; team extensions must start with "x-"`,
      });
    }
    seen.add(column);
  }
  return problems;
}

export function planImport(repository: Repository, kind: Kind, header: readonly string[], rows: readonly CsvRow[]): ImportPlan {
  const problems: RowProblem[] = [];
  const records: PlannedRecord[] = [];
  const rowsById = new Map<string, number>();
  const folder = path.posix.join(repository.recordRoot, KIND_FOLDERS[kind]);
  for (const { row, cells: values } of rows) {
    const cells: Record<string, string> = {};
    for (const [index, column] of header.entries()) cells[column] = values[index] ?? '';
    if (values.length > header.length && values.slice(header.length).some((cell) => cell.trim() !== '')) {
      problems.push({ row, severity: 'error', message: `the row has ${values.length} cells, the header names ${header.length} columns` });
    }
    const given = cells.kind?.trim();
    if (given && given !== kind)
      problems.push({ row, column: 'kind', severity: 'error', message: `kind is "${given}", but this import is of ${kind} records (--kind)` });
    const id = cells.id?.trim() || slugify(cells.title ?? '');
    const idColumn = cells.id?.trim() ? 'id' : 'title';
    const invalid = id === '' ? 'there is no id and no title to make one from' : explainInvalidId(id);
    if (invalid) {
      problems.push({ row, column: idColumn, severity: 'error', message: id === '' ? invalid : `"${id}" cannot be an id: ${invalid}` });
      continue;
    }
    const taken = repository.files.find((file) => file.id === id);
    if (taken) {
      problems.push({ row, column: idColumn, severity: 'error', message: `the id "${id}" is taken by ${taken.file}` });
      continue;
    }
    const earlier = rowsById.get(id);
    if (earlier !== undefined) {
      problems.push({ row, column: idColumn, severity: 'error', message: `the id "${id}" is row ${earlier}'s too; give one of them another id or title` });
      continue;
    }
    rowsById.set(id, row);
    records.push({ row, id, file: path.posix.join(folder, `${id}.yaml`), data: recordFromCells(kind, cells) });
  }
  problems.push(...checkPlannedRecords(repository, kind, records));
  return { records, problems: problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) };
}

/** The new records checked with the repository as `check` would; only what they add is reported. */
function checkPlannedRecords(repository: Repository, kind: Kind, records: readonly PlannedRecord[]): RowProblem[] {
  const { sourceMap, columnAt } = columnSourceMap(kind);
  const byFile = new Map(records.map((record) => [record.file, record]));
  const loaded: LoadedFile[] = records.map(({ id, file, data }) => {
    const validated = validateRecord({ file, data, sourceMap });
    const entry: LoadedFile = { file, id, data, sourceMap, problems: validated.problems };
    if (validated.kind) entry.kind = validated.kind;
    if (validated.record) entry.record = validated.record;
    return entry;
  });
  const { inChanged, newElsewhere } = checkChanges(repository, loaded);
  return [...inChanged, ...newElsewhere].sort(compareProblems).map((problem) => {
    const record = byFile.get(problem.file);
    if (!record) return { severity: problem.severity, message: `${problem.file}:${problem.line}:${problem.column}: ${problem.message}` };
    const column = problem.rule === 'duplicate-id' ? 'id' : columnAt(problem.line);
    return { row: record.row, ...(column ? { column } : {}), severity: problem.severity, message: problem.message };
  });
}
