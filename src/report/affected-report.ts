// The data `hypo affected` prints, in every format.
import type { SkippedRecord } from '../model/skipped-records.js';
import { type AffectedRecord, INVALID_STATUS } from '../rules/affected.js';

export interface AffectedReport {
  /** The ref compared with, or null when paths were given or only uncommitted changes count. */
  since: string | null;
  /** Changed paths relative to the repository root. */
  changed: string[];
  affected: AffectedRecord[];
  /** Statuses that fail the run (`--fail-on`). */
  failOn: string[];
  /** Record files left out for errors; those whose globs could be read are also in `affected`, as `invalid`. */
  skipped: SkippedRecord[];
  /** Left-out record files that could not be parsed at all: whether the change touches their code is unknown. */
  unread: string[];
}

export function affectedReportJson(report: AffectedReport): object {
  return {
    since: report.since,
    changed: report.changed,
    affected: report.affected.map(({ id, status, files }) => ({ id, status, files })),
    skipped: report.skipped,
  };
}

/** With --fail-on, a record left out for errors fails too: it may well have one of the statuses asked about. */
export function failingRecords(report: AffectedReport): AffectedRecord[] {
  if (report.failOn.length === 0) return [];
  return report.affected.filter((record) => record.status === INVALID_STATUS || report.failOn.includes(record.status));
}
