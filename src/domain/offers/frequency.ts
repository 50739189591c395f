import { frequencies, type Frequency } from '../policy';
import { addDays, addMonths, daysBetween, type CalendarDate } from './calendar';

const daysPerPeriod = { weekly: 7, biweekly: 14 } as const;

/**
 * The due date `periods` periods after `first`. Monthly dates are counted from the first date, not
 * from the previous one, so a plan starting Jan 31 falls due Feb 28, Mar 31, Apr 30: never drifting.
 */
export function dueDateAfter(first: CalendarDate, frequency: Frequency, periods: number): CalendarDate {
  return frequency === 'monthly' ? addMonths(first, periods) : addDays(first, periods * daysPerPeriod[frequency]);
}

/**
 * How many installments fit a term of `maxMonths` starting on `first`: each installment pays for one
 * period, and the last period must end by first + maxMonths months. So a 12-month cap allows 12
 * monthly, 26 biweekly or 52 weekly installments, never a 13th month.
 */
export function installmentsWithinTerm(first: CalendarDate, frequency: Frequency, maxMonths: number): number {
  if (frequency === 'monthly') return maxMonths;
  return Math.floor(daysBetween(first, addMonths(first, maxMonths)) / daysPerPeriod[frequency]);
}

/** The frequencies a policy allows, each once, most frequent first. */
export function allowedFrequencies(allowed: readonly Frequency[]): Frequency[] {
  return frequencies.filter((frequency) => allowed.includes(frequency));
}

/**
 * The allowed frequency closest in period length to the requested one; a tie (biweekly asked,
 * weekly and monthly allowed) goes to the more frequent, which still lands on every biweekly payday.
 * With nothing requested, the longest period allowed: the fewest payments to keep track of.
 */
export function nearestAllowedFrequency(requested: Frequency | undefined, allowed: readonly Frequency[]): Frequency {
  const candidates = allowedFrequencies(allowed);
  if (requested === undefined) return candidates[candidates.length - 1] as Frequency;
  const distance = (frequency: Frequency) => Math.abs(frequencies.indexOf(frequency) - frequencies.indexOf(requested));
  return candidates.reduce((best, frequency) => (distance(frequency) < distance(best) ? frequency : best));
}
