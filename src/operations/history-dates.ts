// The dates the report modules read (report/record-dates.ts), from the one history walk:
// the day of the commit that added each record file and of the last one that changed it.
import { type RecordDates, recordDates } from '../report/record-dates.js';
import { commitDay, type RepositoryHistory } from '../store/git-history.js';

/** `today`: the date of anything git does not know, such as a record not committed yet. */
export function historyDates(history: Pick<RepositoryHistory, 'files'>, today: string): RecordDates {
  return recordDates((file) => {
    const { added, changed } = history.files.get(file) ?? {};
    return { ...(added ? { added: commitDay(added) } : {}), ...(changed ? { changed: commitDay(changed) } : {}) };
  }, today);
}
