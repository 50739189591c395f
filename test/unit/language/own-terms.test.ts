import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/domain/account';
import type { Frequency } from '../../../src/domain/policy';
import { extractEntities } from '../../../src/language/entities';

/**
 * The terms a debtor proposes in their own words: the amount they can pay and how often (and the
 * first day, when they name one), read so the plan engine can weigh exactly that. Thursday
 * December 3, 2026, noon in Chicago.
 */
const context = { now: new Date('2026-12-03T18:00:00Z'), timezone: 'America/Chicago' };
type Terms = { amountCents: number; frequency: Frequency; date?: string };

function termsOf(text: string, language: Language): Partial<Terms> {
  const { amountCents, frequency, date } = extractEntities(text, context, language);
  return { ...(amountCents !== undefined ? { amountCents } : {}), ...(frequency ? { frequency } : {}), ...(date ? { date } : {}) };
}

describe('an amount and how often, in English', () => {
  it.each<readonly [string, Terms]>([
    ['i can maybe swing 75 every 2 weeks', { amountCents: 7500, frequency: 'biweekly' }],
    ['I can swing $75 every two weeks', { amountCents: 7500, frequency: 'biweekly' }],
    ['75 every other week', { amountCents: 7500, frequency: 'biweekly' }],
    ['can i do 80 biweekly', { amountCents: 8000, frequency: 'biweekly' }],
    ['100 a month', { amountCents: 10000, frequency: 'monthly' }],
    ['i can pay 100/mo', { amountCents: 10000, frequency: 'monthly' }],
    ['$50 weekly', { amountCents: 5000, frequency: 'weekly' }],
    ['i can spare 60 a week', { amountCents: 6000, frequency: 'weekly' }],
    ['fifty a week', { amountCents: 5000, frequency: 'weekly' }],
    ['cant pay it all, can i do 100 a month?', { amountCents: 10000, frequency: 'monthly' }],
    ['i can do 100 twice a month', { amountCents: 10000, frequency: 'biweekly' }],
    ['200 semi-monthly', { amountCents: 20000, frequency: 'biweekly' }],
    ['like 200 on the 1st and 15th', { amountCents: 20000, frequency: 'biweekly', date: '2026-12-15' }],
    ['i get paid the 1st and 15th, 100 each time', { amountCents: 10000, frequency: 'biweekly', date: '2026-12-15' }],
    ['can i pay 100 every two weeks starting next friday', { amountCents: 10000, frequency: 'biweekly', date: '2026-12-11' }],
    ['hey whats my balance and can i do 50 a week', { amountCents: 5000, frequency: 'weekly' }],
    ['i can maybe swing 75 evry 2 weeks', { amountCents: 7500, frequency: 'biweekly' }],
  ])('"%s"', (text, terms) => {
    expect(termsOf(text, 'en')).toEqual(terms);
  });
});

describe('an amount and how often, in Spanish', () => {
  it.each<readonly [string, Terms]>([
    ['puedo dar 100 cada quincena', { amountCents: 10000, frequency: 'biweekly' }],
    ['50 semanales', { amountCents: 5000, frequency: 'weekly' }],
    ['no puedo pagar todo, puedo 100 al mes?', { amountCents: 10000, frequency: 'monthly' }],
    ['cada 15 dias te doy 100', { amountCents: 10000, frequency: 'biweekly' }],
    ['puedo 75 cada dos semanas', { amountCents: 7500, frequency: 'biweekly' }],
    ['le doy 200 mensuales', { amountCents: 20000, frequency: 'monthly' }],
    ['puedo pagar 60 por semana', { amountCents: 6000, frequency: 'weekly' }],
    ['cien al mes', { amountCents: 10000, frequency: 'monthly' }],
    ['puedo 150 el 15 y el 30', { amountCents: 15000, frequency: 'biweekly', date: '2026-12-15' }],
    ['te puedo dar 100 quincenal', { amountCents: 10000, frequency: 'biweekly' }],
    ['pago 80 cada quince dias', { amountCents: 8000, frequency: 'biweekly' }],
    ['kiero pagar 50 a la semana', { amountCents: 5000, frequency: 'weekly' }],
  ])('"%s"', (text, terms) => {
    expect(termsOf(text, 'es')).toEqual(terms);
  });
});

describe('near misses: no amount-and-frequency where none was offered', () => {
  it.each<readonly [string, Language, Partial<Terms>]>([
    // a date or a time is no amount
    ['i can pay on the 15th', 'en', { date: '2026-12-15' }],
    ['puedo pagar el 15', 'es', { date: '2026-12-15' }],
    ['call me at 5 every week', 'en', { frequency: 'weekly' }],
    // an amount with no frequency stays one amount
    ['i can pay 100', 'en', { amountCents: 10000 }],
    ['puedo 100', 'es', { amountCents: 10000 }],
  ])('"%s" (%s)', (text, language, terms) => {
    expect(termsOf(text, language)).toEqual(terms);
  });

  it.each<readonly [string, Language]>([
    ['between the 1st and the 15th of january', 'en'],
    ['the 1st and 15th of january', 'en'],
    ['entre el 1 y el 15', 'es'],
    ['el 15 y el 30 de diciembre', 'es'],
  ])('two days that are no schedule: "%s" (%s) has no frequency', (text, language) => {
    expect(termsOf(text, language).frequency).toBeUndefined();
  });
});
