import { localTimeIn } from '../../domain/zone-time';

/** A calendar day in the debtor's zone, as plain numbers (month 1-12). */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** The day in `timezone`, or in UTC when the zone is unknown. */
export function todayIn(now: Date, timezone: string): Day {
  const zoned = localTimeIn(now, timezone) ?? localTimeIn(now, 'UTC');
  return { year: zoned?.year ?? NaN, month: zoned?.month ?? NaN, day: zoned?.day ?? NaN };
}

export function isRealDay({ year, month, day }: Day): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function addDays(d: Day, days: number): Day {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** The next date on or after `today` falling on day-of-month `dayOfMonth` (skipping short months). */
export function nextDayOfMonth(today: Day, dayOfMonth: number): Day | undefined {
  if (dayOfMonth < 1 || dayOfMonth > 31) return undefined;
  for (let i = 0; i < 13; i++) {
    const monthIndex = today.month - 1 + i;
    const candidate = { year: today.year + Math.floor(monthIndex / 12), month: (monthIndex % 12) + 1, day: dayOfMonth };
    if (isRealDay(candidate) && compareDays(candidate, today) >= 0) return candidate;
  }
  return undefined;
}
