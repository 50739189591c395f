import { describe, expect, it } from 'vitest';
import { normalizePhone } from '../../../src/domain/phone';

describe('phone numbers', () => {
  it.each([
    ['+15125550101', '+15125550101'],
    ['(512) 555-0101', '+15125550101'],
    ['512-555-0101', '+15125550101'],
    ['512.555.0101', '+15125550101'],
    ['1-512-555-0101', '+15125550101'],
    ['  +1 512 555 0101 ', '+15125550101'],
  ])('writes the US number %s as %s', (text, e164) => {
    expect(normalizePhone(text)).toBe(e164);
  });

  it('keeps a number that already carries another country code', () => {
    expect(normalizePhone('+44 20 7946 0958')).toBe('+442079460958');
    expect(normalizePhone('+52 55 1234 5678')).toBe('+525512345678');
  });

  it('reads a national number in the country asked for', () => {
    expect(normalizePhone('020 7946 0958', 'GB')).toBe('+442079460958');
  });

  it.each([['5550101'], ['555-555-5555'], ['not a phone'], [''], ['+1'], ['12345678901234567890']])('refuses %j: not a reachable number', (text) => {
    expect(normalizePhone(text)).toBeNull();
  });

  it('reads a number the same again once it is remembered, and a long text as libphonenumber reads it', () => {
    const texts = ['+15125550101', '(512) 555-0101', '555-555-5555', '020 7946 0958', ` ${'5'.repeat(60)} `, '+1 512 555 0101 call me after lunch please thanks'];
    const first = texts.map((text) => normalizePhone(text));
    expect(texts.map((text) => normalizePhone(text))).toEqual(first);
    expect(first).toEqual(['+15125550101', '+15125550101', null, null, null, '+15125550101']);
    expect(normalizePhone('020 7946 0958', 'GB')).toBe('+442079460958');
    expect(normalizePhone('020 7946 0958')).toBeNull();
  });
});
