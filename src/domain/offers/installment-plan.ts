import { divideCents, type Cents } from '../money';
import type { Frequency, Policy } from '../policy';
import { assertCalendarDate, type CalendarDate } from './calendar';
import { dueDateAfter, installmentsWithinTerm } from './frequency';
import { assertBalanceOwed, atAmount, runsOf, splitEvenly, type PaymentRun, type ScheduledPayment } from './schedule';

/** The balance paid in installments on a fixed frequency. */
export interface InstallmentPlan {
  kind: 'plan';
  frequency: Frequency;
  count: number;
  totalCents: Cents;
  firstDueDate: CalendarDate;
  lastDueDate: CalendarDate;
  /** The amounts in order, grouped: 6 x 10338 then 6 x 10337. */
  runs: PaymentRun[];
  installments: ScheduledPayment[];
}

/** How many installments policy allows, and which rule sets the limit. */
export interface InstallmentLimit {
  maxCount: number;
  /** The most that fit within plans.maxMonths. */
  byTerm: number;
  /** The most that keep every installment at or above plans.minInstallment (at least 1: the whole balance). */
  byMinInstallment: number;
}

export function installmentPlan(balanceCents: Cents, frequency: Frequency, count: number, firstDueDate: CalendarDate): InstallmentPlan {
  return planOf(balanceCents, frequency, splitEvenly(assertBalanceOwed(balanceCents), count), firstDueDate);
}

/**
 * The balance in payments of the amount the debtor named ("75 every 2 weeks"), the rest in a
 * smaller last one kept at or above plans.minInstallment (see atAmount).
 */
export function installmentPlanAt(balanceCents: Cents, plans: Policy['plans'], frequency: Frequency, amountCents: Cents, firstDueDate: CalendarDate): InstallmentPlan {
  return planOf(balanceCents, frequency, atAmount(assertBalanceOwed(balanceCents), amountCents, Math.max(plans.minInstallment, 1)), firstDueDate);
}

function planOf(balanceCents: Cents, frequency: Frequency, amounts: Cents[], firstDueDate: CalendarDate): InstallmentPlan {
  const count = amounts.length;
  const first = assertCalendarDate(firstDueDate);
  const installments = amounts.map((amountCents, index) => ({ dueDate: dueDateAfter(first, frequency, index), amountCents }));
  return {
    kind: 'plan',
    frequency,
    count,
    totalCents: balanceCents,
    firstDueDate: first,
    lastDueDate: (installments[installments.length - 1] as ScheduledPayment).dueDate,
    runs: runsOf(amounts),
    installments,
  };
}

export function installmentLimit(balanceCents: Cents, plans: Policy['plans'], frequency: Frequency, firstDueDate: CalendarDate): InstallmentLimit {
  const byTerm = installmentsWithinTerm(firstDueDate, frequency, plans.maxMonths);
  // Even splits make the smallest installment floor(balance / count), so count <= floor(balance / min).
  // A minimum of zero still means no installment of zero cents.
  const byMinInstallment = Math.max(1, divideCents(balanceCents, Math.max(plans.minInstallment, 1), 'down'));
  return { maxCount: Math.min(byTerm, byMinInstallment), byTerm, byMinInstallment };
}
