// The journey map as of a day: what `hypo journey` prints and the library's `buildJourney`
// returns. A past day shows the repository as it was then (from git), as `hypo stale --as-of`.
import { formatDay } from '../model/dates.js';
import { resolveDay } from '../model/parse-day.js';
import { journeyMap } from '../report/journey-map.js';
import type { JourneyMap } from '../report/journey-model.js';
import type { Repository } from '../store/load-repository.js';
import { type HistoryOptions, type RepositoryWithHistory, readHistory } from './history.js';
import { skippedOf } from './repository.js';
import { snapshotAt } from './snapshot.js';

export interface BuildJourneyOptions extends HistoryOptions {
  /** The map as of the end of this day: `YYYY-MM-DD` or a Date (its local calendar day). Default: `today`. */
  asOf?: string | Date;
  /** What day it is. */
  today: Date;
  /** The history, when the caller read it already. */
  history?: RepositoryWithHistory;
}

/** The map, and why it may differ from the repository on that day (no git, a shallow clone). */
export interface JourneyResult {
  journey: JourneyMap;
  warnings: string[];
}

export async function buildJourney(current: Repository, options: BuildJourneyOptions): Promise<JourneyResult> {
  const asOf = resolveDay(options.asOf, options.today, 'asOf');
  const today = formatDay(options.today);
  const snapshot = await snapshotAt(options.history ?? (await readHistory(current, options)), asOf, today, options.env);
  const { repository } = snapshot;
  const journey = journeyMap({ graph: repository.graph, config: repository.config, asOf, skipped: skippedOf(repository) });
  // The map counts no ages: the history's warnings (ages without git, a shallow clone) matter only for a past day's state.
  return { journey, warnings: [...(asOf < today ? snapshot.history.warnings : []), ...snapshot.warnings] };
}
