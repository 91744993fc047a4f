// The data `hypo stale` prints, in every format.
import type { SkippedRecord } from '../model/skipped-records.js';
import type { StaleFinding } from '../rules/stale.js';

export interface StaleReport {
  asOf: string;
  stale: StaleFinding[];
  /** Why the dates may be incomplete: no git, a shallow clone. */
  warnings: string[];
  /** Record files left out for errors. */
  skipped: SkippedRecord[];
}

/** The JSON shape: findings without the human message. */
export function staleReportJson(report: StaleReport): object {
  return {
    asOf: report.asOf,
    stale: report.stale.map(({ id, kind, file, line, reason, ageDays }) => ({ id, kind, file, line, reason, ageDays })),
    warnings: report.warnings,
    skipped: report.skipped,
  };
}
