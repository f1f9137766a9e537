import type { BusinessCalendar } from '@/protocols/types';

/** Monday to Friday: the working week when a pack has no calendar. ISO weekdays, 1 = Monday … 7 = Sunday. */
export const DEFAULT_WORKING_DAYS: readonly number[] = [1, 2, 3, 4, 5];

/** The longest deadline counted: a year of business days; beyond that a reply should name a date, not a count. */
export const MAX_BUSINESS_DAYS = 365;

/** A local calendar date as `YYYY-MM-DD` (the pack's holiday format). Never `toISOString`, which is the UTC date. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** ISO weekday of the local date: 1 = Monday … 7 = Sunday (`getDay` counts Sunday as 0). */
function isoWeekday(date: Date): number {
  return date.getDay() || 7;
}

/**
 * Adds `days` business days to the local calendar date of `from`: the start day itself never counts, so one business
 * day from a Friday (or a Saturday) is the Monday. Non-working weekdays and the calendar's holidays are skipped.
 * Undefined when there is nothing sensible to count: a negative, fractional or too large count, an invalid date, or a
 * calendar without a single working day.
 */
export function addBusinessDays(from: Date, days: number, calendar?: Partial<BusinessCalendar>): Date | undefined {
  if (!Number.isInteger(days) || days < 0 || days > MAX_BUSINESS_DAYS || Number.isNaN(from.getTime())) return undefined;
  const workingDays = new Set((Array.isArray(calendar?.workingDays) ? calendar.workingDays : DEFAULT_WORKING_DAYS).filter((d) => Number.isInteger(d) && d >= 1 && d <= 7));
  if (workingDays.size === 0) return undefined;
  const holidays = new Set(Array.isArray(calendar?.holidays) ? calendar.holidays : []);
  // Local noon: stepping a day at a time from midnight can land on a skipped hour where DST starts at midnight.
  const day = new Date(from.getFullYear(), from.getMonth(), from.getDate(), 12);
  // A bound no real count reaches (each week has a working day, each holiday costs at most one more): whatever a pack's
  // calendar holds, this loop ends.
  let left = days;
  for (let budget = 7 * (days + holidays.size + 1); left > 0 && budget > 0; budget--) {
    day.setDate(day.getDate() + 1);
    if (workingDays.has(isoWeekday(day)) && !holidays.has(localIsoDate(day))) left--;
  }
  return left === 0 ? day : undefined;
}

const LONG_DATE: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };

/** «lunes, 30 de noviembre», «Monday, November 30»: the way a reply names a day; an unknown locale falls back to Spanish. */
export function formatLongDate(date: Date, locale: string | undefined): string {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(locale || 'es', LONG_DATE);
  } catch {
    // A pack's locale is free text; a malformed tag must not stop the reply from rendering.
    format = new Intl.DateTimeFormat('es', LONG_DATE);
  }
  return format.format(date);
}
