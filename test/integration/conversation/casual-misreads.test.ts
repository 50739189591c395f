import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { debtors, play, type Debtor, type TranscriptTable } from '../../support/transcript-table';
import { casualSettlementAsksEn, casualSettlementAsksEs } from '../../fixtures/language/casual-settlement-asks';
import { settlementOfferEn as offerEn, settlementOfferEs as offerEs, startSettlementTable } from '../../support/settlement-table';

/**
 * Short and casual messages read through the real turn (issue #16 item 4): a casual ask to settle
 * gets the policy's settlement; a hesitation, keyboard mash or "back" at a confirmation records
 * nothing and says no goodbye; "no plan" at the promise question keeps the promise going. Maria
 * is made old enough for the settlement tier (150 days past due), as in settle-table.test.ts.
 */
let table: TranscriptTable;
beforeEach(async () => {
  table = await startSettlementTable();
}, 120_000);
afterEach(() => table.close());

const goodbye = /take care|que esté bien/;
const promiseTerms = { maria: /To confirm: you will pay \$100\.00 on [^.]+\. Reply YES or NO\./, jose: /Para confirmar: pagará \$100\.00 el [^.]+\. Responda SI o NO\./ } as const;
const askPromise = { maria: /How much will you pay, and on what date\?/, jose: /¿Cuánto pagará y en qué fecha\?/ } as const;
const menu = { maria: /What would you like to do\? Reply with a number\./, jose: /¿Qué desea hacer\? Responda con un número\./ } as const;
const debtorOf = (language: 'en' | 'es'): Debtor => (language === 'en' ? 'maria' : 'jose');
const arrangementsOf = async (debtor: Debtor) => table.store.listArrangements(debtors[debtor].accountId);

/** Verified, and at the confirmation of a promise of $100 on Friday. */
async function atPromiseConfirmation(debtor: Debtor) {
  const say = await table.verified(debtor);
  await play(say, [[debtor === 'maria' ? "I'll pay 100 on Friday" : 'pago 100 el viernes', promiseTerms[debtor]]]);
  return say;
}

describe('a casual ask to pay less and be done gets the settlement the policy allows (FL-01)', () => {
  it.each(casualSettlementAsksEn)('EN "%s"', async (text) => {
    const say = await table.verified('maria');
    await play(say, [[text, offerEn, /didn't catch|take care|specialist|dispute/]]);
  });

  it.each(casualSettlementAsksEs)('ES "%s"', async (text) => {
    const say = await table.verified('jose');
    await play(say, [[text, offerEs, /no lo entendí|que esté bien|especialista/]]);
  });

  it.each([
    ['whats the cheapest monthly payment', /To confirm: \$\d+\.\d\d a month/],
    ["what's the least I can pay each month", /To confirm: \$\d+\.\d\d a month/],
    ['how much to pay this off in full', /You can pay \$1,240\.50 in full/],
    ['whats the cheapest way to pay, card or bank transfer', /You can pay \$1,240\.50 in full/],
    ["what's the deal with this bill", /./],
    ['I made a deal with the last collector', /./],
  ])('near miss "%s" is no settlement', async (text, answer) => {
    const say = await table.verified('maria');
    await play(say, [[text, answer, /settle your/]]);
  });

  it.each(['cuánto es lo mínimo que puedo pagar al mes', 'ya hice un trato con el otro cobrador'])('near miss ES "%s" is no settlement', async (text) => {
    const say = await table.verified('jose');
    await play(say, [[text, /./, /liquidar su saldo/]]);
  });
});

describe('a hesitation at a confirmation holds the terms: no yes, no goodbye (PAY-04)', () => {
  it.each([
    ['wait', 'en'], ['hold on', 'en'], ['hmm', 'en'], ['uh wait', 'en'], ['let me think', 'en'], ['wait ya', 'en'], ['wait what', 'en'], ['waittt', 'en'],
    ['hold up', 'en'], ['hang on a sec', 'en'], ['lemme think about it', 'en'], ['one sec', 'en'], ['give me a min', 'en'], ['hold on ya', 'en'],
    ['un momento', 'es'], ['espera', 'es'], ['déjame pensarlo', 'es'], ['esperame', 'es'], ['dejame pensar', 'es'], ['un segundo', 'es'], ['espera ya', 'es'],
    ['mmm', 'es'], ['deja lo pienso', 'es'], ['dame chance', 'es'],
  ] as const)('"%s": the same terms again, in the conversation\'s language, then a yes records them', async (text, language) => {
    const debtor = debtorOf(language);
    const say = await atPromiseConfirmation(debtor);
    await play(say, [
      [text, promiseTerms[debtor], goodbye],
      [language === 'en' ? 'yes' : 'sí', /Done\. I recorded your promise|Listo\. Registré su promesa/],
    ]);
    expect(await arrangementsOf(debtor)).toHaveLength(1);
  });

  it.each([
    ['bye', 'en', goodbye], ['thanks bye', 'en', goodbye], ['adiós', 'es', goodbye], ['no', 'en', /I haven't recorded anything\./], ['no gracias', 'es', /No he registrado nada\./],
    ["what's my balance", 'en', /Balance now: \$1,240\.50/],
  ] as const)('near miss "%s" is read as before', async (text, language, answer) => {
    const debtor = debtorOf(language);
    const say = await atPromiseConfirmation(debtor);
    await play(say, [[text, answer]]);
    expect(await arrangementsOf(debtor)).toHaveLength(0);
  });
});

describe('keyboard mash is never a yes, and "back" goes back to the menu (issue #20 items 1 and 3)', () => {
  it.each([['asdf', 'en'], ['qwerty', 'en'], ['jkl;', 'en'], ['sdfsdf', 'en'], ['hjkl', 'en'], ['asdf asdf', 'en'], ['xyz', 'en'], ['dfgdfg', 'en'], ['ñlkj', 'es'], ['qwer', 'es']] as const)(
    '"%s" hears the terms again and records nothing',
    async (text, language) => {
      const debtor = debtorOf(language);
      const say = await atPromiseConfirmation(debtor);
      await play(say, [[text, promiseTerms[debtor], /Done\.|Listo\./]]);
      expect(await arrangementsOf(debtor)).toHaveLength(0);
    },
  );

  it.each([
    ['back', 'en'], ['go back', 'en'], ['BACK', 'en'], ['go back pls', 'en'], ['take me back', 'en'], ['back please', 'en'], ['go back to menu', 'en'],
    ['atrás', 'es'], ['volver', 'es'], ['volver atrás', 'es'], ['regresar', 'es'], ['quiero volver', 'es'], ['ir atrás', 'es'],
  ] as const)('"%s" shows the menu and records nothing', async (text, language) => {
    const debtor = debtorOf(language);
    const say = await atPromiseConfirmation(debtor);
    await play(say, [[text, menu[debtor], /Done\.|Listo\.|recorded anything|registrado nada/]]);
    expect(await arrangementsOf(debtor)).toHaveLength(0);
  });

  it.each([
    ['yep', 'en', /Done\./], ['sure', 'en', /Done\./], ['dale', 'es', /Listo\./], ["I'll get back to you", 'en', promiseTerms.maria], ['volveré a escribir', 'es', /./],
  ] as const)('near miss "%s" is read as before', async (text, language, answer) => {
    const say = await atPromiseConfirmation(debtorOf(language));
    await play(say, [[text, answer, menu[debtorOf(language)]]]);
  });
});

describe('"no plan" at the promise question declines a plan, not the promise', () => {
  it.each([
    ['i dont want a plan', 'en'], ['no plan', 'en'], ['not a plan', 'en'], ['no plan please', 'en'], ["I don't want a payment plan", 'en'], ['no installments', 'en'],
    ['nah no plan just one payment', 'en'], ['dont want no payment plan', 'en'], ['no plan, just a date', 'en'], ['not interested in a plan', 'en'],
    ['no quiero un plan', 'es'], ['no quiero plan de pagos', 'es'], ['no quiero cuotas', 'es'], ['no quiero pagos mensuales', 'es'], ['sin plan', 'es'],
    ['no me interesa un plan', 'es'], ['no kiero un plan', 'es'], ['plan no, solo una fecha', 'es'],
  ] as const)('"%s": no plan, and the promise question again, which the terms then answer', async (text, language) => {
    const debtor = debtorOf(language);
    const say = await table.verified(debtor);
    await play(say, [
      [language === 'en' ? 'I want to promise a payment' : 'quiero prometer un pago', askPromise[debtor]],
      [text, language === 'en' ? /^No plan, then\.[\s\S]*How much will you pay, and on what date\?/ : /^Sin plan, entonces\.[\s\S]*¿Cuánto pagará y en qué fecha\?/, /recorded anything|registrado nada|Plans from|Planes desde|a month|al mes/],
      [language === 'en' ? '100 on Friday' : '100 el viernes', promiseTerms[debtor]],
    ]);
  });

  it.each([
    ['never mind', 'en', /I haven't recorded anything\./],
    ['I want a plan', 'en', /Plans from/],
    ['the 15th', 'en', /How much would you like to pay on Tuesday, December 15\?/],
    ['olvídalo', 'es', /No he registrado nada\./],
    ['quiero un plan', 'es', /Planes desde/],
    ['el viernes', 'es', /¿Cuánto le gustaría pagar el viernes/],
  ] as const)('near miss "%s" is read as before', async (text, language, answer) => {
    const debtor = debtorOf(language);
    const say = await table.verified(debtor);
    await play(say, [
      [language === 'en' ? 'I want to promise a payment' : 'quiero prometer un pago', askPromise[debtor]],
      [text, answer, /no plan|sin plan/],
    ]);
  });
});
