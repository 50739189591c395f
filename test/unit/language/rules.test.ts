import { describe, expect, it } from 'vitest';
import { matchRules } from '../../../src/language/rules';

const intentsOf = (text: string) => matchRules(text).map((m) => m.intent);

describe('phrase rules: a wrong amount, as complaint letters put it', () => {
  it.each([
    'They charged me more than the agreement said',
    'they are collecting more than I owe',
    'the account has excessive fees and interest added',
    'they keep adding late fees to an inflated balance',
    'My bill was not prorated for the month I cancelled',
    'the amount they claim I owe is double the original',
    'me cobraron más de lo que debo',
    'tiene cargos ocultos',
  ])('"%s" is dispute_wrong_amount', (text) => {
    expect(intentsOf(text)).toContain('dispute_wrong_amount');
  });

  it.each(['will I be charged extra for sending money abroad?', 'what are your fees', 'how much is the late fee'])('"%s" is not', (text) => {
    expect(intentsOf(text)).not.toContain('dispute_wrong_amount');
  });
});

describe('phrase rules: a debt already paid, as complaint letters put it', () => {
  it.each([
    'The account was paid in full in 2019',
    'this debt has been settled',
    'the balance was paid through my payment plan',
    'my insurance paid for the visit',
    'I settled the debt with the original creditor',
    'it shows a zero balance with the hospital',
    'I have a receipt of payment',
    'ya está pagada',
    'el seguro lo pagó',
  ])('"%s" is payment_already_made', (text) => {
    expect(intentsOf(text)).toContain('payment_already_made');
  });

  it.each(['how do I pay my bill', 'can I pay it off early?', 'when will my salary be paid'])('"%s" is not', (text) => {
    expect(intentsOf(text)).not.toContain('payment_already_made');
  });
});

describe('phrase rules: charges the debtor questions', () => {
  it.each([
    ['I was charged twice for one payment', 'dispute_wrong_amount'],
    ['there is a duplicate payment on my account', 'dispute_wrong_amount'],
    ['my payment was doubled', 'dispute_wrong_amount'],
    ['I paid 20 dollars more than we agreed', 'dispute_wrong_amount'],
    ['me cobraron dos veces', 'dispute_wrong_amount'],
    ['there is a charge I did not make', 'dispute_not_my_debt'],
    ['I see an unauthorized payment', 'dispute_not_my_debt'],
    ["I don't recognize this charge", 'dispute_not_my_debt'],
    ['what is this charge?', 'dispute_not_my_debt'],
    ["that wasn't me", 'dispute_not_my_debt'],
    ['no reconozco este cargo', 'dispute_not_my_debt'],
    ['someone opened an account in my name', 'dispute_identity_theft'],
    ['somebody is using my card', 'dispute_identity_theft'],
    ['alguien abrió una cuenta a mi nombre', 'dispute_identity_theft'],
  ] as const)('"%s" is %s', (text, intent) => {
    expect(intentsOf(text)).toContain(intent);
  });

  it.each(["sorry, it wasn't your fault, it was me", 'I paid my bill on time this month', 'can I pay in two payments'])('"%s" names no dispute', (text) => {
    expect(intentsOf(text).filter((i) => i.startsWith('dispute'))).toEqual([]);
  });
});

describe('phrase rules: the collector conduct a letter complains of', () => {
  it.each([
    'I get repeated calls every day about this account',
    'they called me 8 times a day',
    'the agent threatened to have me arrested', // "threatened" alone: the older rule
    'they threatened me with a lawsuit',
    'they told my employer about the debt',
    'llamaron a mi trabajo',
    'stop calling my job',
    'they called my family',
  ])('"%s" is collector_conduct_complaint', (text) => {
    expect(intentsOf(text)).toContain('collector_conduct_complaint');
  });

  it.each(["I told my boss I'd be late", 'can you call me a few times a week to remind me?', 'I called my family last night', "I'm calling my boss tomorrow"])('"%s" is not', (text) => {
    expect(intentsOf(text)).not.toContain('collector_conduct_complaint');
  });
});

describe('phrase rules: "call me" on its own asks for a person', () => {
  it.each(['call me', 'Call me back please', 'can you call me?', 'pls call me asap', 'give me a call', 'Llámenme por favor', '¿me pueden llamar?'])('"%s" is request_human', (text) => {
    expect(intentsOf(text)).toContain('request_human');
  });

  it.each(['U call me alter at 11 ok.', 'they call me the song bird', "don't call me", 'stop calling me'])('"%s" is not', (text) => {
    expect(intentsOf(text)).not.toContain('request_human');
  });
});

describe('phrase rules: settling for less (FL-01), asked or offered', () => {
  it.each([
    'can I settle for less',
    "what's the lowest you'd take",
    'settle for 500',
    'I can do 400 total',
    'would you take 650 to close my account',
    'Can you cut my balance if I pay all of it now?',
    'is a setlement possible',
    '¿pueden aceptar menos si pago todo junto?',
    'te doy 300 y cerramos',
    'quiero liquidar por menos',
    'me dan un descuento si pago hoy',
    'ofrezco 500 para cerrar la cuenta',
  ])('"%s" is settlement_request', (text) => {
    expect(intentsOf(text)).toContain('settlement_request');
  });

  it.each([
    "what's my balance",
    'can I pay less each month',
    'could you lower my monthly payment',
    'I settled last year',
    'we need to negotiate a payment plan',
    'I can pay 300 on Friday',
    'what is the least I can pay on this bill',
    'here is your discount code, reply stop to opt out',
    'quiero liquidar la deuda completa',
    'ya liquidé la cuenta',
    'puedo pagar menos cada mes',
    'pago 200 el viernes y ya',
  ])('"%s" is not', (text) => {
    expect(intentsOf(text)).not.toContain('settlement_request');
  });

  it('"I settled last year" is a debt already paid', () => {
    expect(intentsOf('I settled last year')).toContain('payment_already_made');
  });
});
