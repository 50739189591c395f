import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/domain/account';
import { createLocalUnderstanding } from '../../../src/language/understand';

/**
 * An amount and one day, in the debtor's words, is a promise to pay that amount that day (FL-01:
 * the terms are confirmed back before anything is recorded), never a monthly plan at that amount
 * nor a choice of the menu left unread. Thursday December 3, 2026, noon in Chicago.
 */
const understand = createLocalUnderstanding();
const context = (language: Language) => ({ now: new Date('2026-12-03T18:00:00Z'), timezone: 'America/Chicago', language });
const intentOf = async (text: string, language: Language) => (await understand(text, context(language))).intent;

describe('an amount and a day is a promise to pay', () => {
  it.each<readonly [string, Language]>([
    ['i could do 600 right now', 'en'],
    ['can i pay 600 today', 'en'],
    ['what if i pay 600 today', 'en'],
    ['i can send 250 on friday', 'en'],
    ['ill have 400 for u on the 15th', 'en'],
    ['ill be able to do 150 tmrw', 'en'],
    ['i could pay like 300 next friday', 'en'],
    ['i can do 80 on the 11th thats payday', 'en'],
    ['puedo pagar 600 hoy', 'es'],
    ['puedo dar 200 el viernes', 'es'],
    ['te doy 300 el 15', 'es'],
    ['le mando 150 mañana', 'es'],
    ['mañana puedo pagar 100', 'es'],
    ['el viernes le puedo dar 250', 'es'],
    ['hoy puedo 80', 'es'],
    ['pueo pagar 200 el lunes', 'es'],
  ])('"%s"', async (text, language) => {
    expect(await intentOf(text, language)).toBe('promise_to_pay');
  });
});

describe('near misses: a plan, a payment already made, a question', () => {
  it.each<readonly [string, Language, string]>([
    ['puedo pagar 100 al mes', 'es', 'payment_plan'],
    ['i can pay 50 a week starting friday', 'en', 'payment_plan'],
    ['te doy 100 cada quincena empezando el viernes', 'es', 'payment_plan'],
    ['i paid 600 today', 'en', 'payment_already_made'],
    ['ya pagué 200 el viernes', 'es', 'payment_already_made'],
  ])('"%s" is %s', async (text, language, intent) => {
    expect(await intentOf(text, language)).toBe(intent);
  });

  it.each<readonly [string, Language]>([
    ['why is my bill 600 today', 'en'],
    ['i dont know if i can pay anything friday', 'en'],
    ['no sé si pueda pagar el viernes', 'es'],
  ])('"%s" is no promise of an amount', async (text, language) => {
    const understood = await understand(text, context(language));
    expect(understood.intent === 'promise_to_pay' && understood.entities.amountCents !== undefined).toBe(false);
  });
});
