import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, counterOfferFor, proposeSettlement, settlementFor, settlementTier } from '../../../../src/domain/offers';
import { accountWith, balanceArb, dateOffsetArb, policyArb, samplePolicy, todayArb } from './fixtures';

const today = '2025-06-10';

describe('settlement', () => {
  it('uses the highest tier the account has reached', () => {
    expect(settlementTier(samplePolicy, 119)).toBeNull();
    expect(settlementTier(samplePolicy, 120)).toEqual({ minDaysPastDue: 120, maxDiscountPercent: 20 });
    expect(settlementTier(samplePolicy, 400)).toEqual({ minDaysPastDue: 180, maxDiscountPercent: 35 });
    const tied = { ...samplePolicy, settlement: { ...samplePolicy.settlement, tiers: [{ minDaysPastDue: 90, maxDiscountPercent: 30 }, { minDaysPastDue: 90, maxDiscountPercent: 10 }] } };
    expect(settlementTier(tied, 100)).toEqual({ minDaysPastDue: 90, maxDiscountPercent: 10 });
  });

  it('rounds the settlement amount up to the cent so the discount never exceeds the tier', () => {
    // 35% of $1,240.50 is $434.175: the discount is $434.17, the settlement $806.33.
    expect(settlementFor(accountWith({ balanceCents: 124050, daysPastDue: 200 }), samplePolicy, today)).toEqual({
      kind: 'settlement',
      originalBalanceCents: 124050,
      totalCents: 80633,
      discountCents: 43417,
      maxDiscountPercent: 35,
      dueDate: '2025-07-10',
      installments: [{ dueDate: '2025-07-10', amountCents: 80633 }],
    });
  });

  it('is not offered before any tier, when the discount rounds to nothing, or when collection is stopped', () => {
    expect(settlementFor(accountWith({ daysPastDue: 30 }), samplePolicy, today)).toBeNull();
    expect(settlementFor(accountWith({ balanceCents: 2 }), samplePolicy, today)).toBeNull();
    expect(settlementFor(accountWith({ flags: ['bankruptcy'] }), samplePolicy, today)).toBeNull();
    expect(settlementFor(accountWith({ status: 'disputed' }), samplePolicy, today)).toBeNull();
    expect(proposeSettlement(accountWith({ daysPastDue: 30 }), samplePolicy, today, { amountCents: 50000 })).toEqual({ accepted: false, reason: 'not_offered' });
  });

  it('accepts an offer at or above the best allowed, paid within payWithinDays', () => {
    const account = accountWith();
    expect(proposeSettlement(account, samplePolicy, today, { amountCents: 90000, date: '2025-06-30' })).toMatchObject({
      accepted: true,
      settlement: { totalCents: 90000, discountCents: 34050, dueDate: '2025-06-30' },
    });
    expect(proposeSettlement(account, samplePolicy, today)).toMatchObject({ accepted: true, settlement: { totalCents: 80633, dueDate: '2025-07-10' } });
  });

  it('counters a lower offer with the best allowed, for the caller to hand off', () => {
    expect(proposeSettlement(accountWith(), samplePolicy, today, { amountCents: 60000, date: '2025-06-20' })).toMatchObject({
      accepted: false,
      reason: 'beyond_policy',
      counter: { totalCents: 80633, dueDate: '2025-06-20' },
    });
  });

  it('counters a date outside the window, or more than the balance, with the nearest allowed', () => {
    expect(proposeSettlement(accountWith(), samplePolicy, today, { amountCents: 90000, date: '2025-08-01' })).toMatchObject({
      reason: 'date_outside_window',
      counter: { totalCents: 90000, dueDate: '2025-07-10' },
    });
    expect(proposeSettlement(accountWith(), samplePolicy, today, { amountCents: 130000 })).toMatchObject({
      reason: 'amount_above_balance',
      counter: { totalCents: 124050, discountCents: 0 },
    });
  });

  it('never discounts more than the tier allows (any balance, policy, days past due and offer)', () => {
    fc.assert(
      fc.property(
        balanceArb,
        policyArb,
        todayArb,
        fc.integer({ min: 0, max: 500 }),
        fc.option(fc.integer({ min: 1, max: 200_000_000 }), { nil: undefined }),
        dateOffsetArb,
        (balance, policy, today, daysPastDue, amountCents, offset) => {
          const account = accountWith({ balanceCents: balance, daysPastDue });
          const best = settlementFor(account, policy, today);
          const tier = settlementTier(policy, daysPastDue);
          if (!best) {
            expect(tier === null || BigInt(balance) * BigInt(tier.maxDiscountPercent) < 100n).toBe(true);
            return;
          }
          const cap = BigInt(balance) * BigInt(tier?.maxDiscountPercent ?? 0);
          // The largest whole-cent discount within the cap: discount <= cap/100 < discount + 1 cent.
          expect(BigInt(best.discountCents) * 100n <= cap && cap < BigInt(best.discountCents + 1) * 100n).toBe(true);
          expect(best.totalCents + best.discountCents).toBe(balance);
          expect(best.dueDate).toBe(addDays(today, policy.settlement.payWithinDays));

          const date = addDays(today, offset);
          const proposal = proposeSettlement(account, policy, today, { amountCents, date });
          const offered = proposal.accepted ? proposal.settlement : 'counter' in proposal ? proposal.counter : null;
          expect(offered).not.toBeNull();
          if (!offered) return;
          expect(offered.totalCents).toBeGreaterThanOrEqual(best.totalCents);
          expect(offered.totalCents).toBeLessThanOrEqual(balance);
          expect(offered.dueDate >= today && offered.dueDate <= best.dueDate).toBe(true);
          if (amountCents !== undefined && amountCents < best.totalCents) expect(proposal).toMatchObject({ accepted: false, reason: 'beyond_policy' });
          if (proposal.accepted) expect(offered).toMatchObject({ totalCents: amountCents ?? best.totalCents, dueDate: date });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('counter-offer below policy (FL-01)', () => {
  it('keeps what a specialist needs to weigh it: the figure, the dates, the account age and the lowest allowed', () => {
    const account = accountWith({ balanceCents: 124050, daysPastDue: 150 });
    expect(counterOfferFor(account, samplePolicy, today, { amountCents: 50000, date: '2025-06-20' })).toEqual({
      amountCents: 50000,
      offeredOn: today,
      payBy: '2025-06-20',
      daysPastDue: 150,
      balanceCents: 124050,
      lowestAllowedCents: 99240,
    });
    // A date beyond the settlement window is kept within it, as the engine's own offer would be.
    expect(counterOfferFor(account, samplePolicy, today, { amountCents: 50000, date: '2025-09-01' })).toMatchObject({ payBy: '2025-07-10' });
  });

  it('is no counter-offer at or above the lowest allowed, or where no settlement is offered at all', () => {
    const account = accountWith({ balanceCents: 124050, daysPastDue: 150 });
    expect(counterOfferFor(account, samplePolicy, today, { amountCents: 99240 })).toBeNull();
    expect(counterOfferFor(account, samplePolicy, today, { amountCents: 200000 })).toBeNull();
    expect(counterOfferFor(accountWith({ daysPastDue: 30 }), samplePolicy, today, { amountCents: 50000 })).toBeNull();
  });

  it('exists exactly when the engine counters the figure as beyond policy (any account, policy and figure)', () => {
    fc.assert(
      fc.property(balanceArb, policyArb, todayArb, fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 100_000_000 }), (balance, policy, day, daysPastDue, amountCents) => {
        const account = accountWith({ balanceCents: balance, daysPastDue });
        const proposal = proposeSettlement(account, policy, day, { amountCents });
        const counter = counterOfferFor(account, policy, day, { amountCents });
        expect(counter !== null).toBe(!proposal.accepted && proposal.reason === 'beyond_policy');
        if (counter && !proposal.accepted && proposal.reason === 'beyond_policy') {
          expect(counter.amountCents).toBeLessThan(counter.lowestAllowedCents);
          expect(counter.lowestAllowedCents).toBe(proposal.counter.totalCents);
          expect(counter.daysPastDue).toBe(daysPastDue);
        }
      }),
      { numRuns: 300 },
    );
  });
});
