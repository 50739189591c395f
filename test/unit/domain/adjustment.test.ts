import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Account, Itemization } from '../../../src/domain/account';
import { applyAdjustment, fitArrangementsToBalance, needsOperatorApproval, type Adjustment } from '../../../src/domain/adjustment';
import type { Installment } from '../../../src/domain/arrangement';
import { DomainError } from '../../../src/domain/errors';
import { anAccount, itemization, itemizedBalance } from '../../fixtures/accounts';
import { anArrangement } from '../../fixtures/arrangements';
import { samplePolicy } from '../../fixtures/policy';

const debtor = (overrides: Partial<Account> = {}): Account => anAccount({ balanceCents: 124050, itemization, ...overrides });

const due = (dueDate: string, amountCents: number, extra: Partial<Installment> = {}): Installment => ({ dueDate, amountCents, status: 'scheduled', ...extra });

/** $1,240.50 in 4 monthly payments: 3 × $310.13 and $310.11. */
const fourMonthPlan = () =>
  anArrangement('plan', [due('2025-07-10', 31013), due('2025-08-10', 31013), due('2025-09-10', 31013), due('2025-10-10', 31011)]);

const refundOf = (amountCents: number, payment: Partial<Extract<Adjustment, { kind: 'refund' }>['payment']> = {}): Adjustment => ({
  kind: 'refund',
  amountCents,
  payment: { paymentId: 'P-1', amountCents: 5000, overpaidCents: 0, refundedCents: 0, ...payment },
});

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('a fee waiver', () => {
  it('lowers the fees since the itemization date and the balance by the same cents', () => {
    const { account, balanceChangeCents, corrections } = applyAdjustment(debtor(), [], { kind: 'fee_waiver', amountCents: 1250 });
    expect(account.balanceCents).toBe(122800);
    expect(account.itemization).toEqual({ ...itemization, feesSinceCents: 1800 });
    expect(itemizedBalance(account.itemization as Itemization)).toBe(122800);
    expect(balanceChangeCents).toBe(-1250);
    expect(corrections).toEqual([]);
  });

  it('never waives more than the fees charged', () => {
    expect(refusal(() => applyAdjustment(debtor(), [], { kind: 'fee_waiver', amountCents: 3051 }))).toBe('waiver_exceeds_fees');
    expect(applyAdjustment(debtor(), [], { kind: 'fee_waiver', amountCents: 3050 }).account.itemization?.feesSinceCents).toBe(0);
  });

  it('on an account without an itemization only moves the balance', () => {
    const { account } = applyAdjustment(anAccount({ balanceCents: 45520 }), [], { kind: 'fee_waiver', amountCents: 2000 });
    expect(account.balanceCents).toBe(43520);
    expect(account.itemization).toBeUndefined();
  });
});

describe('a credit', () => {
  it('counts in the credits since the itemization date and lowers the balance', () => {
    const { account } = applyAdjustment(debtor(), [], { kind: 'credit', amountCents: 4050 });
    expect(account.balanceCents).toBe(120000);
    expect(account.itemization?.creditsSinceCents).toBe(4050);
    expect(itemizedBalance(account.itemization as Itemization)).toBe(120000);
  });

  it('of the whole balance leaves the account paid; beyond it is refused', () => {
    const { account } = applyAdjustment(debtor(), [], { kind: 'credit', amountCents: 124050 });
    expect(account.balanceCents).toBe(0);
    expect(account.status).toBe('paid');
    expect(refusal(() => applyAdjustment(debtor(), [], { kind: 'credit', amountCents: 124051 }))).toBe('balance_would_be_negative');
  });

  it('refuses nothing, zero and fractions of a cent', () => {
    expect(refusal(() => applyAdjustment(debtor(), [], { kind: 'credit', amountCents: 0 }))).toBe('invalid_amount');
    expect(refusal(() => applyAdjustment(debtor(), [], { kind: 'credit', amountCents: -5 }))).toBe('invalid_amount');
    expect(refusal(() => applyAdjustment(debtor(), [], { kind: 'credit', amountCents: 10.5 }))).toBe('invalid_amount');
  });
});

describe('a correction', () => {
  it('lowers a wrong fee, or the interest when it names interest', () => {
    const fees = applyAdjustment(debtor(), [], { kind: 'correction', amountCents: 2500, direction: 'decrease', charge: 'fees' }).account;
    expect(fees.balanceCents).toBe(121550);
    expect(fees.itemization?.feesSinceCents).toBe(550);
    const interest = applyAdjustment(debtor(), [], { kind: 'correction', amountCents: 2000, direction: 'decrease', charge: 'interest' }).account;
    expect(interest.balanceCents).toBe(122050);
    expect(interest.itemization?.interestSinceCents).toBe(10000);
    expect(itemizedBalance(interest.itemization as Itemization)).toBe(122050);
  });

  it('adds a charge that was missed, and reopens a paid account', () => {
    const paid = debtor({ balanceCents: 0, status: 'paid', itemization: { ...itemization, paymentsSinceCents: 125050 } });
    const { account, balanceChangeCents } = applyAdjustment(paid, [], { kind: 'correction', amountCents: 1500, direction: 'increase', charge: 'fees' });
    expect(balanceChangeCents).toBe(1500);
    expect(account.balanceCents).toBe(1500);
    expect(account.status).toBe('active');
    expect(account.itemization?.feesSinceCents).toBe(4550);
    expect(itemizedBalance(account.itemization as Itemization)).toBe(1500);
  });

  it('cannot take a charge below zero', () => {
    expect(refusal(() => applyAdjustment(debtor(), [], { kind: 'correction', amountCents: 12001, direction: 'decrease', charge: 'interest' }))).toBe('correction_exceeds_charges');
  });
});

describe('a refund', () => {
  it('reverses the payment: payments since the itemization drop and the balance rises', () => {
    const { account, balanceChangeCents, overpaymentRefundedCents } = applyAdjustment(debtor(), [], refundOf(1000, { amountCents: 1000 }));
    expect(balanceChangeCents).toBe(1000);
    expect(overpaymentRefundedCents).toBe(0);
    expect(account.balanceCents).toBe(125050);
    expect(account.itemization?.paymentsSinceCents).toBe(0);
    expect(itemizedBalance(account.itemization as Itemization)).toBe(125050);
  });

  it('returns an overpayment first, which moves nothing', () => {
    const paidOff = debtor({ balanceCents: 0, status: 'paid', itemization: { ...itemization, paymentsSinceCents: 125050 } });
    // $50 paid against $40 owed: $10 over. A $25 refund is $10 overpaid back, then $15 owed again.
    const result = applyAdjustment(paidOff, [], refundOf(2500, { amountCents: 5000, overpaidCents: 1000 }));
    expect(result.overpaymentRefundedCents).toBe(1000);
    expect(result.balanceChangeCents).toBe(1500);
    expect(result.account.balanceCents).toBe(1500);
    expect(result.account.status).toBe('active');
    expect(itemizedBalance(result.account.itemization as Itemization)).toBe(1500);
    const overOnly = applyAdjustment(paidOff, [], refundOf(1000, { amountCents: 5000, overpaidCents: 1000 }));
    expect(overOnly.account).toEqual(paidOff);
  });

  it('never gives back more than the payment brought in, less earlier refunds', () => {
    expect(refusal(() => applyAdjustment(debtor(), [], refundOf(5001)))).toBe('refund_exceeds_paid');
    expect(refusal(() => applyAdjustment(debtor(), [], refundOf(3001, { refundedCents: 2000 })))).toBe('refund_exceeds_paid');
    // The itemization counts only $10.00 of payments: a $20 reversal cannot come out of it.
    expect(refusal(() => applyAdjustment(debtor(), [], refundOf(2000)))).toBe('refund_exceeds_paid');
  });
});

describe('arrangements after an adjustment', () => {
  it('lowers a plan from its last installment backwards so it collects exactly the new balance', () => {
    // $1,240.50 plan; a $400.00 credit leaves $840.50: the last payment goes, the third drops to $220.37.
    const { account, corrections } = applyAdjustment(debtor(), [fourMonthPlan()], { kind: 'credit', amountCents: 40000 });
    expect(account.balanceCents).toBe(84050);
    expect(corrections).toHaveLength(1);
    const { arrangement: plan, reducedByCents, previousRemainingCents } = corrections[0]!;
    expect(previousRemainingCents).toBe(124050);
    expect(reducedByCents).toBe(40000);
    expect(plan.installments).toEqual([due('2025-07-10', 31013), due('2025-08-10', 31013), due('2025-09-10', 22024)]);
    expect(plan.totalCents).toBe(84050);
    expect(plan.status).toBe('active');
  });

  it('counts only what is still to pay', () => {
    const plan = anArrangement('plan', [due('2025-07-10', 31013, { status: 'paid', paidCents: 31013 }), due('2025-08-10', 31013, { paidCents: 10000 }), due('2025-09-10', 31013)]);
    // Still to collect: $210.13 + $310.13 = $520.26; with $279.13 owed the last payment drops by $241.13 to $69.00.
    const [correction] = fitArrangementsToBalance([plan], 27913);
    expect(correction!.reducedByCents).toBe(24113);
    expect(correction!.arrangement.installments).toEqual([plan.installments[0], plan.installments[1], due('2025-09-10', 6900)]);
    expect(correction!.arrangement.totalCents).toBe(93039 - 24113);
  });

  it('marks an installment lowered to what was already paid on it as paid', () => {
    const plan = anArrangement('plan', [due('2025-07-10', 10000), due('2025-08-10', 10000, { paidCents: 5000 }), due('2025-09-10', 10000)]);
    // $250.00 to collect, $100.00 owed: the last goes, the second is lowered to its $50.00 paid.
    const [correction] = fitArrangementsToBalance([plan], 10000);
    expect(correction!.arrangement.installments).toEqual([due('2025-07-10', 10000), due('2025-08-10', 5000, { paidCents: 5000, status: 'paid' })]);
    expect(correction!.arrangement.status).toBe('active');
  });

  it('reduces a promise larger than the balance to the balance, and leaves one within it alone', () => {
    const big = anArrangement('promise', [due('2025-07-01', 100000)]);
    const small = anArrangement('promise', [due('2025-07-01', 20000)], { id: 'promise-2' });
    const corrections = fitArrangementsToBalance([big, small], 50000);
    expect(corrections.map((c) => c.arrangement)).toEqual([{ ...big, totalCents: 50000, installments: [due('2025-07-01', 50000)] }]);
  });

  it('cancels what is left when nothing is owed, and leaves arrangements that are over alone', () => {
    const kept = anArrangement('promise', [due('2025-06-01', 5000, { status: 'paid', paidCents: 5000 })], { id: 'p-0', status: 'kept' });
    const { corrections } = applyAdjustment(debtor(), [kept, fourMonthPlan()], { kind: 'credit', amountCents: 124050 });
    expect(corrections.map((c) => [c.arrangement.id, c.arrangement.status])).toEqual([['plan-1', 'cancelled']]);
  });
});

describe('the specialist limit', () => {
  it('lets a specialist adjust up to the policy limit ($50.00 by default) and no further alone', () => {
    expect(samplePolicy.adjustments.specialistMaxWaiver).toBe(5000);
    expect(needsOperatorApproval(5000, 0, samplePolicy)).toBe(false);
    expect(needsOperatorApproval(5001, 0, samplePolicy)).toBe(true);
  });

  it('counts what the same person already adjusted on the account that day: the limit is a sum, not a size', () => {
    expect(needsOperatorApproval(5000, 5000, samplePolicy)).toBe(true);
    expect(needsOperatorApproval(1000, 4000, samplePolicy)).toBe(false);
    expect(needsOperatorApproval(1, 5000, samplePolicy)).toBe(true);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 20 }), (amounts) => {
        // Whatever way $X is split, the pieces allowed without approval never add up to more than the limit.
        let allowed = 0;
        for (const amount of amounts) if (!needsOperatorApproval(amount, allowed, samplePolicy)) allowed += amount;
        return allowed <= samplePolicy.adjustments.specialistMaxWaiver;
      }),
    );
  });
});

describe('adjustment properties', () => {
  const accountArb = fc
    .record({
      itemizationBalanceCents: fc.integer({ min: 0, max: 500_000 }),
      interestSinceCents: fc.integer({ min: 0, max: 50_000 }),
      feesSinceCents: fc.integer({ min: 0, max: 20_000 }),
      paymentsSinceCents: fc.integer({ min: 0, max: 100_000 }),
      creditsSinceCents: fc.integer({ min: 0, max: 10_000 }),
      itemized: fc.boolean(),
    })
    .filter((i) => itemizedBalance({ ...i, itemizationDate: '2025-01-15' }) >= 0)
    .map(({ itemized, ...parts }): Account => {
      const items: Itemization = { itemizationDate: '2025-01-15', ...parts };
      const balanceCents = itemizedBalance(items);
      return anAccount({ balanceCents, status: balanceCents === 0 ? 'paid' : 'active', ...(itemized ? { itemization: items } : {}) });
    });

  const adjustmentArb: fc.Arbitrary<Adjustment> = fc.oneof(
    fc.record({ kind: fc.constant('fee_waiver' as const), amountCents: fc.integer({ min: -10, max: 30_000 }) }),
    fc.record({ kind: fc.constant('credit' as const), amountCents: fc.integer({ min: 1, max: 600_000 }) }),
    fc.record({
      kind: fc.constant('correction' as const),
      amountCents: fc.integer({ min: 1, max: 60_000 }),
      direction: fc.constantFrom('increase' as const, 'decrease' as const),
      charge: fc.constantFrom('fees' as const, 'interest' as const),
    }),
    fc.record({
      kind: fc.constant('refund' as const),
      amountCents: fc.integer({ min: 1, max: 120_000 }),
      payment: fc.record({ paymentId: fc.constant('P-1'), amountCents: fc.integer({ min: 1, max: 120_000 }), overpaidCents: fc.integer({ min: 0, max: 5_000 }), refundedCents: fc.integer({ min: 0, max: 5_000 }) }),
    }),
  );

  const planArb = fc.array(fc.integer({ min: 1, max: 60_000 }), { minLength: 1, maxLength: 12 }).map((amounts) =>
    anArrangement('plan', amounts.map((cents, index) => due(`2026-${String(index + 1).padStart(2, '0')}-10`, cents))),
  );

  it('keeps the itemization identity, a balance of zero or more, and plans within the balance, or throws having changed nothing', () => {
    fc.assert(
      fc.property(accountArb, fc.array(adjustmentArb, { minLength: 1, maxLength: 6 }), planArb, (start, adjustments, plan) => {
        let account = start;
        let arrangements = [plan];
        for (const adjustment of adjustments) {
          const snapshot = structuredClone({ account, arrangements, adjustment });
          let result;
          try {
            result = applyAdjustment(account, arrangements, adjustment);
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
            expect({ account, arrangements, adjustment }).toEqual(snapshot);
            continue;
          }
          expect(result.account.balanceCents).toBe(account.balanceCents + result.balanceChangeCents);
          expect(result.account.balanceCents).toBeGreaterThanOrEqual(0);
          if (result.account.itemization) {
            expect(itemizedBalance(result.account.itemization)).toBe(result.account.balanceCents);
            for (const part of Object.values(result.account.itemization)) if (typeof part === 'number') expect(part).toBeGreaterThanOrEqual(0);
          }
          account = result.account;
          arrangements = arrangements.map((a) => result.corrections.find((c) => c.arrangement.id === a.id)?.arrangement ?? a);
          for (const a of arrangements.filter((x) => x.status === 'active')) {
            const remaining = a.installments.filter((i) => i.status === 'scheduled').reduce((sum, i) => sum + i.amountCents - (i.paidCents ?? 0), 0);
            expect(remaining).toBeLessThanOrEqual(account.balanceCents);
            expect(a.totalCents).toBe(a.installments.reduce((sum, i) => sum + i.amountCents, 0));
            expect(a.installments.every((i) => i.amountCents > 0)).toBe(true);
          }
        }
      }),
    );
  });

  it('lowers a plan by exactly its excess over the balance, never raising an installment', () => {
    fc.assert(
      fc.property(planArb, fc.integer({ min: 1, max: 800_000 }), (plan, balanceCents) => {
        const total = plan.totalCents;
        const [correction] = fitArrangementsToBalance([plan], balanceCents);
        if (total <= balanceCents) {
          expect(correction).toBeUndefined();
          return;
        }
        expect(correction!.reducedByCents).toBe(total - balanceCents);
        expect(correction!.arrangement.totalCents).toBe(balanceCents);
        const before = new Map(plan.installments.map((i) => [i.dueDate, i.amountCents]));
        for (const i of correction!.arrangement.installments) expect(i.amountCents).toBeLessThanOrEqual(before.get(i.dueDate)!);
      }),
    );
  });
});
