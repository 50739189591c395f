import { DomainError } from '../errors';
import { divideCents, type Cents } from '../money';
import type { Frequency, Policy } from '../policy';
import { clampToWindow, windowFrom, type CalendarDate } from './calendar';
import { allowedFrequencies, nearestAllowedFrequency } from './frequency';
import { installmentLimit, installmentPlan, installmentPlanAt, type InstallmentLimit, type InstallmentPlan } from './installment-plan';
import { payInFull, type PayInFull } from './pay-in-full';
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
      /**
       * The same request on each other allowed frequency, as near as policy allows (plans of 2+
       * installments). When the debtor named an amount, only those costing no more a year than it.
       */
      alternatives: InstallmentPlan[];
    }
  /** The request comes to one payment of the whole balance ("$2000 a month" on $1,240.50): paying in full, not a plan. */
  | { accepted: false; reason: 'pays_in_full'; payInFull: PayInFull };

/**
 * Grants the request when policy allows it, otherwise offers the nearest plan that policy allows:
 * "$200 a month" on $1,240.50 is 6 payments of $200.00 and a last one of $40.50; "$100 a month"
 * under a 12-month cap becomes 12 monthly payments (6 of $103.38, 6 of $103.37). Other frequencies are offered beside it only at what the debtor said they can pay: a
 * weekly plan for "$100 a month" must cost no more than $1,200 a year, never $95.43 a week.
 */
export function proposePlan(balanceCents: Cents, policy: Policy, today: CalendarDate, request: PlanRequest = {}): PlanProposal {
  assertBalanceOwed(balanceCents);
  const frequency = nearestAllowedFrequency(request.frequency, policy.plans.frequencies);
  const askedFrequency = request.frequency ?? frequency;
  const nearest = nearestPlan(balanceCents, policy, today, atFrequency(request, askedFrequency, frequency), frequency);
  if (nearest.plan.count === 1) return { accepted: false, reason: 'pays_in_full', payInFull: payInFull(balanceCents, policy, today) };
  const reason = request.frequency !== undefined && request.frequency !== frequency ? 'frequency_not_allowed' : nearest.reason;
  if (reason === undefined) return { accepted: true, plan: nearest.plan };
  const asked = askedPerYear(request, askedFrequency);
  const alternatives = allowedFrequencies(policy.plans.frequencies)
    .filter((other) => other !== frequency)
    .map((other) => nearestPlan(balanceCents, policy, today, atFrequency(request, askedFrequency, other), other).plan)
    .filter((plan) => plan.count > 1 && (asked === undefined || costPerYear(plan) <= asked));
  return { accepted: false, reason, plan: nearest.plan, alternatives };
}

const paymentsPerYear = { weekly: 52, biweekly: 26, monthly: 12 } as const satisfies Record<Frequency, number>;

/** What the debtor said they can pay, over a year at the frequency they meant. */
function askedPerYear(request: PlanRequest, askedFrequency: Frequency): Cents | undefined {
  if (request.amountCents === undefined || request.count !== undefined) return undefined;
  return request.amountCents * paymentsPerYear[askedFrequency];
}

/** The most a plan asks in a year: its largest installment (the first) at its frequency. */
function costPerYear(plan: InstallmentPlan): Cents {
  return (plan.runs[0]?.amountCents ?? 0) * paymentsPerYear[plan.frequency];
}

/** The request's amount restated per payment on another frequency ("$100 a month" is $23.07 a week), rounded down. */
function atFrequency(request: PlanRequest, from: Frequency, to: Frequency): PlanRequest {
  const perYear = askedPerYear(request, from);
  if (perYear === undefined || from === to) return request;
  return { ...request, amountCents: Math.max(1, divideCents(perYear, paymentsPerYear[to], 'down')) };
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
  // Within the limits, an amount the debtor named is what each payment is ("75 every 2 weeks" is
  // $75.00 every two weeks and a smaller last one), not an even split of as many payments.
  const theirAmount = request.count === undefined && wanted <= limit.maxCount ? request.amountCents : undefined;
  const plan = theirAmount !== undefined
    ? installmentPlanAt(balanceCents, policy.plans, frequency, theirAmount, firstDate)
    : installmentPlan(balanceCents, frequency, Math.min(wanted, limit.maxCount), firstDate);
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
