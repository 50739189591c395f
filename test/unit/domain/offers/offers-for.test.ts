import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, offersFor, payInFull } from '../../../../src/domain/offers';
import { accountWith, balanceArb, policyArb, samplePolicy, todayArb } from './fixtures';

const today = '2025-06-10';

describe('pay in full', () => {
  it('asks for the whole balance by the end of the first-payment window', () => {
    expect(payInFull(124050, samplePolicy, today)).toEqual({
      kind: 'pay_in_full',
      totalCents: 124050,
      dueDate: '2025-06-24',
      installments: [{ dueDate: '2025-06-24', amountCents: 124050 }],
    });
  });
});

describe('offers for an account', () => {
  it('lists paying in full, a plan per allowed frequency over the longest term, and the settlement tier reached', () => {
    const offers = offersFor(accountWith({ daysPastDue: 150 }), samplePolicy, today);
    expect(offers.map((offer) => [offer.kind, offer.kind === 'plan' ? `${offer.frequency} x${offer.count}` : offer.totalCents])).toEqual([
      ['pay_in_full', 124050],
      ['plan', 'weekly x49'],
      ['plan', 'biweekly x26'],
      ['plan', 'monthly x12'],
      ['settlement', 99240],
    ]);
  });

  it('offers no settlement before the first tier and no plan for a balance too small to split', () => {
    expect(offersFor(accountWith({ daysPastDue: 10 }), samplePolicy, today).map((offer) => offer.kind)).toEqual(['pay_in_full', 'plan', 'plan', 'plan']);
    expect(offersFor(accountWith({ balanceCents: 4000, daysPastDue: 10 }), samplePolicy, today).map((offer) => offer.kind)).toEqual(['pay_in_full']);
  });

  it('offers nothing when collection is stopped or nothing is owed', () => {
    expect(offersFor(accountWith({ flags: ['cease'] }), samplePolicy, today)).toEqual([]);
    expect(offersFor(accountWith({ status: 'attorney' }), samplePolicy, today)).toEqual([]);
    expect(offersFor(accountWith({ flags: ['dispute'] }), samplePolicy, today)).toEqual([]);
    expect(offersFor(accountWith({ status: 'paid', balanceCents: 0 }), samplePolicy, today)).toEqual([]);
    expect(offersFor(accountWith({ flags: ['dispute', 'validation_sent'] }), samplePolicy, today)).not.toEqual([]);
  });

  it('carries whole-cent amounts that sum to each offer total, due no earlier than today (any account and policy)', () => {
    fc.assert(
      fc.property(balanceArb, policyArb, todayArb, fc.integer({ min: 0, max: 500 }), (balance, policy, today, daysPastDue) => {
        const offers = offersFor(accountWith({ balanceCents: balance, daysPastDue }), policy, today);
        expect(offers[0]).toMatchObject({ kind: 'pay_in_full', totalCents: balance, dueDate: addDays(today, policy.plans.firstPaymentWithinDays) });
        for (const offer of offers) {
          expect(offer.installments.reduce((sum, installment) => sum + installment.amountCents, 0)).toBe(offer.totalCents);
          offer.installments.forEach((installment) => {
            expect(Number.isSafeInteger(installment.amountCents) && installment.amountCents > 0).toBe(true);
            expect(installment.dueDate >= today).toBe(true);
          });
          if (offer.kind === 'plan') expect(offer.totalCents).toBe(balance);
          if (offer.kind === 'settlement') expect(offer.totalCents).toBeLessThan(balance);
        }
      }),
      { numRuns: 200 },
    );
  });
});
