// `hypo report` on a folder: the report computed last time when nothing it was computed
// from changed (kept-result.ts), else computed, with the history walk run while the records
// parse. A period bounded by a git ref is computed and never kept: the ref may move
// without HEAD moving.
import { isCalendarDate } from '../model/dates.js';
import type { Env } from '../model/env.js';
import type { Lang } from '../model/lang.js';
import type { PeriodOptionNames } from '../model/option-names.js';
import type { LearningLoopReport } from '../report/loop-model.js';
import { hasArrays, keptWithHistory } from './kept-result.js';

export interface FolderReportOptions {
  since?: string;
  until?: string;
  sprint?: string;
  /** The as-of day, resolved already (YYYY-MM-DD). */
  asOf?: string;
  optionNames?: PeriodOptionNames;
  today: Date;
  env: Env;
}

export interface FolderReport {
  report: LearningLoopReport;
  /** The config's `lang`, when it names one. */
  lang?: Lang;
}

export async function reportForFolder(cwd: string, options: FolderReportOptions): Promise<FolderReport> {
  const { since, until, sprint, asOf, today, env } = options;
  const { result, lang } = await keptWithHistory(
    cwd,
    {
      command: 'report',
      asked: [since ?? null, until ?? null, sprint ?? null, asOf ?? null],
      keyable: (since === undefined || isCalendarDate(since)) && (until === undefined || isCalendarDate(until)),
      today,
      env,
      isResult: isReport,
    },
    async (loaded) => {
      const { buildReportReading } = await import('./build-report.js');
      const { report, tracked } = await buildReportReading(loaded.repository, {
        since,
        until,
        sprint,
        ...(options.optionNames ? { optionNames: options.optionNames } : {}),
        asOf,
        today,
        env,
        history: loaded,
      });
      return { result: report, tracked };
    },
  );
  return { report: result, ...(lang ? { lang } : {}) };
}

function isReport(value: unknown): value is LearningLoopReport {
  return (
    hasArrays(value, ['tested', 'learned', 'decided', 'opened', 'testNext', 'warnings', 'skipped']) &&
    typeof value.asOf === 'string' &&
    typeof value.period === 'object' &&
    value.period !== null
  );
}
