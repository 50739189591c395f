import { DateTime } from 'luxon';
import type { Account } from '../src/domain/account';
import type { Clock } from '../src/domain/clock';
import { debtorTimezone, type Policy } from '../src/domain/policy';

/** Today's date where the debtor lives: due dates and "within N days" are counted from it. */
export function localToday(account: Account, policy: Policy, clock: Clock): string {
  return DateTime.fromJSDate(clock.now(), { zone: debtorTimezone(account, policy) }).toISODate() as string;
}
