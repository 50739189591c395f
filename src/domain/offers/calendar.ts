import { DateTime } from 'luxon';
import { DomainError } from '../errors';

/** A calendar date "YYYY-MM-DD" in the debtor's time zone. ISO dates compare correctly as text. */
export type CalendarDate = string;

/** The days on which something may fall, both ends included. */
export interface DateWindow {
  earliest: CalendarDate;
  latest: CalendarDate;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// Calendar arithmetic runs in UTC: a date has no time of day, so no daylight-saving change may move it.
function toDateTime(date: CalendarDate): DateTime<true> {
  const parsed = ISO_DATE.test(date) ? DateTime.fromISO(date, { zone: 'utc' }) : undefined;
  if (!parsed?.isValid) throw new DomainError('invalid_date', `"${date}" is not a calendar date YYYY-MM-DD`);
  return parsed;
}

function toCalendarDate(dateTime: DateTime<true>): CalendarDate {
  return dateTime.toISODate();
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01: day arithmetic is plain integers (it runs for every installment of every offer). */
function epochDay(date: CalendarDate): number {
  const ms = ISO_DATE.test(date) ? Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) : Number.NaN;
  // Date.UTC rolls "02-30" over into March; a real date comes back unchanged.
  if (!Number.isFinite(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new DomainError('invalid_date', `"${date}" is not a calendar date YYYY-MM-DD`);
  }
  return ms / DAY_MS;
}

const fromEpochDay = (day: number): CalendarDate => new Date(day * DAY_MS).toISOString().slice(0, 10);

export function assertCalendarDate(date: CalendarDate): CalendarDate {
  epochDay(date);
  return date;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromEpochDay(epochDay(date) + days);
}

/** Clamps to the end of a shorter month: Jan 31 + 1 month is Feb 28 (Feb 29 in a leap year). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  return toCalendarDate(toDateTime(date).plus({ months }));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return epochDay(to) - epochDay(from);
}

/**
 * The first date on or after `from` that falls on day `day` of its month; in months too short for
 * it, the month's last day ("I get paid on the 31st" means Feb 28 in February).
 */
export function nextDayOfMonth(from: CalendarDate, day: number): CalendarDate {
  if (!Number.isInteger(day) || day < 1 || day > 31) throw new DomainError('invalid_date', `${day} is not a day of the month`);
  const start = toDateTime(from);
  const inMonth = (month: DateTime<true>) => month.set({ day: Math.min(day, month.daysInMonth) });
  const thisMonth = inMonth(start.startOf('month'));
  return toCalendarDate(thisMonth >= start ? thisMonth : inMonth(start.startOf('month').plus({ months: 1 })));
}

/** From `today` through `days` days later. */
export function windowFrom(today: CalendarDate, days: number): DateWindow {
  return { earliest: assertCalendarDate(today), latest: addDays(today, days) };
}

export function isWithin(date: CalendarDate, window: DateWindow): boolean {
  return date >= window.earliest && date <= window.latest;
}

/** The allowed day nearest to `date`. */
export function clampToWindow(date: CalendarDate, window: DateWindow): CalendarDate {
  const valid = assertCalendarDate(date);
  if (valid < window.earliest) return window.earliest;
  return valid > window.latest ? window.latest : valid;
}
