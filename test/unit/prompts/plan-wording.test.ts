import { describe, expect, it } from 'vitest';
import { conversationMessages } from '../../../prompts/conversation';
import { installmentPlan, installmentPlanAt } from '../../../src/domain/offers';
import { samplePolicy } from '../domain/offers/fixtures';

const { en, es } = conversationMessages;

describe('plan wording', () => {
  it('says a monthly plan as a person would, with the cent of difference after', () => {
    const plan = installmentPlan(124050, 'monthly', 12, '2026-12-07');
    expect(en.planChoice(plan.runs, plan.frequency, plan.firstDueDate)).toBe('$103.38 a month for 12 months (the last 6 are $103.37), starting December 7, 2026');
    expect(es.planChoice(plan.runs, plan.frequency, plan.firstDueDate)).toBe('$103.38 al mes durante 12 meses (los últimos 6 son de $103.37), desde el 7 de diciembre de 2026');
  });

  it('says weekly and every-two-weeks plans by the week', () => {
    const weekly = installmentPlan(124046, 'weekly', 13, '2026-12-07');
    expect(weekly.runs).toEqual([{ count: 13, amountCents: 9542 }]);
    expect(en.planConfirm(weekly.runs, weekly.frequency, weekly.firstDueDate, weekly.lastDueDate)).toMatch(/^To confirm: \$95\.42 every week for 13 weeks, from December 7, 2026 to March 1, 2027\./);
    expect(es.recordedPlan(weekly.runs, weekly.frequency, weekly.firstDueDate)).toBe('Listo. Su plan quedó registrado: $95.42 cada semana durante 13 semanas, primer pago el 7 de diciembre de 2026.');
    const biweekly = installmentPlan(124050, 'biweekly', 26, '2026-12-07');
    expect(en.planChoice(biweekly.runs, biweekly.frequency, biweekly.firstDueDate)).toBe('$47.72 every two weeks, 26 payments (the last 22 are $47.71), starting December 7, 2026');
    expect(es.planChoice(biweekly.runs, biweekly.frequency, biweekly.firstDueDate)).toBe('$47.72 cada dos semanas, 26 pagos (los últimos 22 son de $47.71), desde el 7 de diciembre de 2026');
  });

  it('names a single last payment in the singular', () => {
    const plan = installmentPlan(1001, 'monthly', 2, '2026-12-07');
    expect(en.planChoice(plan.runs, plan.frequency, plan.firstDueDate)).toBe('$5.01 a month for 2 months (the last one is $5.00), starting December 7, 2026');
    expect(es.planChoice(plan.runs, plan.frequency, plan.firstDueDate)).toBe('$5.01 al mes durante 2 meses (el último es de $5.00), desde el 7 de diciembre de 2026');
  });

  it('says every amount of a plan at the debtor\'s own amount, the two sharing the rest too', () => {
    const plan = installmentPlanAt(124050, samplePolicy.plans, 'biweekly', 7500, '2026-12-03');
    expect(en.planConfirm(plan.runs, plan.frequency, plan.firstDueDate, plan.lastDueDate)).toMatch(/^To confirm: \$75\.00 every two weeks, 17 payments \(the last one is \$40\.50\), from December 3, 2026 to July 15, 2027\./);
    // $860.01 at $50 a week: 16 x $50, then the $60.01 left shared as $30.01 and $30.00
    const shared = installmentPlanAt(86001, samplePolicy.plans, 'weekly', 5000, '2026-12-03');
    expect(shared.runs).toEqual([{ count: 16, amountCents: 5000 }, { count: 1, amountCents: 3001 }, { count: 1, amountCents: 3000 }]);
    expect(en.planTerms(shared.runs, shared.frequency)).toBe('$50.00 every week for 18 weeks (then one of $30.01; the last one is $30.00)');
    expect(es.planTerms(shared.runs, shared.frequency)).toBe('$50.00 cada semana durante 18 semanas (luego uno de $30.01; el último es de $30.00)');
  });
});
