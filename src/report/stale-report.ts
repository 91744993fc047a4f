// The data `hypo stale` prints, in every format; `--format json` prints it as it is.
import type { SkippedRecord } from '../model/skipped-records.js';
import { type StaleFinding, type StaleFindingWithFacts, withoutFacts } from '../rules/stale.js';

export interface StaleReport {
  asOf: string;
  stale: StaleFinding[];
  /** Why the dates may be incomplete: no git, a shallow clone. */
  warnings: string[];
  /** Record files left out for errors. */
  skipped: SkippedRecord[];
}

/** The report with each finding's facts, for the renderers that say them in a language. */
export interface StaleReportWithFacts extends StaleReport {
  stale: StaleFindingWithFacts[];
}

/** The report as JSON prints it and the library returns it: the findings without their facts. */
export function staleReportData(report: StaleReportWithFacts): StaleReport {
  return { ...report, stale: report.stale.map(withoutFacts) };
}
