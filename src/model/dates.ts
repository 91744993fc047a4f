// Dates in records are plain `YYYY-MM-DD` strings (YAML 1.2 keeps them as text),
// compared as strings and turned into day numbers only for arithmetic.

export const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDateShaped(value: string): boolean {
  return DATE_PATTERN.test(value);
}

/** True for a `YYYY-MM-DD` string naming a day that exists (no 2023-02-29, no month 13). */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** The calendar day of `date` in local time, as `YYYY-MM-DD`. */
export function formatDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The earlier of two `YYYY-MM-DD` days (they compare as text). */
export function earlierDay(a: string, b: string): string {
  return [a, b].sort()[0]!;
}

/** Whole days from `from` to `to`, both `YYYY-MM-DD` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayMs(to) - dayMs(from)) / DAY_MS);
}

/** Each day's start, parsed once: reports ask for the days between the same few thousand days many times over. */
const parsedDays = new Map<string, number>();

function dayMs(day: string): number {
  let ms = parsedDays.get(day);
  if (ms === undefined) {
    ms = Date.parse(`${day}T00:00:00Z`);
    parsedDays.set(day, ms);
  }
  return ms;
}

/** `date` moved by `days` (negative to go back), `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** `count` windows of `length` days each, back to back, the last ending on `lastDay`; oldest first. */
export function dayWindows(lastDay: string, length: number, count: number): { since: string; until: string }[] {
  return Array.from({ length: count }, (_, index) => {
    const until = addDays(lastDay, -length * (count - 1 - index));
    return { since: addDays(until, -(length - 1)), until };
  });
}
