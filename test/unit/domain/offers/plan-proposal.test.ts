import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frequencies, type Policy } from '../../../../src/domain/policy';
import { addDays, addMonths, nextDayOfMonth, proposePlan, type InstallmentPlan, type PlanRequest } from '../../../../src/domain/offers';
import { daysBetween } from '../../../../src/domain/offers/calendar';
import { balanceArb, dateOffsetArb, policyArb, samplePolicy, todayArb, withPlans } from './fixtures';

const today = '2025-06-10';
const amounts = (plan: InstallmentPlan) => plan.installments.map((installment) => installment.amountCents);
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe('plan proposal', () => {
  it('turns "$100 a month" on $1,240.50 under a 12-month cap into 12 monthly payments, never 13, with a weekly alternative', () => {
    const proposal = proposePlan(124050, samplePolicy, today, { frequency: 'monthly', amountCents: 10000 });
    expect(proposal.accepted).toBe(false);
    if (proposal.accepted) return;
    expect(proposal.reason).toBe('exceeds_max_term');
    expect(proposal.plan).toMatchObject({
      frequency: 'monthly',
      count: 12,
      totalCents: 124050,
      firstDueDate: '2025-06-10',
      lastDueDate: '2026-05-10',
      runs: [
        { count: 6, amountCents: 10338 },
        { count: 6, amountCents: 10337 },
      ],
    });
    expect(sum(amounts(proposal.plan))).toBe(124050);
    // The alternatives keep the debtor's $100 or less a payment on a shorter period.
    const weekly = proposal.alternatives.find((plan) => plan.frequency === 'weekly');
    expect(weekly).toMatchObject({ count: 13, lastDueDate: '2025-09-02', runs: [{ count: 4, amountCents: 9543 }, { count: 9, amountCents: 9542 }] });
    expect(proposal.alternatives.find((plan) => plan.frequency === 'biweekly')).toMatchObject({ count: 13, lastDueDate: '2025-11-25' });
  });

  it('grants "$200 a month" as the fewest monthly payments of at most $200', () => {
    const proposal = proposePlan(124050, samplePolicy, today, { frequency: 'monthly', amountCents: 20000 });
    expect(proposal).toMatchObject({ accepted: true, plan: { count: 7, runs: [{ count: 3, amountCents: 17722 }, { count: 4, amountCents: 17721 }] } });
  });

  it('asks for fewer installments when the debtor offers more than each needs', () => {
    const proposal = proposePlan(124050, samplePolicy, today, { frequency: 'monthly', amountCents: 50000 });
    expect(proposal).toMatchObject({ accepted: true, plan: { count: 3, runs: [{ count: 3, amountCents: 41350 }] } });
    expect(proposePlan(124050, samplePolicy, today, { amountCents: 200000 })).toMatchObject({ accepted: true, plan: { count: 1, runs: [{ count: 1, amountCents: 124050 }] } });
  });

  it('offers the minimum installment when the debtor asks for less', () => {
    const policy = withPlans(samplePolicy, { maxMonths: 60 });
    const proposal = proposePlan(124050, policy, today, { frequency: 'monthly', amountCents: 2000 });
    expect(proposal).toMatchObject({ accepted: false, reason: 'below_min_installment', plan: { count: 49, runs: [{ count: 31, amountCents: 2532 }, { count: 18, amountCents: 2531 }] } });
  });

  it('defaults to the longest term allowed, the smallest payments', () => {
    expect(proposePlan(124050, samplePolicy, today)).toMatchObject({ accepted: true, plan: { frequency: 'monthly', count: 12 } });
    expect(proposePlan(124050, samplePolicy, today, { frequency: 'weekly' })).toMatchObject({ accepted: true, plan: { frequency: 'weekly', count: 49 } });
  });

  it('offers a single payment of the whole balance when it is below the minimum installment', () => {
    const proposal = proposePlan(2000, samplePolicy, today, { frequency: 'monthly' });
    expect(proposal).toMatchObject({ accepted: false, reason: 'below_min_installment', plan: { count: 1, totalCents: 2000 }, alternatives: [] });
  });

  it('starts on the next 15th for a debtor paid on the 15th, or the last day allowed when that is too far', () => {
    const inside = proposePlan(124050, samplePolicy, today, { frequency: 'monthly', firstDate: nextDayOfMonth(today, 15) });
    expect(inside).toMatchObject({ accepted: true, plan: { firstDueDate: '2025-06-15', lastDueDate: '2026-05-15' } });
    const outside = proposePlan(124050, samplePolicy, '2025-06-16', { frequency: 'monthly', firstDate: nextDayOfMonth('2025-06-16', 15) });
    expect(outside).toMatchObject({ accepted: false, reason: 'first_date_outside_window', plan: { firstDueDate: '2025-06-30' } });
    expect(proposePlan(124050, samplePolicy, today, { firstDate: '2025-06-01' })).toMatchObject({ reason: 'first_date_outside_window', plan: { firstDueDate: today } });
  });

  it('offers the nearest allowed frequency when the one asked for is not allowed', () => {
    const policy = withPlans(samplePolicy, { frequencies: ['weekly', 'monthly'] });
    const proposal = proposePlan(124050, policy, today, { frequency: 'biweekly', count: 20 });
    expect(proposal).toMatchObject({ accepted: false, reason: 'frequency_not_allowed', plan: { frequency: 'weekly', count: 20 } });
    if (!proposal.accepted) expect(proposal.alternatives.map((plan) => [plan.frequency, plan.count])).toEqual([['monthly', 12]]);
  });

  it('offers the most installments allowed when the debtor asks for more', () => {
    expect(proposePlan(124050, samplePolicy, today, { frequency: 'monthly', count: 24 })).toMatchObject({ accepted: false, reason: 'exceeds_max_term', plan: { count: 12 } });
    expect(proposePlan(124050, samplePolicy, today, { frequency: 'weekly', count: 52 })).toMatchObject({ accepted: false, reason: 'below_min_installment', plan: { count: 49 } });
    expect(proposePlan(124050, samplePolicy, today, { frequency: 'biweekly', count: 26 })).toMatchObject({ accepted: true, plan: { count: 26 } });
  });

  it('rejects requests that are not amounts, counts or dates', () => {
    expect(() => proposePlan(124050, samplePolicy, today, { amountCents: 0 })).toThrow(expect.objectContaining({ code: 'invalid_amount' }));
    expect(() => proposePlan(124050, samplePolicy, today, { amountCents: 99.5 })).toThrow(expect.objectContaining({ code: 'invalid_amount' }));
    expect(() => proposePlan(124050, samplePolicy, today, { count: 0 })).toThrow(expect.objectContaining({ code: 'invalid_count' }));
    expect(() => proposePlan(124050, samplePolicy, today, { firstDate: '2025-02-30' })).toThrow(expect.objectContaining({ code: 'invalid_date' }));
    expect(() => proposePlan(-1, samplePolicy, today)).toThrow(expect.objectContaining({ code: 'invalid_balance' }));
    expect(() => proposePlan(124050, samplePolicy, '10/06/2025')).toThrow(expect.objectContaining({ code: 'invalid_date' }));
  });
});

const requestArb = fc.record(
  {
    frequency: fc.constantFrom(...frequencies),
    amountCents: fc.oneof(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 200_000_000 })),
    count: fc.integer({ min: 1, max: 400 }),
    firstDateOffset: dateOffsetArb,
  },
  { requiredKeys: [] },
);

const scenarioArb = fc.record({ balance: balanceArb, policy: policyArb, today: todayArb, asked: requestArb }).map(({ balance, policy, today, asked }) => {
  const { firstDateOffset, ...rest } = asked;
  const request: PlanRequest = firstDateOffset === undefined ? rest : { ...rest, firstDate: addDays(today, firstDateOffset) };
  const proposal = proposePlan(balance, policy, today, request);
  return { balance, policy, today, request, proposal, plans: [proposal.plan, ...(proposal.accepted ? [] : proposal.alternatives)] };
});

const periodDays = { weekly: 7, biweekly: 14 } as const;

/** Every plan a proposal returns, granted, countered or alternative, for any balance, policy and request. */
function everyPlan(check: (plan: InstallmentPlan, scenario: { balance: number; policy: Policy; today: string }) => void) {
  fc.assert(
    fc.property(scenarioArb, (scenario) => scenario.plans.forEach((plan) => check(plan, scenario))),
    { numRuns: 200 },
  );
}

describe('installment plan (any balance, policy and request)', () => {
  it('sums exactly to the balance in whole cents', () => {
    everyPlan((plan, { balance }) => {
      expect(plan.totalCents).toBe(balance);
      expect(plan.installments).toHaveLength(plan.count);
      expect(amounts(plan).every((amount) => Number.isSafeInteger(amount) && amount > 0)).toBe(true);
      expect(sum(amounts(plan))).toBe(balance);
      expect(plan.runs.flatMap((run) => Array<number>(run.count).fill(run.amountCents))).toEqual(amounts(plan));
    });
  });

  it('keeps every installment at or above minInstallment, unless it is one payment of the whole balance', () => {
    everyPlan((plan, { policy }) => {
      if (plan.count > 1) expect(Math.min(...amounts(plan))).toBeGreaterThanOrEqual(Math.max(policy.plans.minInstallment, 1));
    });
  });

  it('never exceeds maxMonths', () => {
    everyPlan((plan, { policy }) => {
      const termEnd = addMonths(plan.firstDueDate, policy.plans.maxMonths);
      expect(plan.lastDueDate < termEnd).toBe(true);
      // Each installment pays for one period, and the last period ends by the end of the term.
      if (plan.frequency === 'monthly') expect(plan.count).toBeLessThanOrEqual(policy.plans.maxMonths);
      else expect(plan.count * periodDays[plan.frequency]).toBeLessThanOrEqual(daysBetween(plan.firstDueDate, termEnd));
    });
  });

  it('starts within firstPaymentWithinDays on an allowed frequency, and falls due on its dates', () => {
    everyPlan((plan, { policy, today }) => {
      expect(policy.plans.frequencies).toContain(plan.frequency);
      expect(plan.firstDueDate >= today && plan.firstDueDate <= addDays(today, policy.plans.firstPaymentWithinDays)).toBe(true);
      const expected = plan.installments.map((_, index) =>
        plan.frequency === 'monthly' ? addMonths(plan.firstDueDate, index) : addDays(plan.firstDueDate, index * periodDays[plan.frequency]),
      );
      expect(plan.installments.map((installment) => installment.dueDate)).toEqual(expected);
    });
  });

  it('grants exactly what was asked when it accepts', () => {
    fc.assert(
      fc.property(scenarioArb, ({ balance, request, proposal }) => {
        if (!proposal.accepted) return;
        const { plan } = proposal;
        if (request.frequency) expect(plan.frequency).toBe(request.frequency);
        if (request.firstDate) expect(plan.firstDueDate).toBe(request.firstDate);
        if (request.count !== undefined) expect(plan.count).toBe(request.count);
        else if (request.amountCents !== undefined) {
          // The fewest installments none of which is above the amount the debtor can pay.
          expect(Math.max(...amounts(plan))).toBeLessThanOrEqual(request.amountCents);
          expect((plan.count - 1) * request.amountCents).toBeLessThan(balance);
        } else expect(plan.count).toBeGreaterThan(1);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses only with the nearest allowed plan: the date clamped, the count cut to the most allowed', () => {
    fc.assert(
      fc.property(scenarioArb, ({ policy, today, request, proposal }) => {
        if (proposal.accepted) return;
        const { plan, reason } = proposal;
        if (reason === 'frequency_not_allowed') expect(policy.plans.frequencies).not.toContain(request.frequency);
        if (reason === 'first_date_outside_window') {
          const latest = addDays(today, policy.plans.firstPaymentWithinDays);
          expect(plan.firstDueDate).toBe((request.firstDate as string) < today ? today : latest);
        }
        if (reason === 'exceeds_max_term' || reason === 'below_min_installment') {
          // One more installment would break the rule named.
          const longer = plan.count + 1;
          if (reason === 'below_min_installment') expect(Math.floor(proposal.plan.totalCents / longer)).toBeLessThan(Math.max(policy.plans.minInstallment, 1));
          else if (plan.frequency === 'monthly') expect(longer).toBeGreaterThan(policy.plans.maxMonths);
          else expect(longer * periodDays[plan.frequency]).toBeGreaterThan(daysBetween(plan.firstDueDate, addMonths(plan.firstDueDate, policy.plans.maxMonths)));
        }
        proposal.alternatives.forEach((alternative) => {
          expect(alternative.frequency).not.toBe(plan.frequency);
          expect(alternative.count).toBeGreaterThan(1);
        });
      }),
      { numRuns: 500 },
    );
  });
});
