import { describe, expect, it } from 'vitest';
import { installmentLimit, installmentPlan } from '../../../../src/domain/offers';
import { samplePolicy, withPlans } from './fixtures';

const dates = (plan: ReturnType<typeof installmentPlan>) => plan.installments.map((installment) => installment.dueDate);

describe('installment plan', () => {
  it('falls due on the same day each month, clamped to shorter months without drifting', () => {
    expect(dates(installmentPlan(60000, 'monthly', 6, '2024-01-31'))).toEqual(['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30', '2024-05-31', '2024-06-30']);
    expect(dates(installmentPlan(30000, 'monthly', 3, '2025-01-31'))).toEqual(['2025-01-31', '2025-02-28', '2025-03-31']);
    expect(dates(installmentPlan(30000, 'monthly', 3, '2024-02-29'))).toEqual(['2024-02-29', '2024-03-29', '2024-04-29']);
  });

  it('falls due every 7 or 14 days for weekly and biweekly plans', () => {
    expect(dates(installmentPlan(30000, 'weekly', 3, '2024-02-22'))).toEqual(['2024-02-22', '2024-02-29', '2024-03-07']);
    expect(dates(installmentPlan(30000, 'biweekly', 3, '2025-12-24'))).toEqual(['2025-12-24', '2026-01-07', '2026-01-21']);
  });

  it('carries everything a message needs: amounts, dates, frequency and count', () => {
    expect(installmentPlan(10001, 'monthly', 3, '2025-06-10')).toEqual({
      kind: 'plan',
      frequency: 'monthly',
      count: 3,
      totalCents: 10001,
      firstDueDate: '2025-06-10',
      lastDueDate: '2025-08-10',
      runs: [
        { count: 2, amountCents: 3334 },
        { count: 1, amountCents: 3333 },
      ],
      installments: [
        { dueDate: '2025-06-10', amountCents: 3334 },
        { dueDate: '2025-07-10', amountCents: 3334 },
        { dueDate: '2025-08-10', amountCents: 3333 },
      ],
    });
  });

  it('fits 12 monthly, 26 biweekly or 52 weekly installments in a 12-month term', () => {
    const plans = withPlans(samplePolicy, { minInstallment: 1 });
    expect(installmentLimit(1_000_000, plans.plans, 'monthly', '2025-06-10').byTerm).toBe(12);
    expect(installmentLimit(1_000_000, plans.plans, 'biweekly', '2025-06-10').byTerm).toBe(26);
    expect(installmentLimit(1_000_000, plans.plans, 'weekly', '2025-06-10').byTerm).toBe(52);
  });

  it('counts leap days in the term: 5 years spanning two Feb 29ths hold 261 whole weeks, one only 260', () => {
    const plans = withPlans(samplePolicy, { minInstallment: 1, maxMonths: 60 }).plans;
    expect(installmentLimit(1_000_000, plans, 'weekly', '2024-01-01').byTerm).toBe(261);
    expect(installmentLimit(1_000_000, plans, 'weekly', '2024-03-01').byTerm).toBe(260);
    expect(installmentLimit(1_000_000, plans, 'weekly', '2025-01-01').byTerm).toBe(260);
  });

  it('limits the count so that no installment falls below the minimum', () => {
    expect(installmentLimit(124050, samplePolicy.plans, 'weekly', '2025-06-10')).toEqual({ maxCount: 49, byTerm: 52, byMinInstallment: 49 });
    expect(installmentLimit(2499, samplePolicy.plans, 'monthly', '2025-06-10')).toEqual({ maxCount: 1, byTerm: 12, byMinInstallment: 1 });
  });

  it('rejects an empty balance', () => {
    expect(() => installmentPlan(0, 'monthly', 2, '2025-06-10')).toThrow(expect.objectContaining({ code: 'invalid_balance' }));
    expect(() => installmentPlan(-500, 'monthly', 2, '2025-06-10')).toThrow(expect.objectContaining({ code: 'invalid_balance' }));
    expect(() => installmentPlan(10.5, 'monthly', 2, '2025-06-10')).toThrow(expect.objectContaining({ code: 'invalid_amount' }));
  });
});
