import { collectionStopped, type Account } from '../account';
import { DomainError } from '../errors';
import type { Frequency, Policy } from '../policy';
import { isWithin, windowFrom, type CalendarDate } from './calendar';
import { allowedFrequencies, installmentsWithinTerm } from './frequency';
import { installmentLimit, installmentPlan, type InstallmentPlan } from './installment-plan';
import type { PromiseToPay } from './promise-to-pay';
import { singlePayment } from './schedule';
import { maxDiscount, settlement, settlementTier, type Settlement } from './settlement';

/** What a specialist picks in the console: terms named by the engine's own choices, never an amount. */
export type SpecialistOfferRequest =
  | { kind: 'plan'; frequency: Frequency; count: number; firstDueDate?: CalendarDate }
  | { kind: 'settlement'; discountPercent: number; dueDate?: CalendarDate }
  | { kind: 'promise'; dueDate?: CalendarDate };

export type SpecialistOfferTerms = InstallmentPlan | Settlement | PromiseToPay;

/**
 * Who may offer these terms: the assistant itself (within the policy's plans and tiers), a
 * specialist alone (within `policy.specialist`), or only with a supervisor's approval.
 */
export type Authority = 'assistant' | 'specialist' | 'supervisor';

export interface SpecialistOffer {
  terms: SpecialistOfferTerms;
  authority: Authority;
}

/** The longest plan anyone may approve: the policy schema's own ceiling on maxMonths. */
const LONGEST_TERM_MONTHS = 120;
/** The deepest settlement anyone may approve: the schema's ceiling on a tier's discount. */
const DEEPEST_DISCOUNT_PERCENT = 90;

/**
 * Computes the terms a specialist asked for, and the authority they need (README "Offers inside
 * the case"). Every amount and date comes from the engine's plan, settlement and promise rules;
 * a request no one may grant throws DomainError with the rule it breaks.
 */
export function specialistOffer(account: Account, policy: Policy, today: CalendarDate, request: SpecialistOfferRequest): SpecialistOffer {
  if (collectionStopped(account)) throw new DomainError('collection_stopped', 'collection is stopped on this account: no offer may be made');
  if (account.balanceCents <= 0) throw new DomainError('invalid_balance', 'nothing is owed on this account');
  switch (request.kind) {
    case 'plan':
      return planOffer(account, policy, today, request);
    case 'settlement':
      return settlementOffer(account, policy, today, request);
    case 'promise':
      return promiseOffer(account, policy, today, request);
  }
}

function planOffer(account: Account, policy: Policy, today: CalendarDate, request: Extract<SpecialistOfferRequest, { kind: 'plan' }>): SpecialistOffer {
  if (!policy.plans.frequencies.includes(request.frequency)) throw new DomainError('frequency_not_allowed', `${request.frequency} plans are not allowed by the policy`);
  const window = windowFrom(today, policy.plans.firstPaymentWithinDays);
  const first = request.firstDueDate ?? window.earliest;
  if (!isWithin(first, window)) throw new DomainError('first_date_outside_window', `the first payment must fall from ${window.earliest} to ${window.latest}`);
  if (!Number.isSafeInteger(request.count) || request.count < 2) throw new DomainError('invalid_count', 'a plan has at least two installments');
  const limit = installmentLimit(account.balanceCents, policy.plans, request.frequency, first);
  if (request.count > limit.byMinInstallment) throw new DomainError('below_min_installment', `at most ${limit.byMinInstallment} installments keep each at or above the policy's minimum`);
  const termOf = (months: number) => installmentsWithinTerm(first, request.frequency, months);
  if (request.count > termOf(LONGEST_TERM_MONTHS)) throw new DomainError('exceeds_max_term', `no plan may run past ${LONGEST_TERM_MONTHS} months`);
  const authority: Authority =
    request.count <= termOf(policy.plans.maxMonths) ? 'assistant' : request.count <= termOf(policy.specialist.maxMonths) ? 'specialist' : 'supervisor';
  return { terms: installmentPlan(account.balanceCents, request.frequency, request.count, first), authority };
}

function settlementOffer(
  account: Account,
  policy: Policy,
  today: CalendarDate,
  request: Extract<SpecialistOfferRequest, { kind: 'settlement' }>,
): SpecialistOffer {
  const percent = request.discountPercent;
  if (!Number.isInteger(percent) || percent < 1 || percent > DEEPEST_DISCOUNT_PERCENT) {
    throw new DomainError('invalid_discount', `a settlement's discount is a whole percent from 1 to ${DEEPEST_DISCOUNT_PERCENT}`);
  }
  const discountCents = maxDiscount(account.balanceCents, percent);
  if (discountCents === 0) throw new DomainError('invalid_discount', 'that discount rounds to nothing on this balance');
  const window = windowFrom(today, policy.settlement.payWithinDays);
  const dueDate = request.dueDate ?? window.latest;
  if (!isWithin(dueDate, window)) throw new DomainError('date_outside_window', `a settlement is paid from ${window.earliest} to ${window.latest}`);
  const tier = settlementTier(policy, account.daysPastDue);
  const authority: Authority =
    tier && percent <= tier.maxDiscountPercent
      ? 'assistant'
      : percent <= policy.specialist.maxDiscountPercent && discountCents <= policy.specialist.approvalAbove
        ? 'specialist'
        : 'supervisor';
  return { terms: settlement(account.balanceCents, account.balanceCents - discountCents, dueDate, { maxDiscountPercent: percent }), authority };
}

/** The whole balance on a day within the policy's promise window: a promise's amount is the engine's too. */
function promiseOffer(account: Account, policy: Policy, today: CalendarDate, request: Extract<SpecialistOfferRequest, { kind: 'promise' }>): SpecialistOffer {
  const window = windowFrom(today, policy.promiseToPay.maxDaysAhead);
  const dueDate = request.dueDate ?? window.latest;
  if (!isWithin(dueDate, window)) throw new DomainError('date_outside_window', `a promise falls due from ${window.earliest} to ${window.latest}`);
  return { terms: { kind: 'promise', ...singlePayment(account.balanceCents, dueDate) }, authority: 'assistant' };
}

/** Plan terms the console lists, in months; each becomes a count per frequency. */
const MENU_TERMS_MONTHS = [3, 6, 9, 12, 18, 24, 36, 48, 60];
const MENU_DISCOUNT_STEP = 5;

/**
 * The choices the console shows a specialist for one account: a promise of the balance, plans
 * per allowed frequency over a ladder of terms, and settlements in steps of 5 %, each up to one
 * step past the specialist's own authority (so the desk sees what approval would unlock).
 * Empty while collection is stopped.
 */
export function specialistMenu(account: Account, policy: Policy, today: CalendarDate): SpecialistOffer[] {
  if (collectionStopped(account) || account.balanceCents <= 0) return [];
  const offers: SpecialistOffer[] = [promiseOffer(account, policy, today, { kind: 'promise' })];
  const longest = Math.min(LONGEST_TERM_MONTHS, MENU_TERMS_MONTHS.find((months) => months > policy.specialist.maxMonths) ?? LONGEST_TERM_MONTHS);
  const terms = [...new Set([...MENU_TERMS_MONTHS, policy.plans.maxMonths, policy.specialist.maxMonths])].filter((months) => months <= longest).sort((a, b) => a - b);
  const first = today;
  for (const frequency of allowedFrequencies(policy.plans.frequencies)) {
    const counts = new Set(terms.map((months) => installmentsWithinTerm(first, frequency, months)));
    for (const count of counts) {
      if (count < 2) continue;
      try {
        offers.push(planOffer(account, policy, today, { kind: 'plan', frequency, count }));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
      }
    }
  }
  const deepest = Math.min(DEEPEST_DISCOUNT_PERCENT, policy.specialist.maxDiscountPercent + MENU_DISCOUNT_STEP);
  const tier = settlementTier(policy, account.daysPastDue);
  const percents = new Set<number>(tier ? [tier.maxDiscountPercent] : []);
  for (let percent = MENU_DISCOUNT_STEP; percent <= deepest; percent += MENU_DISCOUNT_STEP) percents.add(percent);
  for (const percent of [...percents].sort((a, b) => a - b)) {
    if (percent < 1 || maxDiscount(account.balanceCents, percent) === 0) continue;
    offers.push(settlementOffer(account, policy, today, { kind: 'settlement', discountPercent: percent }));
  }
  return offers;
}
