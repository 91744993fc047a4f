// Dates given on the command line.
import { formatDay, isCalendarDate } from '../../model/dates.js';
import { HypoError } from '../../model/hypo-error.js';

/** `--as-of DATE`: evaluate as if today were DATE; without it, today. */
export function resolveAsOf(input: string | undefined, now: Date): string {
  if (input === undefined) return formatDay(now);
  if (!isCalendarDate(input)) throw new HypoError('bad-date', `--as-of ${input}: not a date written YYYY-MM-DD`, { hint: 'for example --as-of 2026-11-30' });
  return input;
}

export function parsePositiveInteger(flag: string, input: string): number {
  if (!/^\d+$/.test(input) || Number(input) < 1) throw new HypoError('bad-number', `${flag} ${input}: not a whole number of at least 1`);
  return Number(input);
}
