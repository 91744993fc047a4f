// The data `hypo affected` prints, in every format.
import type { AffectedRecord } from '../rules/affected.js';

export interface AffectedReport {
  /** The ref compared with, or null when paths were given or only uncommitted changes count. */
  since: string | null;
  /** Changed paths relative to the repository root. */
  changed: string[];
  affected: AffectedRecord[];
  /** Statuses that fail the run (`--fail-on`). */
  failOn: string[];
}

export function affectedReportJson(report: AffectedReport): object {
  return {
    since: report.since,
    changed: report.changed,
    affected: report.affected.map(({ id, status, files }) => ({ id, status, files })),
  };
}

export function failingRecords(report: AffectedReport): AffectedRecord[] {
  return report.affected.filter((record) => report.failOn.includes(record.status));
}
