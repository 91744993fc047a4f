// How old a record is: from its `created` field when present, else from the commit
// that first added it, else (not committed yet) from the day it is looked at.
import { daysBetween } from './dates.js';

export type AgeSource = 'created' | 'git' | 'uncommitted';

export interface RecordAge {
  /** The day the record's life starts, `YYYY-MM-DD`. */
  since: string;
  source: AgeSource;
  days: number;
}

/** `firstCommitDate`: ISO date-time of the commit that added the file, if any. */
export function recordAge(created: string | undefined, firstCommitDate: string | undefined, asOf: string): RecordAge {
  const [since, source]: [string, AgeSource] = created ? [created, 'created'] : firstCommitDate ? [firstCommitDate.slice(0, 10), 'git'] : [asOf, 'uncommitted'];
  return { since, source, days: Math.max(0, daysBetween(since, asOf)) };
}
