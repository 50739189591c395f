import { DateTime } from 'luxon';
import type { Account } from '../src/domain/account';
import type { Clock } from '../src/domain/clock';

/** Used when an account has no time zone on file: the creditor's own (Northwind's is US Eastern). */
export const fallbackTimezone = 'America/New_York';

/** Today's date where the debtor lives: due dates and "within N days" are counted from it. */
export function localToday(account: Account, clock: Clock): string {
  return DateTime.fromJSDate(clock.now(), { zone: account.timezone ?? fallbackTimezone }).toISODate() as string;
}
