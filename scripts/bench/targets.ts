// The bench's tables: each row's median and peak memory, its ratio to the reference
// points it is judged against, and whether it meets the target for it.
import { type Measurement, RUNS } from './measure.js';

export interface Comparison {
  /** What the row is compared with, as the table names it: `parse`, `node`, `ajv`, `cold stale`… */
  against: string;
  baseMs: number;
  /** The target ratio, if the issue sets one. */
  limit?: number;
  /** The target is "faster than" (below the limit), not "at most". */
  strict?: boolean;
}

export interface Row {
  result: Measurement;
  compare: Comparison[];
}

export function row(result: Measurement, ...compare: Comparison[]): Row {
  return { result, compare };
}

/** Whether a ratio meets its target. */
export function met(ratio: number, comparison: Comparison): boolean {
  if (comparison.limit === undefined) return true;
  return comparison.strict ? ratio < comparison.limit : ratio <= comparison.limit;
}

export function renderTable(rows: readonly Row[]): string {
  const lines = rows.map(({ result, compare }) => {
    const ratios = compare.map(({ against, baseMs }) => `${(result.medianMs / baseMs).toFixed(2)}× ${against}`);
    const targets = compare
      .filter((comparison) => comparison.limit !== undefined)
      .map((comparison) => {
        const verdict = met(result.medianMs / comparison.baseMs, comparison) ? 'met' : '**not met**';
        return `${comparison.strict ? '<' : '≤'} ${comparison.limit!.toFixed(1)}× ${comparison.against}: ${verdict}`;
      });
    const peak = result.peakMb === null ? '–' : `${result.peakMb.toFixed(0)} MB`;
    return `| ${result.name} | ${result.medianMs.toFixed(0)} ms | ${peak} | ${ratios.join(' · ') || '–'} | ${targets.join(' · ') || '–'} |`;
  });
  return [`| command | median of ${RUNS} | peak memory | ratio | target |`, '|---|---:|---:|---|---|', ...lines].join('\n');
}
