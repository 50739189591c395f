import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abaRoutingValid, luhnValid, redactSensitive } from '../../../src/compliance/redaction';

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

  it('removes the card from "4111 1111 1111 1111 12/27 123" and leaves no 13-digit run', () => {
    const { text, found } = redactSensitive('4111 1111 1111 1111 12/27 123');
    expect(found).toEqual(['card']);
    expect(text).toContain('[card removed]');
    expect(text.replace(/[^\d]/g, ' ')).not.toMatch(/\d{13}/);
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
