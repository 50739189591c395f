import { collectionStopped, type Account } from '../account';
import type { Policy } from '../policy';
import type { CalendarDate } from './calendar';
import { allowedFrequencies } from './frequency';
import type { InstallmentPlan } from './installment-plan';
import { payInFull, type PayInFull } from './pay-in-full';
import { proposePlan } from './plan-proposal';
import { settlementFor, type Settlement } from './settlement';

export type Offer = PayInFull | InstallmentPlan | Settlement;

/**
 * What the account may be offered, in menu order: paying in full, a plan per allowed frequency
 * (each over the longest term allowed, the smallest payments), and a settlement when a tier applies.
 * A balance too small to split gets no plans; an account where collection is stopped gets nothing.
 */
export function offersFor(account: Account, policy: Policy, today: CalendarDate): Offer[] {
  if (collectionStopped(account) || account.balanceCents <= 0) return [];
  const plans = allowedFrequencies(policy.plans.frequencies)
    .flatMap((frequency) => {
      const proposal = proposePlan(account.balanceCents, policy, today, { frequency });
      return proposal.accepted || proposal.reason !== 'pays_in_full' ? [proposal.plan] : [];
    });
  const settlement = settlementFor(account, policy, today);
  return [payInFull(account.balanceCents, policy, today), ...plans, ...(settlement ? [settlement] : [])];
}
