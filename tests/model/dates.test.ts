import { describe, expect, it } from 'vitest';
import { isCalendarDate, isDateShaped } from '../../src/model/dates.js';

describe('isCalendarDate', () => {
  it.each(['2024-02-29', '2000-02-29', '0000-02-29', '0096-02-29', '2026-01-01', '2026-12-31', '2026-04-30'])('accepts %s', (date) => {
    expect(isCalendarDate(date)).toBe(true);
  });

  it.each([
    ['a leap day in a common year', '2023-02-29'],
    ['a leap day in a century year not divisible by 400', '1900-02-29'],
    ['month 13', '2026-13-01'],
    ['month 00', '2026-00-10'],
    ['day 00', '2026-04-00'],
    ['April 31', '2026-04-31'],
    ['day 32', '2026-01-32'],
    ['a date without leading zeros', '2026-4-1'],
    ['a date with a time', '2026-04-01T10:00'],
    ['text', 'tomorrow'],
  ])('rejects %s', (_, date) => {
    expect(isCalendarDate(date)).toBe(false);
  });
});

describe('isDateShaped', () => {
  it('accepts YYYY-MM-DD, even when the day does not exist', () => {
    expect(isDateShaped('2026-04-01')).toBe(true);
    expect(isDateShaped('2026-13-45')).toBe(true);
  });

  it.each(['2026-4-1', '26-04-01', '2026/04/01', ' 2026-04-01', '2026-04-01 ', '5 mars 2026'])('rejects %j', (value) => {
    expect(isDateShaped(value)).toBe(false);
  });
});
