import fc from 'fast-check';
import type { Account } from '../../../../src/domain/account';
import { frequencies, type Policy } from '../../../../src/domain/policy';
import { anAccount } from '../../../fixtures/accounts';
import { samplePolicy } from '../../../fixtures/policy';
import { addDays } from '../../../../src/domain/offers';

/** The sample policy (data/policy.json): weekly/biweekly/monthly, 12 months, $25 minimum, 14 days to start. */
export { samplePolicy };

export function withPlans(policy: Policy, plans: Partial<Policy['plans']>): Policy {
  return { ...policy, plans: { ...policy.plans, ...plans } };
}

/** The shared test debtor with the canonical $1,240.50 balance. */
export function accountWith(overrides: Partial<Account> = {}): Account {
  return anAccount({ balanceCents: 124050, ...overrides });
}

const cents = (max: number) => fc.integer({ min: 1, max });

/** Any balance from one cent to $1M. */
export const balanceArb = cents(100_000_000);

/** Any day from 2020 through 2040, leap days and month ends included. */
export const todayArb = fc.integer({ min: 0, max: 7670 }).map((offset) => addDays('2020-01-01', offset));

/** Any policy the schema accepts, within the ranges the offer rules care about. */
export const policyArb: fc.Arbitrary<Policy> = fc
  .record({
    frequencies: fc.subarray([...frequencies], { minLength: 1 }),
    maxMonths: fc.integer({ min: 1, max: 60 }),
    minInstallment: fc.integer({ min: 0, max: 100_000 }),
    firstPaymentWithinDays: fc.integer({ min: 0, max: 30 }),
    tiers: fc.array(fc.record({ minDaysPastDue: fc.integer({ min: 0, max: 400 }), maxDiscountPercent: fc.integer({ min: 0, max: 90 }) }), {
      maxLength: 4,
    }),
    payWithinDays: fc.integer({ min: 1, max: 60 }),
    maxDaysAhead: fc.integer({ min: 0, max: 90 }),
    minAmount: fc.integer({ min: 0, max: 100_000 }),
  })
  .map((p) => ({
    ...samplePolicy,
    plans: { frequencies: p.frequencies, maxMonths: p.maxMonths, minInstallment: p.minInstallment, firstPaymentWithinDays: p.firstPaymentWithinDays },
    settlement: { tiers: p.tiers, payWithinDays: p.payWithinDays },
    promiseToPay: { maxDaysAhead: p.maxDaysAhead, minAmount: p.minAmount },
  }));

/** A date near today: some before it, most inside a window, some beyond. */
export const dateOffsetArb = fc.integer({ min: -30, max: 120 });
