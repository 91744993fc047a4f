// In-memory record files → the input of the pure report code, with git dates given
// by hand: the report modules are tested without a disk or a repository.
import { buildGraph } from '../../src/model/graph.js';
import type { ActedCommit } from '../../src/report/acted.js';
import type { ReportPeriod } from '../../src/report/loop-model.js';
import { type FileDates, recordDates } from '../../src/report/record-dates.js';
import type { ReportInput, StatusHistory } from '../../src/report/report-input.js';
import { loadFiles } from './load-files.js';

/** The period the report tests use unless they say otherwise: 14 days, Monday to Sunday. */
export const PERIOD: ReportPeriod = { since: '2026-10-12', until: '2026-10-25', label: null };

export interface ReportInputOptions {
  period?: ReportPeriod;
  /** The report day; also the date of anything git does not know (work not committed yet). */
  asOf?: string;
  config?: ReportInput['config'];
  /** What git knows of each file: the day it was added, the day it last changed. */
  fileDates?: Record<string, FileDates>;
  stale?: string[];
  warnings?: string[];
  /** What git knows of each hypothesis file's statuses, by file; none unless given. */
  statusHistory?: ReportInput['statusHistory'] | Record<string, StatusHistory>;
  /** Each record file's age in days; 0 unless given. */
  ageOf?: (file: string) => number;
  trackedFiles?: readonly string[];
  /** Every commit, for "acted on"; null (the commits not read) unless given. */
  commits?: readonly ActedCommit[] | null;
}

/**
 * The report input for these files. A file that fails its schema would silently drop out
 * of the graph and make a test pass for the wrong reason, so it throws instead.
 */
export function reportInput(files: Record<string, string>, options: ReportInputOptions = {}): ReportInput {
  const loaded = loadFiles(files);
  const invalid = loaded.filter((file) => !file.record);
  if (invalid.length > 0) {
    throw new Error(`not valid records: ${invalid.map((file) => `${file.file} (${file.problems.map((problem) => problem.message).join('; ')})`).join(', ')}`);
  }
  const asOf = options.asOf ?? '2026-11-25';
  const fileDates = options.fileDates ?? {};
  return {
    graph: buildGraph(loaded),
    config: options.config ?? {},
    period: options.period ?? PERIOD,
    asOf,
    dates: recordDates((file) => fileDates[file] ?? {}, asOf),
    stale: options.stale ?? [],
    warnings: options.warnings ?? [],
    skipped: [],
    ageOf: options.ageOf ?? (() => 0),
    trackedFiles: options.trackedFiles ?? null,
    commits: options.commits ?? null,
    statusHistory: options.statusHistory instanceof Map ? options.statusHistory : new Map(Object.entries(options.statusHistory ?? {})),
  };
}
