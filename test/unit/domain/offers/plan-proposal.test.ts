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
  it('turns "$100 a month" on $1,240.50 under a 12-month cap into 12 monthly payments, never 13, and no weekly plan above $100 a month', () => {
    const proposal = proposePlan(124050, samplePolicy, today, { frequency: 'monthly', amountCents: 10000 });
    if (proposal.accepted || proposal.reason === 'pays_in_full') throw new Error(`expected the nearest plan, got ${JSON.stringify(proposal)}`);
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
    // $100 a month is $23.07 a week or $46.15 every two weeks: below what policy allows over 12
    // months, so no weekly or biweekly plan fits (13 x $95.43 a week was about $413 a month).
    expect(proposal.alternatives).toEqual([]);
  });

  it('offers weekly and biweekly plans beside the monthly one when they cost no more a month than asked', () => {
    // "$200 a month from July 10": the first date is outside the 14-day window, so the nearest plan starts June 24.
    const proposal = proposePlan(124050, samplePolicy, today, { frequency: 'monthly', amountCents: 20000, firstDate: '2025-07-10' });
    if (proposal.accepted || proposal.reason === 'pays_in_full') throw new Error(`expected the nearest plan, got ${JSON.stringify(proposal)}`);
    expect(proposal).toMatchObject({ reason: 'first_date_outside_window', plan: { frequency: 'monthly', count: 7, firstDueDate: '2025-06-24' } });
    // $200 a month is $2,400 a year: $46.15 a week, $92.30 every two weeks, at most.
    expect(proposal.alternatives.map((plan) => [plan.frequency, plan.count, plan.runs[0]!.amountCents])).toEqual([
      ['weekly', 27, 4615],
      ['biweekly', 14, 9230],
    ]);
  });

  it('keeps an asked weekly amount weekly, and restates it per month for a monthly plan', () => {
    const policy = withPlans(samplePolicy, { frequencies: ['monthly', 'weekly'], maxMonths: 3 });
    const proposal = proposePlan(124050, policy, today, { frequency: 'weekly', amountCents: 5000 });
    if (proposal.accepted || proposal.reason === 'pays_in_full') throw new Error(`expected the nearest plan, got ${JSON.stringify(proposal)}`);
    expect(proposal.plan.frequency).toBe('weekly');
    // $50 a week is $216.66 a month: 3 monthly payments of $413.50 cost more, so none is offered.
    expect(proposal.alternatives).toEqual([]);
  });

  it('grants "$200 a month" as $200 a month, the rest in a smaller last payment', () => {
    const proposal = proposePlan(124050, samplePolicy, today, { frequency: 'monthly', amountCents: 20000 });
    expect(proposal).toMatchObject({ accepted: true, plan: { count: 7, runs: [{ count: 6, amountCents: 20000 }, { count: 1, amountCents: 4050 }] } });
  });

  it('grants "75 every 2 weeks" as $75 every two weeks, not the longest plan\'s $47.72', () => {
    const proposal = proposePlan(124050, samplePolicy, today, { frequency: 'biweekly', amountCents: 7500 });
    expect(proposal).toMatchObject({ accepted: true, plan: { frequency: 'biweekly', count: 17, runs: [{ count: 16, amountCents: 7500 }, { count: 1, amountCents: 4050 }] } });
  });

  it('shares a rest below minInstallment with the payment before it, neither above the amount asked', () => {
    // $860 at $50 a week leaves $10, under the $25 minimum: the last two are $30 each.
    const proposal = proposePlan(86000, samplePolicy, today, { frequency: 'weekly', amountCents: 5000 });
    expect(proposal).toMatchObject({ accepted: true, plan: { count: 18, runs: [{ count: 16, amountCents: 5000 }, { count: 2, amountCents: 3000 }] } });
    // an odd cent goes to the first of the two: $860.01 leaves $60.01 to share
    const odd = proposePlan(86001, samplePolicy, today, { frequency: 'weekly', amountCents: 5000 });
    expect(odd).toMatchObject({ accepted: true, plan: { count: 18, runs: [{ count: 16, amountCents: 5000 }, { count: 1, amountCents: 3001 }, { count: 1, amountCents: 3000 }] } });
  });

  it('asks for fewer installments when the debtor offers more than each needs', () => {
    const proposal = proposePlan(124050, samplePolicy, today, { frequency: 'monthly', amountCents: 50000 });
    expect(proposal).toMatchObject({ accepted: true, plan: { count: 3, runs: [{ count: 2, amountCents: 50000 }, { count: 1, amountCents: 24050 }] } });
  });

  it('turns an amount at or above the balance into paying in full, never a plan of one payment', () => {
    for (const amountCents of [124050, 200000]) {
      expect(proposePlan(124050, samplePolicy, today, { frequency: 'monthly', amountCents })).toEqual({
        accepted: false,
        reason: 'pays_in_full',
        payInFull: { kind: 'pay_in_full', totalCents: 124050, dueDate: '2025-06-24', installments: [{ dueDate: '2025-06-24', amountCents: 124050 }] },
      });
    }
    expect(proposePlan(124050, samplePolicy, today, { count: 1 })).toMatchObject({ accepted: false, reason: 'pays_in_full' });
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

  it('offers paying in full when the balance is below the minimum installment', () => {
    const proposal = proposePlan(2000, samplePolicy, today, { frequency: 'monthly' });
    expect(proposal).toMatchObject({ accepted: false, reason: 'pays_in_full', payInFull: { totalCents: 2000 } });
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
    if (!proposal.accepted && proposal.reason !== 'pays_in_full') expect(proposal.alternatives.map((plan) => [plan.frequency, plan.count])).toEqual([['monthly', 12]]);
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
  const plans = proposal.accepted ? [proposal.plan] : proposal.reason === 'pays_in_full' ? [] : [proposal.plan, ...proposal.alternatives];
  return { balance, policy, today, request, proposal, plans };
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

  it('keeps every installment at or above minInstallment, and is never one payment (that is paying in full)', () => {
    everyPlan((plan, { policy }) => {
      expect(plan.count).toBeGreaterThan(1);
      expect(Math.min(...amounts(plan))).toBeGreaterThanOrEqual(Math.max(policy.plans.minInstallment, 1));
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
        if (proposal.accepted || proposal.reason === 'pays_in_full') return;
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

  it('pays in full, never a plan, whenever the amount asked covers the balance', () => {
    fc.assert(
      fc.property(balanceArb, policyArb, todayArb, fc.constantFrom(...frequencies), fc.integer({ min: 0, max: 1_000_000 }), (balance, policy, today, frequency, over) => {
        if (!policy.plans.frequencies.includes(frequency)) return;
        const proposal = proposePlan(balance, policy, today, { frequency, amountCents: balance + over });
        expect(proposal).toMatchObject({ accepted: false, reason: 'pays_in_full', payInFull: { kind: 'pay_in_full', totalCents: balance } });
      }),
      { numRuns: 300 },
    );
  });

  it('offers another frequency only when it costs no more a month than the amount asked', () => {
    const perYear = { weekly: 52, biweekly: 26, monthly: 12 } as const;
    fc.assert(
      fc.property(scenarioArb, ({ request, proposal }) => {
        if (proposal.accepted || proposal.reason === 'pays_in_full' || request.amountCents === undefined || request.count !== undefined) return;
        const askedFrequency = request.frequency ?? proposal.plan.frequency;
        proposal.alternatives.forEach((plan) => {
          expect(Math.max(...amounts(plan)) * perYear[plan.frequency]).toBeLessThanOrEqual(request.amountCents! * perYear[askedFrequency]);
        });
      }),
      { numRuns: 500 },
    );
  });
});
