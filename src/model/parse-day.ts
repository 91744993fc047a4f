// The day a command or library call evaluates as (`--as-of`, `asOf`): a date written
// YYYY-MM-DD, a Date (its local calendar day), or today when none is given.
import { formatDay, isCalendarDate } from './dates.js';
import { describeBadDate } from './describe-schema-issue.js';
import { HypoError } from './hypo-error.js';
import { exampleOf } from './option-names.js';

/** `name` is how the caller spells the option (`--as-of`, `asOf`), for the message. */
export function resolveDay(value: string | Date | undefined, today: Date, name: string): string {
  if (value === undefined) return formatDay(today);
  if (value instanceof Date) return formatDay(value);
  if (!isCalendarDate(value)) {
    throw new HypoError('bad-date', describeBadDate(name, value), { hint: `for example ${exampleOf(name, '2026-11-30')}` });
  }
  return value;
}
