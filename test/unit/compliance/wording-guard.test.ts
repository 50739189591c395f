import { describe, expect, it } from 'vitest';
import { checkWording, type AllowedClaims } from '../../../src/compliance/wording-guard';
import { conversationMessages } from '../../../prompts/conversation';

const nothing: AllowedClaims = { language: 'en', allowedAmounts: [], allowedDates: [] };
const blockedBy = (text: string, claims: AllowedClaims = nothing) => {
  const result = checkWording(text, claims);
  return result.ok ? [] : result.ruleIds;
};

describe('RF-15 threats and false claims', () => {
  it.each([
    'If you do not pay we will have you arrested.',
    'We may garnish your wages.',
    'We will take legal action.',
    'Our attorney will be in touch.',
    'This account has been referred to a law firm.',
    'The IRS will be notified.',
    'Paying now will improve your credit score.',
    'Podemos embargar su salario.',
    'Iniciaremos acciones legales.',
    'Nuestro abogado le llamará.',
  ])('blocks "%s"', (text) => {
    expect(blockedBy(text)).toContain('RF-15');
  });

  it("allows mentioning the debtor's own attorney (RF-08 reply)", () => {
    expect(checkWording(conversationMessages.en.handoff.attorney, nothing)).toEqual({ ok: true });
  });
});

describe('RF-14 shaming and insults', () => {
  it.each(["Don't be a deadbeat.", 'That is irresponsible.', 'Your family will find out.', 'Es una vergüenza.'])('blocks "%s"', (text) => {
    expect(blockedBy(text)).toContain('RF-14');
  });
});

describe('FL-01 / RF-18 false urgency and overshadowing', () => {
  it.each(['FINAL NOTICE: pay today.', 'Act now, last chance!', 'Pay today to avoid escalation.', 'Último aviso.'])('blocks "%s"', (text) => {
    expect(blockedBy(text).some((id) => id === 'FL-01' || id === 'RF-18')).toBe(true);
  });
});

describe('FL-02 no steering to borrow', () => {
  it.each([
    'Maybe a family member could lend you the money.',
    'You could borrow it from friends.',
    'You can put it on your credit card.',
    'Puede pedir un préstamo a su familia.',
  ])('blocks "%s"', (text) => {
    expect(blockedBy(text)).toContain('FL-02');
  });
});

describe('TC-01 no marketing', () => {
  it('blocks a pre-approved card offer', () => {
    expect(blockedBy("You're pre-approved for a new card!")).toContain('TC-01');
  });
});

describe('FL-01 / RF-16 claim validator: amounts come from the engine', () => {
  const offer: AllowedClaims = { language: 'en', allowedAmounts: [120400, 40000], allowedDates: ['2026-07-01'] };

  it('allows an amount and a date from the offer, written the way the catalogue writes them', () => {
    expect(checkWording('You can settle for $400.00 if paid by July 1, 2026.', offer)).toEqual({ ok: true });
    expect(checkWording('Your balance is $1,204.00.', offer)).toEqual({ ok: true });
  });

  it('blocks "$1,240" when the account says $1,204.00 (RF-16 test)', () => {
    expect(blockedBy('Your balance is $1,240.', offer)).toEqual(['RF-16', 'FL-01']);
  });

  it('blocks "70% off" that no engine offer states (FL-01 test)', () => {
    expect(blockedBy('I can do 70% off just for you', offer)).toContain('FL-01');
  });

  it('reads amounts written in words', () => {
    expect(blockedBy('Send 500 dollars', offer)).toContain('FL-01');
    expect(blockedBy('Pague 500 dólares', { ...offer, language: 'es' })).toContain('FL-01');
  });

  it.each([
    ['pay by 2026-07-02', 'en'],
    ['pay by July 2', 'en'],
    ['pay by 7/2', 'en'],
    ['pague antes del 2 de julio de 2026', 'es'],
    ['pague antes del 2/7', 'es'],
  ] as const)('blocks a date the offer does not have: "%s"', (text, language) => {
    expect(blockedBy(text, { ...offer, language })).toContain('RF-15');
  });

  it.each([
    ['pay by 2026-07-01', 'en'],
    ['pay by 7/1', 'en'],
    ['pay by the 1st of July', 'en'],
    ['pague a más tardar el 1 de julio de 2026', 'es'],
    ['pague antes del 1/7/2026', 'es'],
  ] as const)('allows the offered date however it is written: "%s"', (text, language) => {
    expect(checkWording(text, { ...offer, language })).toEqual({ ok: true });
  });

  it('ignores digits inside links and phone numbers', () => {
    expect(checkWording('Pay here: https://pay.example.com/p/3/14/abc or call (800) 555-0100', nothing)).toEqual({ ok: true });
  });
});
