import type { Cents } from '../money';
import type { Policy } from '../policy';
import { clampToWindow, windowFrom, type CalendarDate, type DateWindow } from './calendar';
import { assertBalanceOwed, assertPositiveAmount, singlePayment, type SinglePayment } from './schedule';

/** The debtor's word to pay an amount by a date. */
export interface PromiseToPay extends SinglePayment {
  kind: 'promise';
}

/** What a promise may be, so a dialog can say so before the debtor picks. */
export interface PromiseLimits {
  minAmountCents: Cents;
  maxAmountCents: Cents;
  window: DateWindow;
}

export interface PromiseRequest {
  amountCents: Cents;
  date: CalendarDate;
}

/** Checked in this order; the first one found is given. */
export type PromiseRefusal = 'amount_below_minimum' | 'amount_above_balance' | 'date_outside_window';

export type PromiseProposal =
  | { accepted: true; promise: PromiseToPay }
  | { accepted: false; reason: PromiseRefusal; /** The allowed promise nearest to the request. */ promise: PromiseToPay };

export function promiseLimits(balanceCents: Cents, policy: Policy, today: CalendarDate): PromiseLimits {
  assertBalanceOwed(balanceCents);
  return {
    // A balance below the policy minimum may still be promised in full.
    minAmountCents: Math.min(Math.max(policy.promiseToPay.minAmount, 1), balanceCents),
    maxAmountCents: balanceCents,
    window: windowFrom(today, policy.promiseToPay.maxDaysAhead),
  };
}

/** Grants the promise when policy allows it; otherwise the nearest allowed: amount and date clamped. */
export function proposePromise(balanceCents: Cents, policy: Policy, today: CalendarDate, request: PromiseRequest): PromiseProposal {
  const limits = promiseLimits(balanceCents, policy, today);
  const asked = assertPositiveAmount(request.amountCents, 'the promised amount');
  const amountCents = Math.min(Math.max(asked, limits.minAmountCents), limits.maxAmountCents);
  const dueDate = clampToWindow(request.date, limits.window);
  const promise: PromiseToPay = { kind: 'promise', ...singlePayment(amountCents, dueDate) };
  const reason = refusalOf(asked, request.date, promise, limits);
  return reason === undefined ? { accepted: true, promise } : { accepted: false, reason, promise };
}

function refusalOf(asked: Cents, askedDate: CalendarDate, promise: PromiseToPay, limits: PromiseLimits): PromiseRefusal | undefined {
  if (asked < limits.minAmountCents) return 'amount_below_minimum';
  if (asked > limits.maxAmountCents) return 'amount_above_balance';
  return askedDate === promise.dueDate ? undefined : 'date_outside_window';
}
