import { afterEach, describe, expect, it } from 'vitest';
import { addBusinessDays, formatLongDate, localIsoDate } from './business-days';

/** A local date at a given hour; months are 1-based here to read like the calendar. */
const at = (y: number, m: number, d: number, hour = 10) => new Date(y, m - 1, d, hour);
const plus = (from: Date, days: number, calendar?: Parameters<typeof addBusinessDays>[2]) => {
  const result = addBusinessDays(from, days, calendar);
  return result && localIsoDate(result);
};

describe('addBusinessDays', () => {
  it('skips the weekend: the start day never counts, Friday + 1 and Saturday + 1 are Monday', () => {
    expect(plus(at(2026, 11, 25), 2)).toBe('2026-11-27'); // Wednesday → Friday
    expect(plus(at(2026, 11, 27), 1)).toBe('2026-11-30'); // Friday → Monday
    expect(plus(at(2026, 11, 28), 1)).toBe('2026-11-30'); // Saturday → Monday
    expect(plus(at(2026, 11, 29), 1)).toBe('2026-11-30'); // Sunday → Monday
    expect(plus(at(2026, 11, 27), 5)).toBe('2026-12-04');
    expect(plus(at(2026, 11, 27), 0)).toBe('2026-11-27');
  });

  it('skips the pack’s holidays and crosses month and year ends', () => {
    const calendar = { workingDays: [1, 2, 3, 4, 5], holidays: ['2026-12-25', '2027-01-01'] };
    expect(plus(at(2026, 12, 24), 1, calendar)).toBe('2026-12-28'); // Thursday; Christmas Friday is off
    expect(plus(at(2026, 12, 30), 2, calendar)).toBe('2027-01-04'); // over New Year's Day and the weekend
    expect(plus(at(2028, 2, 28), 1)).toBe('2028-02-29'); // leap year
    expect(plus(at(2026, 1, 30), 1)).toBe('2026-02-02');
  });

  it('follows the pack’s working week (a team open Monday to Saturday, or only on weekends)', () => {
    expect(plus(at(2026, 11, 27), 1, { workingDays: [1, 2, 3, 4, 5, 6], holidays: [] })).toBe('2026-11-28');
    expect(plus(at(2026, 11, 25), 1, { workingDays: [6, 7], holidays: [] })).toBe('2026-11-28');
    // No calendar, or one without the working week: Monday to Friday.
    expect(plus(at(2026, 11, 27), 1, { holidays: ['2026-11-30'] })).toBe('2026-12-01');
  });

  it('gives up instead of looping when nothing can be counted', () => {
    expect(addBusinessDays(at(2026, 11, 27), 3, { workingDays: [], holidays: [] })).toBeUndefined();
    expect(addBusinessDays(at(2026, 11, 27), 3, { workingDays: [0, 8, 1.5], holidays: [] })).toBeUndefined();
    expect(addBusinessDays(at(2026, 11, 27), -1)).toBeUndefined();
    expect(addBusinessDays(at(2026, 11, 27), 1.5)).toBeUndefined();
    expect(addBusinessDays(at(2026, 11, 27), 366)).toBeUndefined();
    expect(addBusinessDays(new Date(Number.NaN), 1)).toBeUndefined();
  });

  it('counts past a long run of holidays (a team open on Mondays only, 600 Mondays off)', () => {
    const monday = (week: number) => localIsoDate(new Date(2026, 10, 30 + 7 * week, 12));
    const holidays = Array.from({ length: 600 }, (_, week) => monday(week));
    expect(plus(at(2026, 11, 27), 3, { workingDays: [1], holidays })).toBe(monday(602));
  });

  it('does not change the date it was given', () => {
    const from = at(2026, 11, 27);
    addBusinessDays(from, 3);
    expect(localIsoDate(from)).toBe('2026-11-27');
  });
});

describe('local calendar dates, not UTC ones', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  // Node re-reads TZ when it is assigned. Auckland in the morning is still the previous day in UTC; Los Angeles in the
  // evening is already the next one: a date taken with toISOString would be off by one in both.
  it.each([
    ['Pacific/Auckland', 8],
    ['America/Los_Angeles', 20],
  ])('%s at %i h: the holiday and the weekday are the local ones', (tz, hour) => {
    process.env.TZ = tz;
    const friday = at(2026, 11, 27, hour);
    expect(localIsoDate(friday)).toBe('2026-11-27');
    expect(plus(friday, 1, { workingDays: [1, 2, 3, 4, 5], holidays: ['2026-11-30'] })).toBe('2026-12-01');
    expect(formatLongDate(addBusinessDays(friday, 1)!, 'es')).toBe('lunes, 30 de noviembre');
  });
});

describe('formatLongDate', () => {
  it('names the day the way a reply does, in the pack’s language', () => {
    const monday = at(2026, 11, 30);
    expect(formatLongDate(monday, 'es')).toBe('lunes, 30 de noviembre');
    expect(formatLongDate(monday, 'en')).toBe('Monday, November 30');
    expect(formatLongDate(monday, 'es-ES')).toBe('lunes, 30 de noviembre');
  });

  it('falls back to Spanish for a missing or malformed locale instead of throwing', () => {
    expect(formatLongDate(at(2026, 11, 30), 'not a locale!')).toBe('lunes, 30 de noviembre');
    expect(formatLongDate(at(2026, 11, 30), undefined)).toBe('lunes, 30 de noviembre');
  });
});
