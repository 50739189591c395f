import { DomainError } from '../errors';
import { divideCents, type Cents } from '../money';
import type { Frequency, Policy } from '../policy';
import { clampToWindow, windowFrom, type CalendarDate } from './calendar';
import { allowedFrequencies, nearestAllowedFrequency } from './frequency';
import { installmentLimit, installmentPlan, type InstallmentLimit, type InstallmentPlan } from './installment-plan';
import { assertBalanceOwed, assertPositiveAmount } from './schedule';

/** What the debtor asked for, as the recognizer understood it; every field may be missing. */
export interface PlanRequest {
  frequency?: Frequency;
  /** What the debtor can pay each time ("$100 a month"); used when no count is given. */
  amountCents?: Cents;
  /** How many installments; wins over amountCents when both are given. */
  count?: number;
  /** When the first installment falls due ("I get paid on the 15th": see nextDayOfMonth). */
  firstDate?: CalendarDate;
}

/** Why a request could not be granted as asked; checked in this order, the first one found is given. */
export type PlanRefusal = 'frequency_not_allowed' | 'first_date_outside_window' | 'exceeds_max_term' | 'below_min_installment';

export type PlanProposal =
  | { accepted: true; plan: InstallmentPlan }
  | {
      accepted: false;
      reason: PlanRefusal;
      /** The allowed plan nearest to the request. */
      plan: InstallmentPlan;
      /** The same request on each other allowed frequency, as near as policy allows (plans of 2+ installments). */
      alternatives: InstallmentPlan[];
    };

/**
 * Grants the request when policy allows it, otherwise offers the nearest plan that policy allows:
 * "$100 a month" on $1,240.50 under a 12-month cap becomes 12 monthly payments (6 of $103.38, 6 of $103.37).
 */
export function proposePlan(balanceCents: Cents, policy: Policy, today: CalendarDate, request: PlanRequest = {}): PlanProposal {
  assertBalanceOwed(balanceCents);
  const frequency = nearestAllowedFrequency(request.frequency, policy.plans.frequencies);
  const nearest = nearestPlan(balanceCents, policy, today, request, frequency);
  const reason = request.frequency !== undefined && request.frequency !== frequency ? 'frequency_not_allowed' : nearest.reason;
  if (reason === undefined) return { accepted: true, plan: nearest.plan };
  const alternatives = allowedFrequencies(policy.plans.frequencies)
    .filter((other) => other !== frequency)
    .map((other) => nearestPlan(balanceCents, policy, today, request, other).plan)
    .filter((plan) => plan.count > 1);
  return { accepted: false, reason, plan: nearest.plan, alternatives };
}

function nearestPlan(
  balanceCents: Cents,
  policy: Policy,
  today: CalendarDate,
  request: PlanRequest,
  frequency: Frequency,
): { plan: InstallmentPlan; reason?: PlanRefusal } {
  const window = windowFrom(today, policy.plans.firstPaymentWithinDays);
  const firstDate = clampToWindow(request.firstDate ?? window.earliest, window);
  const limit = installmentLimit(balanceCents, policy.plans, frequency, firstDate);
  const wanted = wantedCount(balanceCents, request, limit);
  const plan = installmentPlan(balanceCents, frequency, Math.min(wanted, limit.maxCount), firstDate);
  if (request.firstDate !== undefined && request.firstDate !== firstDate) return { plan, reason: 'first_date_outside_window' };
  if (wanted > limit.maxCount) return { plan, reason: limit.byTerm <= limit.byMinInstallment ? 'exceeds_max_term' : 'below_min_installment' };
  return { plan };
}

/**
 * The count asked for; else the fewest installments none larger than the amount asked (the even
 * split then never exceeds it); else the longest term allowed, which gives the smallest payments.
 * Never fewer than two unless asked: a plan splits the balance, one payment is paying in full.
 */
function wantedCount(balanceCents: Cents, request: PlanRequest, limit: InstallmentLimit): number {
  if (request.count !== undefined) {
    if (!Number.isSafeInteger(request.count) || request.count < 1) throw new DomainError('invalid_count', 'the number of installments must be a whole number of at least 1');
    return request.count;
  }
  if (request.amountCents !== undefined) {
    return divideCents(balanceCents, assertPositiveAmount(request.amountCents, 'the installment amount'), 'up');
  }
  return Math.max(2, limit.maxCount);
}
