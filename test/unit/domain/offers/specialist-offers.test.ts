import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../../src/domain/errors';
import { specialistMenu, specialistOffer } from '../../../../src/domain/offers';
import type { Policy } from '../../../../src/domain/policy';
import { anAccount } from '../../../fixtures/accounts';
import { samplePolicy } from '../../../fixtures/policy';

const TODAY = '2026-12-03';
// 200 days past due on $1,204.00: the sample policy's 35 % tier applies.
const account = anAccount();
const code = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return 'granted';
};

describe('a specialist offer: plans', () => {
  it('within the policy\'s 12 months, the assistant itself could offer it', () => {
    const offer = specialistOffer(account, samplePolicy, TODAY, { kind: 'plan', frequency: 'monthly', count: 12 });
    expect(offer.authority).toBe('assistant');
    expect(offer.terms).toMatchObject({ kind: 'plan', count: 12, totalCents: 120400, firstDueDate: TODAY, lastDueDate: '2027-11-03' });
  });

  it('beyond the policy but within the specialist\'s 24 months, the specialist alone', () => {
    expect(specialistOffer(account, samplePolicy, TODAY, { kind: 'plan', frequency: 'monthly', count: 13 }).authority).toBe('specialist');
    expect(specialistOffer(account, samplePolicy, TODAY, { kind: 'plan', frequency: 'monthly', count: 24 }).authority).toBe('specialist');
    // 12 months hold 26 biweekly installments from Dec 3; the 27th needs the specialist.
    expect(specialistOffer(account, samplePolicy, TODAY, { kind: 'plan', frequency: 'biweekly', count: 26 }).authority).toBe('assistant');
    expect(specialistOffer(account, samplePolicy, TODAY, { kind: 'plan', frequency: 'biweekly', count: 27 }).authority).toBe('specialist');
  });

  it('past the specialist\'s maxMonths only with a supervisor, and never past 120 months or the minimum installment', () => {
    expect(specialistOffer(account, samplePolicy, TODAY, { kind: 'plan', frequency: 'monthly', count: 25 }).authority).toBe('supervisor');
    // $1,204.00 over 49 months is $24.57 a month, below the $25 minimum.
    expect(code(() => specialistOffer(account, samplePolicy, TODAY, { kind: 'plan', frequency: 'monthly', count: 49 }))).toBe('below_min_installment');
    const big = anAccount({ balanceCents: 10_000_000 });
    expect(code(() => specialistOffer(big, samplePolicy, TODAY, { kind: 'plan', frequency: 'monthly', count: 121 }))).toBe('exceeds_max_term');
  });

  it('follows the policy\'s frequencies, first-payment window and a stricter specialist section', () => {
    const monthlyOnly: Policy = { ...samplePolicy, plans: { ...samplePolicy.plans, frequencies: ['monthly'] } };
    expect(code(() => specialistOffer(account, monthlyOnly, TODAY, { kind: 'plan', frequency: 'weekly', count: 8 }))).toBe('frequency_not_allowed');
    expect(code(() => specialistOffer(account, samplePolicy, TODAY, { kind: 'plan', frequency: 'monthly', count: 6, firstDueDate: '2026-12-18' }))).toBe('first_date_outside_window');
    expect(code(() => specialistOffer(account, samplePolicy, TODAY, { kind: 'plan', frequency: 'monthly', count: 1 }))).toBe('invalid_count');
    const strict: Policy = { ...samplePolicy, specialist: { ...samplePolicy.specialist, maxMonths: 12 } };
    expect(specialistOffer(account, strict, TODAY, { kind: 'plan', frequency: 'monthly', count: 13 }).authority).toBe('supervisor');
  });

  it('sums exactly to the balance, to the cent', () => {
    const { terms } = specialistOffer(anAccount({ balanceCents: 124050 }), samplePolicy, TODAY, { kind: 'plan', frequency: 'monthly', count: 18 });
    expect(terms.installments.reduce((sum, i) => sum + i.amountCents, 0)).toBe(124050);
    expect(new Set(terms.installments.map((i) => i.amountCents))).toEqual(new Set([6892, 6891]));
  });
});

describe('a specialist offer: settlements', () => {
  it('up to the account\'s tier is the assistant\'s; up to the specialist\'s percent and dollar limits the specialist\'s', () => {
    const tier = specialistOffer(account, samplePolicy, TODAY, { kind: 'settlement', discountPercent: 35 });
    expect(tier).toMatchObject({ authority: 'assistant', terms: { kind: 'settlement', totalCents: 78260, discountCents: 42140, originalBalanceCents: 120400, dueDate: '2027-01-02' } });
    // 40 % of $1,204.00 forgives $481.60: within 40 % and the $500 default.
    expect(specialistOffer(account, samplePolicy, TODAY, { kind: 'settlement', discountPercent: 40 }).authority).toBe('specialist');
  });

  it('needs a supervisor past the specialist\'s percent, or when it forgives more than approvalAbove', () => {
    expect(specialistOffer(account, samplePolicy, TODAY, { kind: 'settlement', discountPercent: 45 }).authority).toBe('supervisor');
    // 40 % of $2,000 forgives $800, above the $500 default.
    const larger = anAccount({ balanceCents: 200000 });
    expect(specialistOffer(larger, samplePolicy, TODAY, { kind: 'settlement', discountPercent: 36 }).authority).toBe('supervisor');
    expect(specialistOffer(larger, samplePolicy, TODAY, { kind: 'settlement', discountPercent: 25 }).authority).toBe('assistant');
  });

  it('an account too young for a tier still gets the specialist\'s settlements, and the discount never passes its percent', () => {
    const young = anAccount({ daysPastDue: 30, balanceCents: 99999 });
    const offer = specialistOffer(young, samplePolicy, TODAY, { kind: 'settlement', discountPercent: 15 });
    expect(offer.authority).toBe('specialist');
    // 15 % of $999.99 is $149.9985: the discount rounds down to $149.99.
    expect(offer.terms).toMatchObject({ discountCents: 14999, totalCents: 85000 });
  });

  it('refuses 0 %, 91 %, a date outside the pay-within window, and an account where collection is stopped', () => {
    expect(code(() => specialistOffer(account, samplePolicy, TODAY, { kind: 'settlement', discountPercent: 0 }))).toBe('invalid_discount');
    expect(code(() => specialistOffer(account, samplePolicy, TODAY, { kind: 'settlement', discountPercent: 91 }))).toBe('invalid_discount');
    expect(code(() => specialistOffer(account, samplePolicy, TODAY, { kind: 'settlement', discountPercent: 10, dueDate: '2027-01-03' }))).toBe('date_outside_window');
    expect(code(() => specialistOffer(anAccount({ flags: ['dispute'] }), samplePolicy, TODAY, { kind: 'plan', frequency: 'monthly', count: 6 }))).toBe('collection_stopped');
    expect(code(() => specialistOffer(anAccount({ flags: ['dispute', 'validation_sent'] }), samplePolicy, TODAY, { kind: 'promise' }))).toBe('granted');
  });
});

describe('a specialist offer: promises', () => {
  it('is the whole balance on a day of the policy\'s promise window', () => {
    expect(specialistOffer(account, samplePolicy, TODAY, { kind: 'promise' })).toEqual({
      authority: 'assistant',
      terms: { kind: 'promise', totalCents: 120400, dueDate: '2026-12-17', installments: [{ dueDate: '2026-12-17', amountCents: 120400 }] },
    });
    expect(code(() => specialistOffer(account, samplePolicy, TODAY, { kind: 'promise', dueDate: '2026-12-18' }))).toBe('date_outside_window');
  });
});

describe('the specialist\'s menu', () => {
  it('lists a promise, plans per frequency up to one step past the specialist, and settlements in 5 % steps', () => {
    const menu = specialistMenu(account, samplePolicy, TODAY);
    expect(menu[0]!.terms.kind).toBe('promise');
    const monthly = menu.filter((o) => o.terms.kind === 'plan' && o.terms.frequency === 'monthly').map((o) => [(o.terms as { count: number }).count, o.authority]);
    expect(monthly).toEqual([
      [3, 'assistant'], [6, 'assistant'], [9, 'assistant'], [12, 'assistant'], [18, 'specialist'], [24, 'specialist'], [36, 'supervisor'],
    ]);
    const settlements = menu.filter((o) => o.terms.kind === 'settlement').map((o) => [(o.terms as { maxDiscountPercent: number }).maxDiscountPercent, o.authority]);
    expect(settlements).toEqual([
      [5, 'assistant'], [10, 'assistant'], [15, 'assistant'], [20, 'assistant'], [25, 'assistant'], [30, 'assistant'], [35, 'assistant'], [40, 'specialist'], [45, 'supervisor'],
    ]);
    // Every amount on the menu sums to what the engine says, and no plan installment is under $25.
    for (const offer of menu) {
      expect(offer.terms.installments.reduce((sum, i) => sum + i.amountCents, 0)).toBe(offer.terms.totalCents);
      if (offer.terms.kind === 'plan') expect(Math.min(...offer.terms.installments.map((i) => i.amountCents))).toBeGreaterThanOrEqual(2500);
    }
  });

  it('is empty while collection is stopped', () => {
    expect(specialistMenu(anAccount({ flags: ['dispute'] }), samplePolicy, TODAY)).toEqual([]);
    expect(specialistMenu(anAccount({ status: 'bankruptcy' }), samplePolicy, TODAY)).toEqual([]);
  });
});
