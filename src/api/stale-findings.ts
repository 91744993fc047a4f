// The library's `staleFindings`: what `hypo stale --format json` reports, as data.
import { findStaleRecords } from '../rules/stale.js';
import type { StaleReport } from '../report/stale-report.js';
import type { Repository } from '../store/load-repository.js';
import { type AsOfOption, type HistoryOptions, readHistoryWithAges, resolveDay } from './history.js';

export interface StaleFindingsOptions extends HistoryOptions, AsOfOption {
  /** An open hypothesis older than this many days is stale (default: the config's stale_after_days). */
  days?: number;
}

/**
 * Assumptions left untested, reviews and running experiments past their dates, as of a
 * day. `warnings` says when ages may be off (no git, a shallow clone).
 */
export async function staleFindings(repository: Repository, options: StaleFindingsOptions = {}): Promise<StaleReport> {
  const asOf = resolveDay(options.asOf);
  const days = options.days ?? repository.config.stale_after_days;
  const { history, ageOf } = await readHistoryWithAges(repository, options);
  const stale = findStaleRecords(repository.files, repository.graph, { asOf, days, ageOf: (file) => ageOf(file, asOf).days });
  return { asOf, stale, warnings: history.warnings };
}
