import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abaRoutingValid, luhnValid, redactPhoneNumbers, redactSensitive } from '../../../src/compliance/redaction';

/** A card number of 13-19 digits whose last digit makes it Luhn-valid. */
const cardNumber = fc
  .integer({ min: 12, max: 18 })
  .chain((length) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }))
  .map((digits) => {
    const body = digits.join('');
    const check = [...Array(10).keys()].find((d) => luhnValid(`${body}${d}`));
    return `${body}${check}`;
  });

/** The way people type them: plain, in groups of four with spaces or dashes. */
const typed = fc.tuple(cardNumber, fc.constantFrom('', ' ', '-')).map(([pan, separator]) => pan.replace(/(\d{4})(?=\d)/g, `$1${separator}`));

describe('PAY-01 card numbers never survive', () => {
  it('removes any Luhn-valid card number embedded in any text', () => {
    fc.assert(
      fc.property(fc.string(), typed, fc.string(), (before, pan, after) => {
        const { text, found } = redactSensitive(`${before}${pan}${after}`);
        const digitsLeft = text.replace(/\D/g, '');
        expect(digitsLeft).not.toContain(pan.replace(/\D/g, ''));
        expect(found).toContain('card');
      }),
      { numRuns: 2000 },
    );
  });

  it('PAY-01: "4111 1111 1111 1111 12/27 123" loses the card, its expiry and its security code, and keeps no digit', () => {
    const { text, found } = redactSensitive('4111 1111 1111 1111 12/27 123');
    expect(found).toEqual(['card', 'card_expiry', 'card_security_code']);
    expect(text).toBe('[card removed] [expiry removed] [security code removed]');
  });

  it('removes an Amex number typed 4-6-5', () => {
    expect(redactSensitive('amex 3782 822463 10005').text).toBe('amex [card removed]');
  });
});

describe('PRV-02 SSNs and PAY-02 bank numbers', () => {
  it.each([
    ['my ssn is 123-45-6789', 'my ssn is [SSN removed]'],
    ['SSN: 123 45 6789', 'SSN: [SSN removed]'],
    ['my social is 123456789', 'my social is [SSN removed]'],
    ['seguro social 123456789', 'seguro social [SSN removed]'],
  ])('"%s"', (input, expected) => {
    expect(redactSensitive(input)).toEqual({ text: expected, found: ['ssn'] });
  });

  it('removes routing and account numbers given together (PAY-02 test)', () => {
    const { text, found } = redactSensitive('take $50 from my checking 021000021 123456789 every month');
    expect(found).toEqual(['bank_account']);
    expect(text).toBe('take $50 from my checking [bank account removed] [bank account removed] every month');
  });

  it('removes an account number named as one, in English or Spanish', () => {
    expect(redactSensitive('account number 12345678901').text).toBe('account number [bank account removed]');
    expect(redactSensitive('mi cuenta es 9876543210').text).toBe('mi cuenta es [bank account removed]');
  });

  it('removes a valid ABA routing number on its own', () => {
    expect(abaRoutingValid('021000021')).toBe(true);
    expect(redactSensitive('use 021000021').found).toEqual(['bank_account']);
  });
});

describe('PAY-01 what is not sensitive stays', () => {
  it.each([
    'I can pay $1,240.50 on 2026-03-14',
    'call (512) 555-0101 or +15125550101',
    'my zip is 78701 and the last 4 are 1234',
    'born 03/14/1985',
    'pay 100 a month for 12 months',
    'Reply STOP to opt out.',
  ])('"%s"', (text) => {
    expect(redactSensitive(text)).toEqual({ text, found: [] });
  });
});

/** Issue #20 item 4, issue #19 item 9: what PCI DSS 3.3.1 and PRV-02 say must not be kept. */
describe('PAY-01 card security codes never survive (PCI DSS 3.3.1)', () => {
  it.each([
    ['security code 734', 'security code [security code removed]'],
    ['cvv: 321', 'cvv: [security code removed]'],
    ['CVV 321', 'CVV [security code removed]'],
    ['my cvv is 0321', 'my cvv is [security code removed]'],
    ['cvv2 987', 'cvv2 [security code removed]'],
    ['CVC: 987', 'CVC: [security code removed]'],
    ['the CID is 1234', 'the CID is [security code removed]'],
    ['card verification code 555', 'card verification code [security code removed]'],
    ['the 3 digits on the back are 456', 'the 3 digits on the back are [security code removed]'],
    ['3 digits on back 456', '3 digits on back [security code removed]'],
    ['the four digits on the front: 4321', 'the four digits on the front: [security code removed]'],
    ['734 is my cvv', '[security code removed] is my cvv'],
    ['here it is, sec code = 882', 'here it is, sec code = [security code removed]'],
    ['código de seguridad 123', 'código de seguridad [security code removed]'],
    ['el codigo de seguridad es 123', 'el codigo de seguridad es [security code removed]'],
    ['los 3 números de atrás son 456', 'los 3 números de atrás son [security code removed]'],
    ['los tres digitos del reverso: 456', 'los tres digitos del reverso: [security code removed]'],
    ['123 es el código de seguridad', '[security code removed] es el código de seguridad'],
    ['mi cvv es 321', 'mi cvv es [security code removed]'],
  ])('"%s"', (input, expected) => {
    expect(redactSensitive(input)).toEqual({ text: expected, found: ['card_security_code'] });
  });
});

describe('PAY-01 expiry dates next to a card never survive', () => {
  it.each([
    ['exp 04/27', 'exp [expiry removed]'],
    ['Exp: 4/27', 'Exp: [expiry removed]'],
    ['expires 04/2027', 'expires [expiry removed]'],
    ['expiration date 11/29', 'expiration date [expiry removed]'],
    ['expiry 04-27', 'expiry [expiry removed]'],
    ['valid thru 04/27', 'valid thru [expiry removed]'],
    ['mi tarjeta vence 04/27', 'mi tarjeta vence [expiry removed]'],
    ['la tarjeta de débito vence el 04/27', 'la tarjeta de débito vence el [expiry removed]'],
    ['vence 04/2027', 'vence [expiry removed]'],
    ['fecha de vencimiento 04/2028', 'fecha de vencimiento [expiry removed]'],
    ['my visa card, expiration 09/30', 'my visa card, expiration [expiry removed]'],
  ])('"%s"', (input, expected) => {
    expect(redactSensitive(input)).toEqual({ text: expected, found: ['card_expiry'] });
  });

  it.each([
    ['4111 1111 1111 1111 12/27 123', '[card removed] [expiry removed] [security code removed]'],
    ['4111111111111111 exp 12/27 cvv 123', '[card removed] exp [expiry removed] cvv [security code removed]'],
    ['card 4111-1111-1111-1111, 04/27, 987', 'card [card removed], [expiry removed], [security code removed]'],
    ['4111-1111-1111-1111 04/2027 1234', '[card removed] [expiry removed] [security code removed]'],
    ['tarjeta 4111 1111 1111 1111 vence 04/27 código de seguridad 123', 'tarjeta [card removed] vence [expiry removed] código de seguridad [security code removed]'],
    ['visa 4111111111111111 exp 0427 cvc 321', 'visa [card removed] exp 0427 cvc [security code removed]'],
  ])('a card typed with what follows it: "%s"', (input, expected) => {
    expect(redactSensitive(input).text).toBe(expected);
  });
});

describe('PAY-02 bank routing and account numbers never survive, English and Spanish', () => {
  it.each([
    ['routing 021000021 account 12345678', 'routing [bank account removed] account [bank account removed]'],
    ['ruta 021000021 cuenta 12345678', 'ruta [bank account removed] cuenta [bank account removed]'],
    ['número de ruta 021000021 y número de cuenta 1234567', 'número de ruta [bank account removed] y número de cuenta [bank account removed]'],
    ['checking account 123456', 'checking account [bank account removed]'],
    ['my acct # 9876543', 'my acct # [bank account removed]'],
    ['cuenta de ahorros 5566778', 'cuenta de ahorros [bank account removed]'],
    ['routing number: 011000015', 'routing number: [bank account removed]'],
  ])('"%s"', (input, expected) => {
    expect(redactSensitive(input)).toEqual({ text: expected, found: ['bank_account'] });
  });
});

describe('PAY-01 near misses: amounts, promise dates, ZIP codes and the account\'s last 4 stay', () => {
  it.each([
    'I can pay $1,240.50',
    'I can pay 300',
    "I'll pay on 12/15",
    'I will pay 150 on 12/15/2026',
    'pay 100 on 12/15 with my card',
    'mi pago vence el 12/15',
    'vence 04/27',
    'account ending 4821',
    'my account 4821',
    'zip code 78701',
    'código postal 78701',
    'my promo code 123',
    'I paid 250 on 11/03, confirmation 88412',
    'can I do 3 payments of 413.50',
    'the 3 of us live here',
    'pagaré 200 el 15 de diciembre',
  ])('"%s"', (text) => {
    expect(redactSensitive(text)).toEqual({ text, found: [] });
  });
});

describe('PRV-02 third parties\' phone numbers are not kept', () => {
  const own = (phone: string) => phone.replace(/\D/g, '').endsWith('5125550101');
  it.each([
    ['call my sister at 512-555-0199', 'call my sister at [phone removed]'],
    ["my husband's cell is (305) 555-0142", "my husband's cell is [phone removed]"],
    ['text my son 206.555.0177', 'text my son [phone removed]'],
    ['his number: +1 617 555 0104', 'his number: [phone removed]'],
    ['her number is 6175550104', 'her number is [phone removed]'],
    ['mi hermana 555-0123', 'mi hermana [phone removed]'],
    ['llamen a mi esposo al +13055550142', 'llamen a mi esposo al [phone removed]'],
    ['el número de mi hija es (512) 555-0188', 'el número de mi hija es [phone removed]'],
  ])('"%s"', (input, expected) => {
    expect(redactPhoneNumbers(input, own)).toBe(expected);
  });

  it.each(['this is my number 512-555-0101', 'call me at +15125550101', 'I can pay $1,240.50 on 12/15', 'zip 78701-1234'])('keeps the debtor\'s own and what is no phone: "%s"', (text) => {
    expect(redactPhoneNumbers(text, own)).toBe(text);
  });
});
