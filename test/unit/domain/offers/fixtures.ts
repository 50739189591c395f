import fc from 'fast-check';
import type { Account } from '../../../../src/domain/account';
import { frequencies, policySchema, type Policy, type PolicyInput } from '../../../../src/domain/policy';
import { addDays } from '../../../../src/domain/offers';

/** The sample policy of CONTRACT.md: weekly/biweekly/monthly, 12 months, $25 minimum, 14 days to start. */
export const samplePolicy: Policy = policySchema.parse({
  creditor: { name: 'Northwind Energy', mode: 'first-party', supportPhone: '+18005550100' },
  verification: { factors: ['date_of_birth', 'zip'], maxAttempts: 3, lockoutMinutes: 1440 },
  plans: { frequencies: ['weekly', 'biweekly', 'monthly'], maxMonths: 12, minInstallment: '25.00', firstPaymentWithinDays: 14 },
  settlement: {
    tiers: [
      { minDaysPastDue: 120, maxDiscountPercent: 20 },
      { minDaysPastDue: 180, maxDiscountPercent: 35 },
    ],
    payWithinDays: 30,
  },
  promiseToPay: { maxDaysAhead: 14, minAmount: '10.00' },
  contact: { windowStart: '08:00', windowEnd: '21:00', maxBotInitiatedPer7Days: 3 },
} satisfies PolicyInput);

export function withPlans(policy: Policy, plans: Partial<Policy['plans']>): Policy {
  return { ...policy, plans: { ...policy.plans, ...plans } };
}

export function accountWith(overrides: Partial<Account> = {}): Account {
  return {
    id: 'A-1001',
    firstName: 'Dana',
    lastName: 'Reyes',
    phone: '+15555550123',
    dateOfBirth: '1985-04-12',
    zip: '60601',
    balanceCents: 124050,
    language: 'en',
    daysPastDue: 200,
    status: 'active',
    timeBarred: false,
    smsConsent: true,
    flags: [],
    ...overrides,
  };
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
