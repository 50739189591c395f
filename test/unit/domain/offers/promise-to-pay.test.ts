import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, promiseLimits, proposePromise } from '../../../../src/domain/offers';
import { balanceArb, dateOffsetArb, policyArb, samplePolicy, todayArb } from './fixtures';

const today = '2025-06-10';

describe('promise to pay', () => {
  it('accepts an amount from the minimum to the balance on a day within maxDaysAhead', () => {
    expect(proposePromise(124050, samplePolicy, today, { amountCents: 5000, date: '2025-06-20' })).toEqual({
      accepted: true,
      promise: { kind: 'promise', totalCents: 5000, dueDate: '2025-06-20', installments: [{ dueDate: '2025-06-20', amountCents: 5000 }] },
    });
    expect(proposePromise(124050, samplePolicy, today, { amountCents: 124050, date: '2025-06-24' }).accepted).toBe(true);
  });

  it('answers an out-of-policy promise with the nearest allowed', () => {
    expect(proposePromise(124050, samplePolicy, today, { amountCents: 500, date: '2025-06-12' })).toMatchObject({
      accepted: false,
      reason: 'amount_below_minimum',
      promise: { totalCents: 1000, dueDate: '2025-06-12' },
    });
    expect(proposePromise(124050, samplePolicy, today, { amountCents: 200000, date: '2025-06-12' })).toMatchObject({
      reason: 'amount_above_balance',
      promise: { totalCents: 124050 },
    });
    expect(proposePromise(124050, samplePolicy, today, { amountCents: 5000, date: '2025-07-15' })).toMatchObject({
      reason: 'date_outside_window',
      promise: { totalCents: 5000, dueDate: '2025-06-24' },
    });
    expect(proposePromise(124050, samplePolicy, today, { amountCents: 5000, date: '2025-06-01' })).toMatchObject({
      reason: 'date_outside_window',
      promise: { dueDate: today },
    });
  });

  it('lets a balance below the minimum be promised in full', () => {
    expect(promiseLimits(700, samplePolicy, today)).toEqual({ minAmountCents: 700, maxAmountCents: 700, window: { earliest: today, latest: '2025-06-24' } });
    expect(proposePromise(700, samplePolicy, today, { amountCents: 700, date: today }).accepted).toBe(true);
  });

  it('rejects an amount that is not a positive number of cents', () => {
    expect(() => proposePromise(124050, samplePolicy, today, { amountCents: 0, date: today })).toThrow(expect.objectContaining({ code: 'invalid_amount' }));
    expect(() => proposePromise(0, samplePolicy, today, { amountCents: 100, date: today })).toThrow(expect.objectContaining({ code: 'invalid_balance' }));
  });

  it('is always within policy, and accepted exactly when the request was (any balance, policy and request)', () => {
    fc.assert(
      fc.property(balanceArb, policyArb, todayArb, fc.integer({ min: 1, max: 200_000_000 }), dateOffsetArb, (balance, policy, today, amountCents, offset) => {
        const date = addDays(today, offset);
        const proposal = proposePromise(balance, policy, today, { amountCents, date });
        const { promise } = proposal;
        const latest = addDays(today, policy.promiseToPay.maxDaysAhead);
        expect(promise.totalCents).toBeLessThanOrEqual(balance);
        expect(promise.totalCents >= policy.promiseToPay.minAmount || promise.totalCents === balance).toBe(true);
        expect(promise.dueDate >= today && promise.dueDate <= latest).toBe(true);
        expect(promise.installments).toEqual([{ dueDate: promise.dueDate, amountCents: promise.totalCents }]);
        const asked = amountCents <= balance && amountCents >= Math.min(Math.max(policy.promiseToPay.minAmount, 1), balance) && date >= today && date <= latest;
        expect(proposal.accepted).toBe(asked);
        if (proposal.accepted) expect(promise).toMatchObject({ totalCents: amountCents, dueDate: date });
      }),
      { numRuns: 300 },
    );
  });
});
