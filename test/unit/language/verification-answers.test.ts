import { describe, expect, it } from 'vitest';
import { maskVerificationAnswers, withoutVerificationAnswers } from '../../../src/language/verification-answers';

/**
 * RULES.md RF-01 checks identity in code and PRV-02 keeps verification answers out of stored
 * text: what the transcript keeps of a message says that a date of birth or a ZIP was given,
 * never which (issue #20 item 4, issue #19 item 9).
 */
const at = { now: new Date('2026-12-03T18:00:00Z'), timezone: 'America/Chicago' };
const verifying = (text: string, language: 'en' | 'es' = 'en') => maskVerificationAnswers(text, { ...at, language, verifying: true });
const verified = (text: string, language: 'en' | 'es' = 'en') => maskVerificationAnswers(text, { ...at, language, verifying: false });

describe('PRV-02 RF-01 verification answers are kept as placeholders', () => {
  it.each([
    ['3/14/85', '[date of birth given]'],
    ['03/14/1985', '[date of birth given]'],
    ['1985-03-14', '[date of birth given]'],
    ['03-14-1985', '[date of birth given]'],
    ['March 14, 1985', '[date of birth given]'],
    ['march 14 1985', '[date of birth given]'],
    ['Mar. 14th, 1985', '[date of birth given]'],
    ['14 March 1985', '[date of birth given]'],
    ['03141985', '[date of birth given]'],
    ['my dob is 3/14/85', 'my dob is [date of birth given]'],
    ['born on march 14 1985 thx', 'born on [date of birth given] thx'],
    ['its 3/14/85 and zip 78701', 'its [date of birth given] and zip [ZIP given]'],
    ['78701', '[ZIP given]'],
    ['my zip is 78701', 'my zip is [ZIP given]'],
    ['zip 78701-1234', 'zip [ZIP given]'],
    ['1234', '[last 4 given]'],
    ['last 4 of my ssn: 6789', 'last 4 of my ssn: [last 4 given]'],
  ])('English: "%s"', (text, kept) => {
    expect(verifying(text)).toBe(kept);
  });

  it.each([
    ['14/03/1985', '[date of birth given]'],
    ['14 de marzo de 1985', '[date of birth given]'],
    ['nací el 14/03/85', 'nací el [date of birth given]'],
    ['mi fecha de nacimiento es 2 de noviembre de 1979', 'mi fecha de nacimiento es [date of birth given]'],
    ['Marzo 14, 1985', '[date of birth given]'],
    ['código postal 33130', 'código postal [ZIP given]'],
    ['mi codigo postal es 33130', 'mi codigo postal es [ZIP given]'],
    ['cp 33130', 'cp [ZIP given]'],
    ['son 1190', 'son [last 4 given]'],
    ['últimos 4: 1190', 'últimos 4: [last 4 given]'],
  ])('Spanish: "%s"', (text, kept) => {
    expect(verifying(text, 'es')).toBe(kept);
  });

  it.each(["I'll pay on 12/15", 'I can pay 300', 'I can pay $1,240.50', 'can I pay 100 a month', 'hi', 'who is this?', 'pagaré 200 el 15 de diciembre', 'I paid on 11/20/2026'])(
    'near misses stay while verifying: "%s"',
    (text) => {
      expect(verifying(text)).toBe(text);
    },
  );

  it.each([
    'I live near 78704, is that ok',
    'my account ending 4821 is this one',
    'I will pay 150 on 12/15/2026',
    'the account was opened on 5/3/2009',
    '1234',
  ])('once verified, ZIP-like numbers, the account\'s last 4 and other dates are ordinary speech: "%s"', (text) => {
    expect(verified(text)).toBe(text);
  });

  it('once verified, a date the debtor calls their birth date is still masked', () => {
    expect(verified('I was born 3/14/85, I am old enough to know')).toBe('I was born [date of birth given], I am old enough to know');
    expect(verified('mi fecha de nacimiento es 14/03/1985', 'es')).toBe('mi fecha de nacimiento es [date of birth given]');
  });

  it('a request waiting for verification keeps its terms, not the answers', () => {
    expect(withoutVerificationAnswers({ amountCents: 10000, date: '2026-12-15', dateOfBirth: '1985-03-14', zip: '78701', last4: '4821' })).toEqual({ amountCents: 10000, date: '2026-12-15' });
  });
});
