import type { Cents } from '../money';
import type { Policy } from '../policy';
import { windowFrom, type CalendarDate } from './calendar';
import { assertBalanceOwed, singlePayment, type SinglePayment } from './schedule';

/** The whole balance in one payment. */
export interface PayInFull extends SinglePayment {
  kind: 'pay_in_full';
}

/** Due by the last day a plan's first payment could fall on, so paying in full never asks more of the debtor sooner. */
export function payInFull(balanceCents: Cents, policy: Policy, today: CalendarDate): PayInFull {
  const dueBy = windowFrom(today, policy.plans.firstPaymentWithinDays).latest;
  return { kind: 'pay_in_full', ...singlePayment(assertBalanceOwed(balanceCents), dueBy) };
}
