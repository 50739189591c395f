import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Account, Itemization } from '../../../src/domain/account';
import type { Arrangement, ArrangementKind, Installment } from '../../../src/domain/arrangement';
import { applyPayment, nextUnpaidInstallment, paidCentsOf, settleDueInstallments, type Payment } from '../../../src/domain/ledger';
import { addDays, addMonths } from '../../../src/domain/offers/calendar';
import { anAccount, itemization, itemizedBalance } from '../../fixtures/accounts';
import { anArrangement } from '../../fixtures/arrangements';

function debtor(overrides: Partial<Account> = {}): Account {
  return anAccount({ balanceCents: 124050, itemization, ...overrides });
}

function scheduled(amounts: number[], firstDueDate: string, monthsApart = 1): Installment[] {
  return amounts.map((amountCents, index) => ({ dueDate: addMonths(firstDueDate, index * monthsApart), amountCents, status: 'scheduled' }));
}

/** The $1,240.50 monthly plan: 6 × $103.38 then 6 × $103.37, from July 10. */
const twelveMonthPlan = () => anArrangement('plan', scheduled([...Array(6).fill(10338), ...Array(6).fill(10337)], '2025-07-10'));
const promiseOf = (cents: number, dueDate: string, overrides: Partial<Arrangement> = {}) => anArrangement('promise', scheduled([cents], dueDate), overrides);

const pay = (amountCents: number, paidOn: string, paymentId = 'P-1'): Payment => ({ paymentId, amountCents, paidOn });

describe('applying a payment', () => {
  it('lowers the balance by the payment and counts it in the itemization', () => {
    const { account, appliedToBalanceCents, overpaidCents } = applyPayment(debtor(), [], pay(25000, '2025-06-05'));
    expect(account.balanceCents).toBe(99050);
    expect(appliedToBalanceCents).toBe(25000);
    expect(overpaidCents).toBe(0);
    expect(account.itemization?.paymentsSinceCents).toBe(26000);
    expect(itemizedBalance(account.itemization as Itemization)).toBe(account.balanceCents);
    expect(account.status).toBe('active');
  });

  it('leaves an account without an itemization without one', () => {
    const { account } = applyPayment(debtor({ itemization: undefined }), [], pay(5000, '2025-06-05'));
    expect(account.balanceCents).toBe(119050);
    expect(account.itemization).toBeUndefined();
  });

  it('keeps a promise paid in full before its due date', () => {
    const promise = promiseOf(30000, '2025-06-20');
    const result = applyPayment(debtor(), [promise], pay(30000, '2025-06-18'));
    expect(result.changedArrangements).toEqual([
      { ...promise, status: 'kept', installments: [{ dueDate: '2025-06-20', amountCents: 30000, status: 'paid', paidCents: 30000 }] },
    ]);
    expect(result.appliedToArrangementsCents).toBe(30000);
    expect(result.events).toEqual([{ type: 'promise.kept', data: { arrangementId: 'promise-1', kind: 'promise', dueDate: '2025-06-20', paidCents: 30000 } }]);
    expect(result.account.balanceCents).toBe(94050);
  });

  it('keeps a promise paid on its due date', () => {
    const result = applyPayment(debtor(), [promiseOf(30000, '2025-06-20')], pay(30000, '2025-06-20'));
    expect(result.changedArrangements[0]?.status).toBe('kept');
  });

  it('keeps a promise paid in two parts, the first leaving it active', () => {
    const first = applyPayment(debtor(), [promiseOf(30000, '2025-06-20')], pay(12000, '2025-06-12'));
    const halfPaid = first.changedArrangements[0] as Arrangement;
    expect(halfPaid.status).toBe('active');
    expect(halfPaid.installments[0]).toEqual({ dueDate: '2025-06-20', amountCents: 30000, status: 'scheduled', paidCents: 12000 });
    expect(first.events).toEqual([]);

    const second = applyPayment(first.account, [halfPaid], pay(18000, '2025-06-19', 'P-2'));
    expect(second.changedArrangements[0]?.status).toBe('kept');
    expect(second.events).toEqual([{ type: 'promise.kept', data: { arrangementId: 'promise-1', kind: 'promise', dueDate: '2025-06-20', paidCents: 30000 } }]);
    expect(second.account.balanceCents).toBe(94050);
  });

  it('carries what is left of a payment to the next installment of a plan', () => {
    const { changedArrangements, appliedToArrangementsCents } = applyPayment(debtor(), [twelveMonthPlan()], pay(25000, '2025-07-01'));
    const [plan] = changedArrangements as [Arrangement];
    expect(plan.status).toBe('active');
    expect(plan.installments.slice(0, 4).map(({ status, paidCents }) => ({ status, paidCents }))).toEqual([
      { status: 'paid', paidCents: 10338 },
      { status: 'paid', paidCents: 10338 },
      { status: 'scheduled', paidCents: 4324 },
      { status: 'scheduled', paidCents: undefined },
    ]);
    expect(appliedToArrangementsCents).toBe(25000);
    expect(nextUnpaidInstallment(plan)).toMatchObject({ dueDate: '2025-09-10', paidCents: 4324 });
  });

  it('completes a $1,240.50 plan on its twelfth payment and marks the account paid', () => {
    let account = debtor();
    let plan = twelveMonthPlan();
    const events = [];
    for (const [index, installment] of plan.installments.entries()) {
      const result = applyPayment(account, [plan], pay(installment.amountCents, installment.dueDate, `P-${index}`));
      account = result.account;
      plan = result.changedArrangements[0] as Arrangement;
      events.push(...result.events);
    }
    expect(plan.status).toBe('completed');
    expect(plan.installments.every((i) => i.status === 'paid' && i.paidCents === i.amountCents)).toBe(true);
    expect(events).toEqual([{ type: 'plan.completed', data: { arrangementId: 'plan-1', totalCents: 124050 } }]);
    expect(account).toMatchObject({ balanceCents: 0, status: 'paid' });
    expect(account.itemization?.paymentsSinceCents).toBe(1000 + 124050);
    expect(itemizedBalance(account.itemization as Itemization)).toBe(0);
  });

  it('pays the oldest active arrangement first and carries the rest to the next', () => {
    const older = promiseOf(10000, '2025-06-20', { id: 'older', createdAt: '2025-05-01T12:00:00.000Z' });
    const newer = promiseOf(20000, '2025-06-25', { id: 'newer', createdAt: '2025-05-20T12:00:00.000Z' });
    const result = applyPayment(debtor(), [newer, older], pay(15000, '2025-06-10'));
    expect(result.changedArrangements.map(({ id, status }) => ({ id, status }))).toEqual([
      { id: 'older', status: 'kept' },
      { id: 'newer', status: 'active' },
    ]);
    expect(result.changedArrangements[1]?.installments[0]?.paidCents).toBe(5000);
    expect(result.events.map((event) => event.type)).toEqual(['promise.kept']);
  });

  it('pays nothing toward arrangements that are not active', () => {
    const arrangements = (['kept', 'broken', 'partial', 'cancelled', 'completed'] as const).map((status) => promiseOf(10000, '2025-06-20', { id: status, status }));
    const result = applyPayment(debtor(), arrangements, pay(10000, '2025-06-10'));
    expect(result.changedArrangements).toEqual([]);
    expect(result.appliedToArrangementsCents).toBe(0);
    expect(result.events).toEqual([]);
    expect(result.account.balanceCents).toBe(114050);
  });

  it('stops at 0 on an overpayment and reports what was paid beyond the balance', () => {
    const result = applyPayment(debtor(), [], pay(130000, '2025-06-10'));
    expect(result.account).toMatchObject({ balanceCents: 0, status: 'paid' });
    expect(result.appliedToBalanceCents).toBe(124050);
    expect(result.overpaidCents).toBe(5950);
    expect(result.account.itemization?.paymentsSinceCents).toBe(125050);
    expect(itemizedBalance(result.account.itemization as Itemization)).toBe(0);
  });

  it('marks a paid-off account paid only when it was active', () => {
    const result = applyPayment(debtor({ status: 'disputed', flags: ['dispute'] }), [], pay(124050, '2025-06-10'));
    expect(result.account).toMatchObject({ balanceCents: 0, status: 'disputed' });
  });

  it('forgives the rest of the balance when a settlement is kept', () => {
    const settlement = anArrangement('settlement', scheduled([74430], '2025-06-30'), { originalBalanceCents: 124050 });
    const result = applyPayment(debtor(), [settlement], pay(74430, '2025-06-28'));
    expect(result.changedArrangements[0]?.status).toBe('kept');
    expect(result.events).toEqual([{ type: 'promise.kept', data: { arrangementId: 'settlement-1', kind: 'settlement', dueDate: '2025-06-30', paidCents: 74430 } }]);
    expect(result.forgivenCents).toBe(49620);
    expect(result.account).toMatchObject({ balanceCents: 0, status: 'paid' });
    expect(result.account.itemization).toMatchObject({ paymentsSinceCents: 75430, creditsSinceCents: 49620 });
    expect(itemizedBalance(result.account.itemization as Itemization)).toBe(0);
  });

  it('forgives nothing until the last installment of a settlement is paid', () => {
    const settlement = anArrangement('settlement', scheduled([37215, 37215], '2025-06-30'));
    const first = applyPayment(debtor(), [settlement], pay(37215, '2025-06-28'));
    expect(first.forgivenCents).toBe(0);
    expect(first.account.balanceCents).toBe(86835);
    const second = applyPayment(first.account, first.changedArrangements, pay(37215, '2025-07-29', 'P-2'));
    expect(second.forgivenCents).toBe(49620);
    expect(second.account.balanceCents).toBe(0);
    expect(second.account.itemization?.creditsSinceCents).toBe(49620);
  });

  it('does not keep a promise whose due date ended before the payment; the payment goes to the balance', () => {
    const result = applyPayment(debtor(), [promiseOf(30000, '2025-06-20')], pay(30000, '2025-06-21'));
    expect(result.changedArrangements[0]).toMatchObject({ status: 'broken', installments: [{ status: 'missed' }] });
    expect(result.appliedToArrangementsCents).toBe(0);
    expect(result.events).toEqual([
      { type: 'promise.broken', data: { arrangementId: 'promise-1', kind: 'promise', dueDate: '2025-06-20', paidCents: 0, shortCents: 30000, partial: false } },
    ]);
    expect(result.account.balanceCents).toBe(94050);
  });

  it('changes neither the account nor the arrangements it was given', () => {
    const account = debtor();
    const plan = twelveMonthPlan();
    const before = structuredClone({ account, plan });
    applyPayment(account, [plan], pay(50000, '2025-07-01'));
    expect({ account, plan }).toEqual(before);
  });

  it.each([0, -100, 10.5, Number.NaN])('rejects a payment of %s cents', (amountCents) => {
    expect(() => applyPayment(debtor(), [], pay(amountCents, '2025-06-10'))).toThrow(expect.objectContaining({ code: 'invalid_amount' }));
  });

  it('rejects a paid-on day that is not a calendar date', () => {
    expect(() => applyPayment(debtor(), [], pay(100, '2025-06-10T10:00:00Z'))).toThrow(expect.objectContaining({ code: 'invalid_date' }));
  });
});

describe('settling due installments', () => {
  it('breaks a promise with nothing paid once its due date has ended', () => {
    const { arrangement: settled, events } = settleDueInstallments(promiseOf(30000, '2025-06-20'), '2025-06-21');
    expect(settled).toMatchObject({ status: 'broken', installments: [{ status: 'missed' }] });
    expect(events).toEqual([
      { type: 'promise.broken', data: { arrangementId: 'promise-1', kind: 'promise', dueDate: '2025-06-20', paidCents: 0, shortCents: 30000, partial: false } },
    ]);
  });

  it('leaves a promise alone on its due date', () => {
    const promise = promiseOf(30000, '2025-06-20');
    expect(settleDueInstallments(promise, '2025-06-20')).toEqual({ arrangement: promise, events: [] });
  });

  it.each(['promise', 'pay_in_full', 'settlement'] as const)('marks a %s paid in part by its due date partial', (kind) => {
    const partlyPaid = anArrangement(kind, [{ dueDate: '2025-06-20', amountCents: 30000, status: 'scheduled', paidCents: 12000 }]);
    const { arrangement: settled, events } = settleDueInstallments(partlyPaid, '2025-06-21');
    expect(settled).toMatchObject({ status: 'partial', installments: [{ status: 'partial', paidCents: 12000 }] });
    expect(events).toEqual([
      { type: 'promise.broken', data: { arrangementId: `${kind}-1`, kind, dueDate: '2025-06-20', paidCents: 12000, shortCents: 18000, partial: true } },
    ]);
  });

  it('breaks a plan on a missed installment and reports it as a broken promise of kind plan', () => {
    const paidFirst = applyPayment(debtor(), [twelveMonthPlan()], pay(10338, '2025-07-10')).changedArrangements[0] as Arrangement;
    const { arrangement: settled, events } = settleDueInstallments(paidFirst, '2025-08-11');
    expect(settled.status).toBe('broken');
    expect(settled.installments.map((i) => i.status).slice(0, 3)).toEqual(['paid', 'missed', 'scheduled']);
    expect(events).toEqual([
      { type: 'promise.broken', data: { arrangementId: 'plan-1', kind: 'plan', dueDate: '2025-08-10', paidCents: 0, shortCents: 10338, partial: false } },
    ]);
  });

  it('breaks (not partial) a plan whose installment was paid in part', () => {
    const plan = anArrangement('plan', [
      { dueDate: '2025-07-10', amountCents: 10338, status: 'scheduled', paidCents: 5000 },
      { dueDate: '2025-08-10', amountCents: 10337, status: 'scheduled' },
    ]);
    const { arrangement: settled, events } = settleDueInstallments(plan, '2025-07-11');
    expect(settled.status).toBe('broken');
    expect(settled.installments.map((i) => i.status)).toEqual(['partial', 'scheduled']);
    expect(events[0]?.data).toMatchObject({ kind: 'plan', paidCents: 5000, shortCents: 5338, partial: true });
  });

  it('breaks a multi-installment settlement paid in part instead of marking it partial', () => {
    const settlement = anArrangement('settlement', [
      { dueDate: '2025-07-10', amountCents: 30000, status: 'scheduled', paidCents: 100 },
      { dueDate: '2025-08-10', amountCents: 30000, status: 'scheduled' },
    ]);
    expect(settleDueInstallments(settlement, '2025-07-11').arrangement.status).toBe('broken');
  });

  it('lapses every overdue installment but reports the arrangement broken once, at the earliest', () => {
    const { arrangement: settled, events } = settleDueInstallments(twelveMonthPlan(), '2025-09-15');
    expect(settled.installments.map((i) => i.status).slice(0, 4)).toEqual(['missed', 'missed', 'missed', 'scheduled']);
    expect(events).toHaveLength(1);
    expect(events[0]?.data.dueDate).toBe('2025-07-10');
  });

  it('says nothing when run a second time for the same day', () => {
    const once = settleDueInstallments(promiseOf(30000, '2025-06-20'), '2025-06-21');
    const twice = settleDueInstallments(once.arrangement, '2025-06-21');
    expect(twice.events).toEqual([]);
    expect(twice.arrangement).toBe(once.arrangement);
    expect(settleDueInstallments(once.arrangement, '2025-07-30').events).toEqual([]);
  });

  it.each(['kept', 'broken', 'partial', 'cancelled', 'completed'] as const)('leaves a %s arrangement as it is', (status) => {
    const done = promiseOf(30000, '2025-06-20', { status });
    expect(settleDueInstallments(done, '2025-12-01')).toEqual({ arrangement: done, events: [] });
  });

  it('leaves installments already paid alone', () => {
    const kept = applyPayment(debtor(), [twelveMonthPlan()], pay(20676, '2025-07-01')).changedArrangements[0] as Arrangement;
    expect(settleDueInstallments(kept, '2025-08-11')).toEqual({ arrangement: kept, events: [] });
  });
});

describe('next unpaid installment', () => {
  it('is the earliest installment still scheduled', () => {
    const plan = anArrangement('plan', [
      { dueDate: '2025-08-10', amountCents: 10337, status: 'scheduled' },
      { dueDate: '2025-07-10', amountCents: 10338, status: 'paid' },
    ]);
    expect(nextUnpaidInstallment(plan)?.dueDate).toBe('2025-08-10');
  });

  it('is undefined once every installment is paid', () => {
    expect(nextUnpaidInstallment(promiseOf(100, '2025-07-10', { installments: [{ dueDate: '2025-07-10', amountCents: 100, status: 'paid' }] }))).toBeUndefined();
  });

  it('counts an installment recorded paid without an amount as paid in full', () => {
    expect(paidCentsOf({ dueDate: '2025-07-10', amountCents: 100, status: 'paid' })).toBe(100);
    expect(paidCentsOf({ dueDate: '2025-07-10', amountCents: 100, status: 'scheduled' })).toBe(0);
  });
});

describe('ledger properties', () => {
  const day = (offset: number) => addDays('2025-06-01', offset);
  const installmentsArb = fc.array(fc.record({ offset: fc.integer({ min: 0, max: 120 }), amountCents: fc.integer({ min: 1, max: 50_000 }) }), { minLength: 1, maxLength: 6 });
  const arrangementArb = (kinds: readonly ArrangementKind[]) =>
    fc.record({ kind: fc.constantFrom(...kinds), installments: installmentsArb, createdOffset: fc.integer({ min: 0, max: 1000 }) });
  const arrangementsArb = (kinds: readonly ArrangementKind[]) =>
    fc.array(arrangementArb(kinds), { maxLength: 3 }).map((drafts) =>
      drafts.map(({ kind, installments, createdOffset }, index) =>
        anArrangement(
          kind,
          installments.map(({ offset, amountCents }) => ({ dueDate: day(offset), amountCents, status: 'scheduled' as const })),
          { id: `a${index}`, createdAt: new Date(Date.UTC(2025, 4, 1) + createdOffset * 60_000).toISOString() },
        ),
      ),
    );
  const paymentsArb = fc
    .array(fc.record({ offset: fc.integer({ min: 0, max: 130 }), amountCents: fc.integer({ min: 1, max: 200_000 }) }), { minLength: 1, maxLength: 8 })
    .map((drafts) => [...drafts].sort((a, b) => a.offset - b.offset).map(({ offset, amountCents }, index) => pay(amountCents, day(offset), `P-${index}`)));
  const accountArb = fc
    .record({ balanceCents: fc.integer({ min: 0, max: 1_000_000 }), interest: fc.integer({ min: 0, max: 50_000 }), itemized: fc.boolean() })
    .map(({ balanceCents, interest, itemized }) =>
      debtor({
        balanceCents,
        itemization: itemized ? { ...itemization, itemizationBalanceCents: balanceCents - interest + 1000, interestSinceCents: interest, feesSinceCents: 0 } : undefined,
      }),
    );

  /** Replaces each arrangement with its changed version, as the store would. */
  const merge = (arrangements: Arrangement[], changed: Arrangement[]) => arrangements.map((a) => changed.find((c) => c.id === a.id) ?? a);

  it('never takes the balance below 0, and what was applied plus what remains is what was owed (no settlement)', () => {
    fc.assert(
      fc.property(accountArb, arrangementsArb(['promise', 'plan', 'pay_in_full']), paymentsArb, (start, initial, payments) => {
        let account = start;
        let arrangements = initial;
        let applied = 0;
        for (const payment of payments) {
          const result = applyPayment(account, arrangements, payment);
          expect(result.account.balanceCents).toBeGreaterThanOrEqual(0);
          expect(result.appliedToBalanceCents + result.overpaidCents).toBe(payment.amountCents);
          expect(result.forgivenCents).toBe(0);
          if (result.account.itemization) expect(itemizedBalance(result.account.itemization)).toBe(result.account.balanceCents);
          applied += result.appliedToBalanceCents;
          account = result.account;
          arrangements = merge(arrangements, result.changedArrangements);
        }
        expect(applied + account.balanceCents).toBe(start.balanceCents);
      }),
      { numRuns: 300 },
    );
  });

  it('never pays an installment more than it asks, and every cent sent to arrangements lands on an installment', () => {
    fc.assert(
      fc.property(accountArb, arrangementsArb(['promise', 'plan', 'pay_in_full', 'settlement']), paymentsArb, (start, initial, payments) => {
        let account = start;
        let arrangements = initial;
        const paidSoFar = (all: Arrangement[]) => all.flatMap((a) => a.installments).reduce((sum, i) => sum + paidCentsOf(i), 0);
        for (const payment of payments) {
          const before = paidSoFar(arrangements);
          const result = applyPayment(account, arrangements, payment);
          arrangements = merge(arrangements, result.changedArrangements);
          account = result.account;
          expect(result.appliedToArrangementsCents).toBeLessThanOrEqual(payment.amountCents);
          expect(paidSoFar(arrangements) - before).toBe(result.appliedToArrangementsCents);
          if (result.account.itemization) expect(itemizedBalance(result.account.itemization)).toBe(result.account.balanceCents);
          for (const installment of arrangements.flatMap((a) => a.installments)) {
            expect(paidCentsOf(installment)).toBeLessThanOrEqual(installment.amountCents);
            expect(installment.status === 'paid').toBe(paidCentsOf(installment) === installment.amountCents);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('settles a day at most once: a second run changes nothing and says nothing', () => {
    fc.assert(
      fc.property(arrangementsArb(['promise', 'plan', 'pay_in_full', 'settlement']), fc.integer({ min: 0, max: 130 }), (arrangements, offset) => {
        for (const original of arrangements) {
          const once = settleDueInstallments(original, day(offset));
          expect(once.events.length).toBeLessThanOrEqual(1);
          expect(settleDueInstallments(once.arrangement, day(offset))).toEqual({ arrangement: once.arrangement, events: [] });
        }
      }),
    );
  });
});
