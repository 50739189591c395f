import { beforeAll, describe, expect, it } from 'vitest';
import { declinesPlan } from '../../../src/language/declined-plan';
import { hesitates, readConsent } from '../../../src/language/explicit-consent';
import { isMenuWord } from '../../../src/language/menu-word';
import { matchRules } from '../../../src/language/rules';
import { createLocalUnderstanding, type Understand } from '../../../src/language/understand';
import { casualSettlementAsksEn, casualSettlementAsksEs } from '../../fixtures/language/casual-settlement-asks';

/**
 * Short and casual messages the assistant misread (issue #16 item 4), read with the real local
 * understanding: a casual ask to settle, a hesitation at a confirmation, keyboard mash and "back",
 * and a plan declined while promising a payment. Each list holds our own phrasings and near misses.
 */
let understand: Understand;
beforeAll(() => {
  understand = createLocalUnderstanding();
}, 120_000);

const read = (text: string, language: 'en' | 'es' = 'en') => understand(text, { now: new Date('2026-12-03T18:00:00Z'), timezone: 'America/Chicago', language });

describe('a casual ask to pay less and be done is a settlement request (FL-01)', () => {
  it.each(casualSettlementAsksEn)('EN "%s"', async (text) => {
    expect(matchRules(text).map((rule) => rule.intent)).toContain('settlement_request');
    expect((await read(text)).intent).toBe('settlement_request');
  });

  it.each(casualSettlementAsksEs)('ES "%s"', async (text) => {
    expect(matchRules(text).map((rule) => rule.intent)).toContain('settlement_request');
    expect((await read(text, 'es')).intent).toBe('settlement_request');
  });

  it.each([
    ['whats the cheapest monthly payment', 'en'],
    ["what's the least I can pay each month", 'en'],
    ['what is the minimum payment', 'en'],
    ['how much to pay this off in full', 'en'],
    ['deal', 'en'],
    ['no deal', 'en'],
    ['I made a deal with the last collector', 'en'],
    ["what's the deal with this bill", 'en'],
    ["I'll deal with it next week", 'en'],
    ['whats the cheapest way to pay, card or bank transfer', 'en'],
    ['what is the minimum monthly to be done in a year', 'en'],
    ['cuánto es lo mínimo que puedo pagar al mes', 'es'],
    ['cuál es el pago mínimo mensual', 'es'],
    ['ya hice un trato con el otro cobrador', 'es'],
    ['me dieron un mal trato por teléfono', 'es'],
  ] as const)('near miss "%s" is not', async (text, language) => {
    expect(matchRules(text).map((rule) => rule.intent)).not.toContain('settlement_request');
    expect((await read(text, language)).intents).not.toContain('settlement_request');
  });
});

describe('a hesitation at a confirmation is neither a yes, a no nor a goodbye (PAY-04)', () => {
  it.each([
    ['wait', 'en'], ['hold on', 'en'], ['hmm', 'en'], ['uh wait', 'en'], ['let me think', 'en'], ['wait ya', 'en'], ['wait what', 'en'],
    ['waittt', 'en'], ['hold up', 'en'], ['hang on a sec', 'en'], ['lemme think about it', 'en'], ['hmm let me think', 'en'], ['one sec', 'en'],
    ['wait wait', 'en'], ['ummm', 'en'], ['give me a min', 'en'], ['hold on ya', 'en'],
    ['un momento', 'es'], ['espera', 'es'], ['déjame pensarlo', 'es'], ['esperame', 'es'], ['dejame pensar', 'es'], ['déjame pensarlo bien', 'es'],
    ['un segundo', 'es'], ['mmm', 'es'], ['espera ya', 'es'], ['deja lo pienso', 'es'], ['ya espera', 'es'], ['dame chance', 'es'],
  ] as const)('"%s"', async (text, language) => {
    const understanding = await read(text, language);
    expect(hesitates(text)).toBe(true);
    expect(readConsent(text, understanding)).toBe('unclear');
    expect(understanding.intent).not.toMatch(/^(?:goodbye|thanks|affirm|cancel_nevermind)$/);
  });

  it.each(['wait ya', 'hold on ya', 'let me think'])('"%s" keeps an English conversation in English', async (text) => {
    expect((await read(text)).language).toBe('en');
  });

  it.each([
    ['yes', 'yes'], ['sí', 'yes'], ['ok', 'yes'], ['no', 'no'], ['no gracias', 'no'], ['never mind', 'no'],
  ] as const)('near miss "%s" is still %s', async (text, consent) => {
    expect(hesitates(text)).toBe(false);
    expect(readConsent(text, await read(text))).toBe(consent);
  });

  it.each(['bye', 'thanks bye', 'adiós', 'what time is it', 'I think I already paid', 'the 15th'])('near miss "%s" is no hesitation', (text) => {
    expect(hesitates(text)).toBe(false);
  });
});

describe('keyboard mash is never a yes; "back" asks for the menu (issue #20 items 1 and 3)', () => {
  it.each(['asdf', 'asdfgh', 'qwerty', 'jkl;', 'sdfsdf', 'zxcv', 'fdsa', 'hjkl', 'asdf asdf', 'lkjlkj', 'ghgh', 'dfgdfg', 'ñlkj', 'qwer'])('"%s" is not affirm, and no consent', async (text) => {
    const understanding = await read(text);
    expect(understanding.intents).not.toContain('affirm');
    expect(readConsent(text, understanding)).toBe('unclear');
  });

  // Not along a keyboard row: the classifier may still guess affirm, the consent reader never hears a yes.
  it.each(['xyz', 'asdfñ', 'aaaa', 'zzzz', 'qpwoei'])('"%s" is no consent', async (text) => {
    expect(readConsent(text, await read(text))).toBe('unclear');
  });

  it.each([
    ['back', 'en'], ['Back', 'en'], ['go back', 'en'], ['BACK', 'en'], ['back.', 'en'], ['go back pls', 'en'], ['take me back', 'en'], ['back please', 'en'],
    ['go back to menu', 'en'], ['atrás', 'es'], ['atras', 'es'], ['volver', 'es'], ['volver atrás', 'es'], ['regresar', 'es'], ['quiero volver', 'es'], ['regresa', 'es'], ['ir atrás', 'es'],
  ] as const)('"%s" asks for the menu (help), never affirm nor a no', async (text, language) => {
    const understanding = await read(text, language);
    expect(understanding.intent).toBe('help');
    expect(readConsent(text, understanding)).toBe('unclear');
  });

  it.each([
    ['yes', 'yes'], ['yep', 'yes'], ['sure', 'yes'], ['dale', 'yes'], ['sí', 'yes'], ['ok', 'yes'],
  ] as const)('near miss "%s" is still a yes', async (text, consent) => {
    const understanding = await read(text);
    expect(understanding.intent).toBe('affirm');
    expect(readConsent(text, understanding)).toBe(consent);
  });

  it.each(["I'll get back to you", 'call me back', 'volveré a escribir', 'regreso el viernes', 'back pay', 'pay me back', 'come back later', 'menu item', 'back and forth'])(
    'near miss "%s" is no menu word',
    (text) => {
      expect(isMenuWord(text)).toBe(false);
    },
  );

  it.each([["I'll get back to you", 'en'], ['call me back', 'en'], ['volveré a escribir', 'es'], ['regreso el viernes', 'es']] as const)('near miss "%s" is no menu request', async (text, language) => {
    expect((await read(text, language)).intent).not.toBe('help');
  });
});

describe('a plan declined while promising a payment', () => {
  it.each([
    'i dont want a plan', 'no plan', 'not a plan', 'no plan please', "I don't want a payment plan", 'no installments', 'nah no plan just one payment',
    'dont want no payment plan', 'no plan, just a date', 'not interested in a plan',
    'no quiero un plan', 'no quiero plan de pagos', 'no quiero cuotas', 'no quiero pagos mensuales', 'sin plan', 'no me interesa un plan', 'no kiero un plan', 'plan no, solo una fecha',
  ])('"%s" declines a plan', (text) => {
    expect(declinesPlan(text)).toBe(true);
  });

  it.each([
    'I want a plan', 'quiero un plan', 'can I get a payment plan', 'no, I want a plan', 'is there no plan for 6 months?', 'cancel', 'never mind', 'no',
    'no quiero nada', 'olvídalo', "no I don't want to pay", 'the 15th', 'no quiero pagar', 'plan', 'plan please',
  ])('near miss "%s" does not', (text) => {
    expect(declinesPlan(text)).toBe(false);
  });
});
