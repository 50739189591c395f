import { collectionStopped, type Account } from '../account';
import { divideCents, type Cents } from '../money';
import type { Policy } from '../policy';
import { clampToWindow, windowFrom, type CalendarDate } from './calendar';
import { assertPositiveAmount, singlePayment, type SinglePayment } from './schedule';

/** Less than the balance, accepted in full satisfaction when paid by the due date. */
export interface Settlement extends SinglePayment {
  kind: 'settlement';
  originalBalanceCents: Cents;
  /** originalBalanceCents - totalCents */
  discountCents: Cents;
  /** The tier's cap; the discount is at most this percent of the balance. */
  maxDiscountPercent: number;
}

export type SettlementTier = Policy['settlement']['tiers'][number];

export interface SettlementRequest {
  amountCents?: Cents;
  date?: CalendarDate;
}

export type SettlementProposal =
  | { accepted: true; settlement: Settlement }
  /** beyond_policy: less than policy allows; the caller hands off (reason settlement_beyond_policy). */
  | { accepted: false; reason: 'beyond_policy' | 'amount_above_balance' | 'date_outside_window'; counter: Settlement }
  | { accepted: false; reason: 'not_offered' };

/**
 * The tier for an account this many days past due: of the tiers reached, the one with the highest
 * threshold (on equal thresholds the smaller discount, the reading that gives away less).
 */
export function settlementTier(policy: Policy, daysPastDue: number): SettlementTier | null {
  const reached = policy.settlement.tiers.filter((tier) => tier.minDaysPastDue <= daysPastDue);
  return reached.reduce<SettlementTier | null>((best, tier) => {
    if (!best || tier.minDaysPastDue > best.minDaysPastDue) return tier;
    return tier.minDaysPastDue === best.minDaysPastDue && tier.maxDiscountPercent < best.maxDiscountPercent ? tier : best;
  }, null);
}

/**
 * The best settlement policy allows, due on the last day of settlement.payWithinDays; null when no
 * tier applies, the discount would round to nothing, or collection is stopped.
 */
export function settlementFor(account: Account, policy: Policy, today: CalendarDate): Settlement | null {
  const tier = settlementTier(policy, account.daysPastDue);
  if (!tier || collectionStopped(account) || account.balanceCents <= 0) return null;
  const discountCents = maxDiscount(account.balanceCents, tier.maxDiscountPercent);
  if (discountCents === 0) return null;
  const dueBy = windowFrom(today, policy.settlement.payWithinDays).latest;
  return settlement(account.balanceCents, account.balanceCents - discountCents, dueBy, tier);
}

/**
 * A settlement the debtor held to below what policy allows, kept on a settlement_beyond_policy
 * case for a specialist to weigh (FL-01: exceptions go to people with a reason code, never to a
 * better offer from the assistant).
 */
export interface CounterOffer {
  amountCents: Cents;
  /** The day the debtor made it, in their zone. */
  offeredOn: CalendarDate;
  /** When they would pay it: the date they named, kept within the settlement window. */
  payBy: CalendarDate;
  /** The account's age, which sets the settlement tier. */
  daysPastDue: number;
  balanceCents: Cents;
  /** The lowest the policy tier allows today. */
  lowestAllowedCents: Cents;
}

/** The debtor's figure as a counter-offer for review; null unless it is below what policy allows. */
export function counterOfferFor(account: Account, policy: Policy, today: CalendarDate, request: SettlementRequest & { amountCents: Cents }): CounterOffer | null {
  const proposal = proposeSettlement(account, policy, today, request);
  if (proposal.accepted || proposal.reason !== 'beyond_policy') return null;
  return {
    amountCents: request.amountCents,
    offeredOn: today,
    payBy: proposal.counter.dueDate,
    daysPastDue: account.daysPastDue,
    balanceCents: proposal.counter.originalBalanceCents,
    lowestAllowedCents: proposal.counter.totalCents,
  };
}

/** Grants the debtor's offer when policy allows it; otherwise counters with the nearest allowed. */
export function proposeSettlement(account: Account, policy: Policy, today: CalendarDate, request: SettlementRequest = {}): SettlementProposal {
  const best = settlementFor(account, policy, today);
  if (!best) return { accepted: false, reason: 'not_offered' };
  const balance = best.originalBalanceCents;
  const asked = request.amountCents === undefined ? best.totalCents : assertPositiveAmount(request.amountCents, 'the settlement amount');
  const askedDate = request.date ?? best.dueDate;
  const counter = settlement(
    balance,
    Math.min(Math.max(asked, best.totalCents), balance),
    clampToWindow(askedDate, windowFrom(today, policy.settlement.payWithinDays)),
    { maxDiscountPercent: best.maxDiscountPercent },
  );
  if (asked < best.totalCents) return { accepted: false, reason: 'beyond_policy', counter };
  if (asked > balance) return { accepted: false, reason: 'amount_above_balance', counter };
  if (askedDate !== counter.dueDate) return { accepted: false, reason: 'date_outside_window', counter };
  return { accepted: true, settlement: counter };
}

/**
 * The largest discount within the cap, rounded down to the cent so that the settlement amount
 * rounds up and the discount never exceeds the tier's percent. Split as 100q + r so the product
 * stays a safe integer for any balance.
 */
export function maxDiscount(balanceCents: Cents, percent: number): Cents {
  const remainder = balanceCents % 100;
  return ((balanceCents - remainder) / 100) * percent + divideCents(remainder * percent, 100, 'down');
}

export function settlement(originalBalanceCents: Cents, amountCents: Cents, dueDate: CalendarDate, tier: Pick<SettlementTier, 'maxDiscountPercent'>): Settlement {
  return {
    kind: 'settlement',
    ...singlePayment(amountCents, dueDate),
    originalBalanceCents,
    discountCents: originalBalanceCents - amountCents,
    maxDiscountPercent: tier.maxDiscountPercent,
  };
}
