import { describe, expect, it } from 'vitest';
import { parsePaymentDate } from '../../../src/language/entities';
import type { Language } from '../../../src/domain/account';

/**
 * Relative payment dates as debtors write them, each resolved in the debtor's zone against a fixed
 * clock. Thursday December 3, 2026, noon in Chicago, unless a table says otherwise.
 */
const zone = 'America/Chicago';
const thursday = new Date('2026-12-03T18:00:00Z');

type Case = readonly [text: string, language: Language, date: string];

describe('"el otro viernes" is Friday of next week, not this week (issue: hasta el otro viernes)', () => {
  it.each<Case>([
    ['hasta el otro viernes', 'es', '2026-12-11'],
    ['el otro viernes', 'es', '2026-12-11'],
    ['te pago el otro viernes', 'es', '2026-12-11'],
    ['le puedo dar 100 hasta el otro viernes porfa', 'es', '2026-12-11'],
    ['HASTA EL OTRO VIERNES', 'es', '2026-12-11'],
    ['hasta el otro biernes', 'es', '2026-12-11'],
    ['el otro lunes', 'es', '2026-12-14'],
    ['el otro sábado', 'es', '2026-12-12'],
    ['el otro jueves', 'es', '2026-12-10'],
    ['friday after next', 'en', '2026-12-11'],
    ['the friday after next', 'en', '2026-12-11'],
    ['can i do 200 monday after next', 'en', '2026-12-14'],
  ])('%s (%s) -> %s', (text, language, date) => {
    expect(parsePaymentDate(text, thursday, zone, language)).toBe(date);
  });
});

describe('next week and its days', () => {
  it.each<Case>([
    ['el viernes que viene', 'es', '2026-12-11'],
    ['el próximo viernes', 'es', '2026-12-11'],
    ['el proximo viernes', 'es', '2026-12-11'],
    ['el viernes de la semana que viene', 'es', '2026-12-11'],
    ['el lunes de la otra semana', 'es', '2026-12-07'],
    ['next friday', 'en', '2026-12-11'],
    ['Next Friday', 'en', '2026-12-11'],
    ['next week on friday', 'en', '2026-12-11'],
    ['friday of next week', 'en', '2026-12-11'],
    ['la semana que viene', 'es', '2026-12-10'],
    ['la otra semana', 'es', '2026-12-10'],
    ['next week', 'en', '2026-12-10'],
  ])('%s (%s) -> %s', (text, language, date) => {
    expect(parsePaymentDate(text, thursday, zone, language)).toBe(date);
  });

  it('reads "next friday" and "el otro viernes" the same way on every day of the week', () => {
    // Monday December 7 through Sunday December 13: next week's Friday is the 18th; "el otro
    // viernes" is a week after the Friday "el viernes" names (the 11th until that day, then the 18th).
    const expected: Record<number, [next: string, other: string]> = {
      7: ['2026-12-18', '2026-12-18'],
      8: ['2026-12-18', '2026-12-18'],
      9: ['2026-12-18', '2026-12-18'],
      10: ['2026-12-18', '2026-12-18'],
      11: ['2026-12-18', '2026-12-18'],
      12: ['2026-12-18', '2026-12-25'],
      13: ['2026-12-18', '2026-12-25'],
    };
    for (const [day, [next, other]] of Object.entries(expected)) {
      const noon = new Date(`2026-12-${day.padStart(2, '0')}T18:00:00Z`);
      expect(parsePaymentDate('next friday', noon, zone, 'en'), `next friday on Dec ${day}`).toBe(next);
      expect(parsePaymentDate('el próximo viernes', noon, zone, 'es'), `el próximo viernes on Dec ${day}`).toBe(next);
      expect(parsePaymentDate('el otro viernes', noon, zone, 'es'), `el otro viernes on Dec ${day}`).toBe(other);
    }
  });
});

describe('days counted from today, a named day, the month end', () => {
  it.each<Case>([
    ['en quince días', 'es', '2026-12-18'],
    ['en quince dias', 'es', '2026-12-18'],
    ['en 15 dias', 'es', '2026-12-18'],
    ['dentro de 10 días', 'es', '2026-12-13'],
    ['dentro de una semana', 'es', '2026-12-10'],
    ['en dos semanas', 'es', '2026-12-17'],
    ['in 2 weeks', 'en', '2026-12-17'],
    ['in two weeks', 'en', '2026-12-17'],
    ['in a week', 'en', '2026-12-10'],
    ['2 weeks from now', 'en', '2026-12-17'],
    ['in 10 days', 'en', '2026-12-13'],
    ['pasado mañana', 'es', '2026-12-05'],
    ['pasado manana', 'es', '2026-12-05'],
    ['the day after tomorrow', 'en', '2026-12-05'],
    ['el lunes 14', 'es', '2026-12-14'],
    ['el lunes, 14', 'es', '2026-12-14'],
    ['monday the 14th', 'en', '2026-12-14'],
    ['monday 14th', 'en', '2026-12-14'],
    ['el 15', 'es', '2026-12-15'],
    ['pago el 15', 'es', '2026-12-15'],
    ['on the 15th', 'en', '2026-12-15'],
    ['a fin de mes', 'es', '2026-12-31'],
    ['para fin de mes', 'es', '2026-12-31'],
    ['end of the month', 'en', '2026-12-31'],
    ['by the end of the month', 'en', '2026-12-31'],
  ])('%s (%s) -> %s', (text, language, date) => {
    expect(parsePaymentDate(text, thursday, zone, language)).toBe(date);
  });
});

describe('near misses: a frequency or a past day is no payment date', () => {
  it.each<readonly [string, Language]>([
    ['every 2 weeks', 'en'],
    ['75 every 2 weeks', 'en'],
    ['cada quince días', 'es'],
    ['cada 15 dias', 'es'],
    ['cada dos semanas', 'es'],
    ['100 a month', 'en'],
    ['puedo 100 al mes', 'es'],
  ])('%s (%s) names no date', (text, language) => {
    expect(parsePaymentDate(text, thursday, zone, language)).toBeUndefined();
  });

  it('reads "friday 5pm" as the coming Friday, not a day number', () => {
    expect(parsePaymentDate('friday 5pm', thursday, zone, 'en')).toBe('2026-12-04');
  });
});

describe('in the debtor zone at a month end and a daylight-saving change', () => {
  it.each<readonly [now: string, text: string, language: Language, date: string]>([
    // 23:30 on Monday November 30 in Chicago is already December 1 in UTC
    ['2026-12-01T05:30:00Z', 'a fin de mes', 'es', '2026-11-30'],
    ['2026-12-01T05:30:00Z', 'pasado mañana', 'es', '2026-12-02'],
    ['2026-12-01T05:30:00Z', 'el otro viernes', 'es', '2026-12-11'],
    // Thursday December 31, late evening: the year turns
    ['2027-01-01T05:00:00Z', 'en quince días', 'es', '2027-01-15'],
    ['2027-01-01T05:00:00Z', 'next friday', 'en', '2027-01-08'],
    ['2027-01-01T05:00:00Z', 'el 15', 'es', '2027-01-15'],
    // Saturday October 31, 2026, 23:30 CDT; clocks fall back hours later, on Sunday November 1
    ['2026-11-01T04:30:00Z', 'end of the month', 'en', '2026-10-31'],
    ['2026-11-01T04:30:00Z', 'in 2 weeks', 'en', '2026-11-14'],
    ['2026-11-01T04:30:00Z', 'el viernes que viene', 'es', '2026-11-06'],
    // Sunday November 1, 01:30 CST after the change (07:30Z)
    ['2026-11-01T07:30:00Z', 'pasado mañana', 'es', '2026-11-03'],
    ['2026-11-01T07:30:00Z', 'friday after next', 'en', '2026-11-13'],
    // Saturday March 13, 2027, 23:30 CST; clocks spring forward at 02:00 on Sunday
    ['2027-03-14T05:30:00Z', 'la semana que viene', 'es', '2027-03-20'],
    ['2027-03-14T05:30:00Z', 'el otro lunes', 'es', '2027-03-22'],
  ])('at %s, "%s" (%s) -> %s', (now, text, language, date) => {
    expect(parsePaymentDate(text, new Date(now), zone, language)).toBe(date);
  });
});
