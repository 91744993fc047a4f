// How `hypo acted` keeps its result: each decision's list of files still tracked is the
// bulk of it (at 10,000 records, ~400,000 paths out of a few thousand distinct ones), so
// the paths are kept once, in one table, and each list as the indexes of its paths. A
// kept result then reads back as a copy of a few thousand strings and one array of
// numbers instead of every path again.
import type { ActedDecision, ActedReport } from '../report/acted-model.js';
import type { KeptForm } from './kept-result.js';

/** The report with every decision's files as a range of `indexes`, which name paths in `paths`. */
interface PackedActed {
  report: Omit<ActedReport, 'decisions'> & { decisions: (Omit<ActedDecision, 'files'> & { files: [start: number, end: number] })[] };
  paths: string[];
  indexes: Int32Array;
}

export const ACTED_KEPT_FORM: KeptForm<ActedReport> = {
  pack(report) {
    const paths: string[] = [];
    const indexOf = new Map<string, number>();
    const indexes = new Int32Array(report.decisions.reduce((total, decision) => total + decision.files.length, 0));
    let end = 0;
    const decisions = report.decisions.map((decision) => {
      const start = end;
      for (const file of decision.files) {
        let index = indexOf.get(file);
        if (index === undefined) {
          index = paths.push(file) - 1;
          indexOf.set(file, index);
        }
        indexes[end++] = index;
      }
      return { ...decision, files: [start, end] as [number, number] };
    });
    const packed: PackedActed = { report: { ...report, decisions }, paths, indexes };
    return packed;
  },
  unpack(kept) {
    if (!isPacked(kept)) return undefined;
    const { report, paths, indexes } = kept;
    const decisions: unknown[] = [];
    for (const decision of report.decisions) {
      const range: unknown = decision.files;
      if (!isRange(range, indexes.length)) return undefined;
      const [start, end] = range;
      const files: string[] = new Array(end - start);
      for (let at = start; at < end; at++) {
        const file = paths[indexes[at]!];
        if (file === undefined) return undefined;
        files[at - start] = file;
      }
      decisions.push({ ...decision, files });
    }
    return { ...report, decisions };
  },
};

/** A range [start, end) within `length` indexes. */
function isRange(value: unknown, length: number): value is [start: number, end: number] {
  if (!Array.isArray(value) || value.length !== 2) return false;
  const [start, end] = value as unknown[];
  return Number.isInteger(start) && Number.isInteger(end) && 0 <= (start as number) && (start as number) <= (end as number) && (end as number) <= length;
}

function isPacked(value: unknown): value is PackedActed {
  if (typeof value !== 'object' || value === null) return false;
  const { report, paths, indexes } = value as Record<string, unknown>;
  return (
    indexes instanceof Int32Array &&
    Array.isArray(paths) &&
    paths.every((file) => typeof file === 'string') &&
    typeof report === 'object' &&
    report !== null &&
    Array.isArray((report as Record<string, unknown>).decisions) &&
    ((report as Record<string, unknown>).decisions as unknown[]).every((decision) => typeof decision === 'object' && decision !== null)
  );
}
