// The data `hypo stale` prints, in every format; `--format json` prints it as it is.
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
