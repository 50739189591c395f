import { describe, expect, it } from 'vitest';
import { detectRights } from '../../../src/compliance/rights-detector';

/**
 * FL-02 against a plan request: "I can't pay it all" beside an amount the debtor offers is a
 * counter-offer for the plan engine, not hardship (no handoff, no flag). Hardship said besides,
 * or "can't pay anything", stays hardship.
 */
describe('FL-02 a counter-offer with an amount is no hardship', () => {
  it.each([
    'cant pay it all, can i do 100 a month?',
    "can't pay it all, can I do 100 a month?",
    'I cannot pay the full amount, could I do $100 a month',
    'i cant afford the whole thing, maybe $75 every 2 weeks',
    "can't pay $1240 right now but I can do 100/mo",
    'cant do 1240 rn, maybe 100/mo?',
    'cant pay it all can i do 100 every month pls',
    'i cant pay the whole balance at once how about 50 weekly',
    "i'm not able to pay everything now, i could do 60 a week",
    'cant pay that much, what about 40 every other week',
    'I CANT PAY IT ALL AT ONCE CAN I DO 200 A MONTH',
    "can't pay it all today but i can do 150 on the 1st and 150 on the 15th",
    'cnt pay it all, can i do 100 a month',
  ])('EN "%s"', (text) => {
    expect(detectRights(text).intents).not.toContain('hardship');
  });

  it.each([
    'no puedo pagar todo, puedo 100 al mes?',
    'no puedo pagar todo puedo dar 100 al mes',
    'no puedo pagar todo de una vez, le doy 50 cada semana',
    'no puedo pagar el total pero puedo 100 cada quincena',
    'no me alcanza para todo, te doy 200 al mes',
    'no puedo todo junto, puedo 75 cada dos semanas',
    'no podemos pagar todo ahorita, podemos 100 mensuales?',
    'no puedo pagar la totalidad, que tal 50 semanales',
    'NO PUEDO PAGAR TODO, PUEDO 100 AL MES',
    'no puedo pagar $860 de golpe, le doy 100 cada quincena',
    'no puedo pagarlo todo, puedo 80 por mes',
    'no puedo pagar completo, pero le puedo dar 150 el 15',
  ])('ES "%s"', (text) => {
    expect(detectRights(text).intents).not.toContain('hardship');
  });
});

describe('FL-02 hardship stays hardship beside or without an amount', () => {
  it.each([
    'perdí mi trabajo, no puedo pagar nada',
    'no puedo pagar todo',
    'cant pay it all',
    'no puedo pagar',
    'cant pay it all, lost my job, can i do 50 a month',
    'no puedo pagar nada, ni 10 al mes',
    'I cant pay anything right now, maybe 20 a month later',
    'no puedo pagar, estoy en el hospital, puedo 50 al mes',
    'i cant pay it all at once, im broke, can i do 25 a week',
    'me despidieron y no puedo pagar todo, puedo 50 al mes',
    'i got laid off, can i do 30 a month',
    'no tengo dinero, puedo 20 al mes?',
    "i can't afford it, i'm on disability, maybe 25 a month",
    'cant pay it all on the 15th',
  ])('"%s"', (text) => {
    expect(detectRights(text).intents).toContain('hardship');
  });
});
