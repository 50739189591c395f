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

/**
 * `total` in payments of the debtor's own `amount`, the rest in a smaller last one: 124050 at
 * 7500 is 16 x 7500 then 4050. A rest below `minimum` is shared evenly with the payment before
 * it, so none is below the minimum nor above the amount (86000 at 5000, minimum 2500: 16 x 5000,
 * 2 x 3000); where even that falls below the minimum, the even split of as many payments.
 */
export function atAmount(total: Cents, amount: Cents, minimum: Cents): Cents[] {
  assertPositiveAmount(amount, 'the installment amount');
  const count = divideCents(total, amount, 'up');
  const rest = total - amount * (count - 1);
  const full = (n: number) => Array<Cents>(Math.max(n, 0)).fill(amount);
  if (rest >= minimum || count === 1) return [...full(count - 1), rest];
  const shared = splitEvenly(amount + rest, 2);
  if (Math.min(...shared) >= minimum) return [...full(count - 2), ...shared];
  return splitEvenly(total, count);
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
