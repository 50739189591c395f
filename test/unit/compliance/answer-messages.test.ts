import { describe, expect, it } from 'vitest';
import { decideOutbound } from '../../../src/compliance/outbound-gate';
import { answerMessages, type HardshipTerms } from '../../../prompts/answers';
import { complianceMessages } from '../../../prompts/compliance';
import { anAccount } from '../../fixtures/accounts';
import { samplePolicy } from '../../fixtures/policy';
import { aMessage } from './outbound-messages';

/**
 * The approved answers (issue #19 item 10, prompts/answers.ts) as the outbound gate sees them:
 * the general ones reveal no account before verification (RF-01), none carries threat, lawsuit or
 * score-promise wording (RF-15, RF-19), and every figure is one the dialog declares (FL-01).
 */
const { name } = samplePolicy.creditor;
const phone = '(800) 555-0100';
const terms: HardshipTerms = {
  maxMonths: 12,
  frequencies: ['weekly', 'biweekly', 'monthly'],
  minInstallmentCents: 2500,
  promiseMinCents: 1000,
  promiseMaxDaysAhead: 14,
  settlement: { amountCents: 68800, dueDate: '2026-07-16' },
};

describe('approved answers', () => {
  it('FL-04: the same answers exist in English and Spanish', () => {
    const shape = (value: object): string[] =>
      Object.entries(value).flatMap(([key, inner]) => (typeof inner === 'object' && inner !== null ? shape(inner).map((k) => `${key}.${k}`) : [key]));
    expect(shape(answerMessages.es).sort()).toEqual(shape(answerMessages.en).sort());
  });

  describe.each(['en', 'es'] as const)('%s', (language) => {
    const say = answerMessages[language];
    const general = {
      'RF-21 fees': say.fees.general,
      'RF-15 credit reporting': say.creditReporting(name),
      'RF-17 validation period': say.validation.general(phone),
      'RF-17 Spanish notice': say.spanishNotice(name, phone),
      'FL-02 hardship options': say.hardship.general,
      'RF-01 verify first': say.verifyFirst,
    };
    it.each(Object.entries(general))('RF-01: the general %s answer may go before verification', (_, text) => {
      const result = decideOutbound(aMessage({ text, language, verified: false, account: null }));
      expect(result.decision).not.toMatchObject({ action: 'block' });
    });

    const verified = [
      ['RF-21 fees', say.fees.itemized({ date: '2026-06-30', fees: 2500, interest: 3550 }), [2500, 3550], ['2026-06-30']],
      ['RF-15 consequence', say.consequence.verified(name), [], []],
      ['RF-15 consequence while paused', say.consequence.paused, [], []],
      ['RF-19 time-barred', say.timeBarred.barred, [], []],
      ['RF-19 within the period', say.timeBarred.notBarred, [], []],
      ['RF-17 validation period', say.validation.endsOn('2026-12-20', false, phone), [], ['2026-12-20']],
      ['RF-17 no date on file', say.validation.noDate(phone), [], []],
      ['RF-17 original creditor', say.originalCreditor(name), [], []],
      ['FL-02 hardship options', say.hardship.options(terms), [2500, 1000, 68800], ['2026-07-16']],
      ['FL-02 hardship while paused', say.hardship.paused, [], []],
    ] as const;
    it.each(verified)('RF-15 / FL-01: the %s answer passes the lint with the figures it declares', (_, text, amounts, dates) => {
      const result = decideOutbound(aMessage({ text, language, collectionContent: amounts.length > 0, allowedAmounts: [...amounts], allowedDates: [...dates] }));
      expect(result.decision).not.toMatchObject({ action: 'block' });
    });

    it('RF-19: on a time-barred account the answer carries the prescribed notice, added by the gate', () => {
      const account = anAccount({ timeBarred: true, zip: '90012', timezone: 'America/Los_Angeles' });
      const result = decideOutbound(aMessage({ text: say.timeBarred.barred, language, account, collectionContent: true }));
      expect(result.text).toContain(complianceMessages[language].timeBarredNotice);
    });

    it('FL-02: the hardship options state no settlement when the engine offers none', () => {
      expect(say.hardship.options({ ...terms, settlement: null })).not.toMatch(/68[08]|settl|liquidar/i);
    });
  });
});
