import { DomainError } from '../errors';
import { assertCents, divideCents, type Cents } from '../money';
import type { CalendarDate } from './calendar';

/** One payment the debtor would make; an arrangement records it with a status. */
export interface ScheduledPayment {
  dueDate: CalendarDate;
  amountCents: Cents;
}

/** Consecutive installments of one amount, so a message can state every amount exactly. */
export interface PaymentRun {
  count: number;
  amountCents: Cents;
}

/** The fields every offer of a single payment carries. */
export interface SinglePayment {
  totalCents: Cents;
  dueDate: CalendarDate;
  installments: [ScheduledPayment];
}

export function assertBalanceOwed(balanceCents: Cents): Cents {
  assertCents(balanceCents, 'the balance');
  if (balanceCents <= 0) throw new DomainError('invalid_balance', 'an offer needs a balance owed of at least one cent');
  return balanceCents;
}

export function assertPositiveAmount(amountCents: Cents, what: string): Cents {
  assertCents(amountCents, what);
  if (amountCents <= 0) throw new DomainError('invalid_amount', `${what} must be at least one cent`);
  return amountCents;
}

/**
 * Splits `total` into `count` amounts that sum to it exactly and differ by at most one cent. The
 * leftover cents (fewer than `count`) go one each onto the first installments: 124050 in 12 is
 * 6 x 10338 then 6 x 10337. Integer division only; no amount ever passes through a float.
 */
export function splitEvenly(total: Cents, count: number): Cents[] {
  if (!Number.isSafeInteger(count) || count < 1) throw new DomainError('invalid_count', 'the number of installments must be a whole number of at least 1');
  const base = divideCents(total, count, 'down');
  const remainder = total - base * count;
  return Array.from({ length: count }, (_, index) => (index < remainder ? base + 1 : base));
}

export function runsOf(amounts: readonly Cents[]): PaymentRun[] {
  const runs: PaymentRun[] = [];
  for (const amountCents of amounts) {
    const last = runs[runs.length - 1];
    if (last?.amountCents === amountCents) last.count += 1;
    else runs.push({ count: 1, amountCents });
  }
  return runs;
}

export function singlePayment(amountCents: Cents, dueDate: CalendarDate): SinglePayment {
  return { totalCents: amountCents, dueDate, installments: [{ dueDate, amountCents }] };
}
