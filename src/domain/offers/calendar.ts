import { DomainError } from '../errors';
import { DAY_MS } from '../clock';

/** A calendar date "YYYY-MM-DD" in the debtor's time zone. ISO dates compare correctly as text. */
export type CalendarDate = string;

/** The days on which something may fall, both ends included. */
export interface DateWindow {
  earliest: CalendarDate;
  latest: CalendarDate;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;


/**
 * Days since 1970-01-01. Calendar arithmetic is plain integers in UTC: a date has no time of day,
 * so no daylight-saving change may move it, and it runs for every installment of every offer.
 */
function epochDay(date: CalendarDate): number {
  const ms = ISO_DATE.test(date) ? Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) : Number.NaN;
  // Date.UTC rolls "02-30" over into March; a real date comes back unchanged.
  if (!Number.isFinite(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new DomainError('invalid_date', `"${date}" is not a calendar date YYYY-MM-DD`);
  }
  return ms / DAY_MS;
}

const fromEpochDay = (day: number): CalendarDate => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** A valid date's numbers, month 1-12. */
function parts(date: CalendarDate): { year: number; month: number; day: number } {
  assertCalendarDate(date);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Day `day` of a month counted from `year`'s January (13 is the next January), or that month's last day. */
function dayIn(year: number, month: number, day: number): CalendarDate {
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/** Whether `text` is a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(text: string): boolean {
  try {
    epochDay(text);
    return true;
  } catch {
    return false;
  }
}

export function assertCalendarDate(date: CalendarDate): CalendarDate {
  epochDay(date);
  return date;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromEpochDay(epochDay(date) + days);
}

/** Clamps to the end of a shorter month: Jan 31 + 1 month is Feb 28 (Feb 29 in a leap year). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = parts(date);
  return dayIn(year, month + months, day);
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
  const { year, month } = parts(from);
  const thisMonth = dayIn(year, month, day);
  return thisMonth >= from ? thisMonth : dayIn(year, month + 1, day);
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
