import { collectionStoppingFlags, type AccountFlag } from './account';
import type { Arrangement } from './arrangement';
import { DomainError } from './errors';
import type { CalendarDate } from './offers/calendar';

/**
 * Flags that suspend the account's active promises and plans (issue #19 item 11): whatever stops
 * collection, and a dispute (RF-18: collection stops until verification is sent). Reminders and
 * due-date checks pass over a suspended arrangement, so nothing contradicts what the debtor was
 * told ("we'll pause collection"); a specialist resumes it.
 */
export const suspendingFlags: readonly AccountFlag[] = [...collectionStoppingFlags, 'dispute'];

/** The first of `raised` that suspends arrangements, or null. */
export function suspendingFlagIn(raised: readonly AccountFlag[]): AccountFlag | null {
  return raised.find((flag) => suspendingFlags.includes(flag)) ?? null;
}

/** An active arrangement becomes suspended with its reason and time; any other is left as it is. */
export function suspendArrangement(arrangement: Arrangement, reason: AccountFlag, at: string): Arrangement {
  if (arrangement.status !== 'active') return arrangement;
  return { ...arrangement, status: 'suspended', suspendedReason: reason, suspendedAt: at };
}

/**
 * A suspended arrangement becomes active again. Refused when an unpaid installment fell due while
 * it was suspended: the debtor was told collection had paused, so holding them to that date now
 * would break the promise for them; the specialist agrees a new arrangement instead.
 */
export function resumeArrangement(arrangement: Arrangement, today: CalendarDate): Arrangement {
  if (arrangement.status !== 'suspended') throw new DomainError('not_suspended', `arrangement ${arrangement.id} is ${arrangement.status}, not suspended`, 'conflict');
  const lapsed = arrangement.installments.find((installment) => installment.status === 'scheduled' && installment.dueDate < today);
  if (lapsed) {
    throw new DomainError('schedule_lapsed', `the installment due ${lapsed.dueDate} fell due while the arrangement was suspended; agree a new arrangement with the debtor`, 'conflict');
  }
  const { suspendedReason: _reason, suspendedAt: _at, ...rest } = arrangement;
  return { ...rest, status: 'active' };
}
