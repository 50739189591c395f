import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../../../src/domain/account';
import { Conversations } from '../compliance/conversation-harness';
import { anAccount } from '../../fixtures/accounts';
import { play } from '../../support/transcript-table';

/**
 * Negotiating by text (issue #15 item 2), as transcripts over SMS with the real app: each row is
 * [the debtor says, the assistant says, the assistant never says]. Every phrasing gets a debtor of
 * its own (a $1,240.50 balance, Chicago, noon on Monday November 23, 2026): 150 days past due
 * reaches the policy's 20% tier (the lowest it allows is $992.40, by December 23), 95 days does not.
 */

let conversations: Conversations;
beforeAll(async () => {
  conversations = await Conversations.start();
});
afterAll(async () => {
  await conversations.close();
});

let debtors = 0;
/** A verified debtor at the menu, texting in the account's language. */
async function debtor(overrides: Partial<Account>): Promise<{ id: string; say: (text: string) => Promise<string> }> {
  debtors++;
  const id = `NEGOTIATE-${debtors}`;
  const phone = `+1312555${String(3000 + debtors).padStart(4, '0')}`;
  await conversations.app.store.putAccounts([anAccount({ id, phone, balanceCents: 124050, dateOfBirth: '1985-04-12', zip: '60601', ...overrides })]);
  const say = conversations.texter(phone);
  await say(overrides.language === 'es' ? 'hola' : 'hi');
  await say('1985-04-12');
  expect(await say('60601')).toMatch(/\$1,240\.50/);
  return { id, say };
}

const misread = /didn't understand|take care|closest plans?|no entendí|cuídese|planes? más cercanos|plan más cercano/i;
const tier = { daysPastDue: 150 } as const;
const noTier = { daysPastDue: 95 } as const;

describe('a settlement asked for in any wording (FL-01)', () => {
  it.each([
    'can I settle for less',
    "what's the lowest you'd take",
    'is there any discount if i pay it all now',
    'i wanna settel this for cheaper',
    'hi, I just got my tax refund and was hoping you could take a smaller amount to close this out',
    'would you accept less than the full balance? and how long would I have to pay it',
  ])('EN "%s" gets the engine\'s settlement where the tier allows one', async (text) => {
    const { say } = await debtor(tier);
    await play(say, [
      // "if i pay it all now" asks for today: the date is the debtor's, within the window
      [text, /You can settle your \$1,240\.50 balance for \$992\.40 if paid by (?:December 23|November 23), 2026\. Shall I record that\? Reply YES or NO\./, misread],
      ['no', /I haven't recorded anything\./],
    ]);
  });

  it.each([
    '¿pueden aceptar menos si pago todo junto?',
    'quiero liquidar por menos',
    'cuanto es lo minimo que aceptan',
    'me hacen un descuento si pago hoy?',
    'kiero negociar la deuda, cuanto me rebajan',
  ])('ES "%s" gets the engine\'s settlement where the tier allows one', async (text) => {
    const { say } = await debtor({ ...tier, language: 'es' });
    await play(say, [
      [text, /Puede liquidar su saldo de \$1,240\.50 con \$992\.40 si paga a más tardar el 23 de (?:diciembre|noviembre) de 2026\. ¿Lo registro\? Responda SI o NO\./, misread],
      ['no', /No he registrado nada\./],
    ]);
  });

  it.each([
    'can I settle for less',
    "what's the lowest you'd take",
    'settle for 500',
    'do u guys do settlements',
    'can you knock something off the balance',
  ])('EN "%s" on an account below the tier hears plainly it is not available, with the alternatives', async (text) => {
    const { say } = await debtor(noTier);
    await play(say, [
      [text, /^A settlement isn't available on this account yet\. I can set up a payment plan, record a promise to pay on a date, or put you in touch with a person\. Reply 2, 3 or 5\.\nReply STOP to opt out\.$/, /\$\d|Anything else/],
      ['2', /\$103\.38 a month for 12 months \(the last 6 are \$103\.37\)/],
    ]);
  });

  it.each([
    '¿pueden aceptar menos si pago todo junto?',
    'quiero liquidar por menos',
    'te doy 300 y cerramos',
    'hay algun descuento',
    'lo minimo que aceptarian?',
  ])('ES "%s" on an account below the tier hears plainly it is not available, with the alternatives', async (text) => {
    const { say } = await debtor({ ...noTier, language: 'es' });
    await play(say, [
      [text, /^Aún no hay liquidación para esta cuenta\. Puedo registrar un plan de pagos, una promesa de pago o pasarle con una persona\. Responda 2, 3 o 5\.\nResponda STOP para cancelar\.$/, /\$\d/],
      ['3', /fecha/],
    ]);
  });

  it('records the settlement the debtor accepts, as the engine offered it', async () => {
    const { id, say } = await debtor(tier);
    await play(say, [
      ['can I settle this', /for \$992\.40/],
      ['yes', /Done\. I recorded your settlement of \$992\.40, to be paid by December 23, 2026\./],
    ]);
    const account = await conversations.account(id);
    expect(account.arrangements).toMatchObject([{ kind: 'settlement', totalCents: 99240, installments: [{ dueDate: '2026-12-23', amountCents: 99240 }] }]);
  });

  it('grants a figure within policy as asked', async () => {
    const { id, say } = await debtor({ ...tier, language: 'es' });
    await play(say, [
      ['aceptan 1000 para liquidar?', /Puede liquidar su saldo de \$1,240\.50 con \$1,000\.00/],
      ['si', /Registré su liquidación de \$1,000\.00/],
    ]);
    expect((await conversations.account(id)).arrangements).toMatchObject([{ kind: 'settlement', totalCents: 100000 }]);
  });
});

describe('a counter-offer below policy (FL-01)', () => {
  const lowestEn = /^I can't accept that amount, but I can settle your \$1,240\.50 balance for \$992\.40 if paid by December 23, 2026\. Shall I record that\? Reply YES or NO\./;
  const lowestEs = /^No puedo aceptar esa cantidad, pero puede liquidar su saldo de \$1,240\.50 con \$992\.40 si paga a más tardar el 23 de diciembre de 2026\./;

  it.each([
    ['settle for 500', '500 is all i can do', 50000],
    ['I can do 400 total', '400', 40000],
    ['would you take 650 to close my account', "that's my final offer", 65000],
    ['how about 300 and we call it even', 'i insist, 300', 30000],
    ['can u do 450 to settle it', 'i cant pay more than that', 45000],
  ])('EN "%s" is answered with what policy allows; held to ("%s"), it goes to a specialist once', async (counter, hold, cents) => {
    const { id, say } = await debtor(tier);
    await play(say, [
      [counter, lowestEn, misread],
      [hold, new RegExp(`^I can't accept \\$${cents / 100}\\.00 myself, so I've passed your offer to a specialist to review\\.\\nA specialist will review your request and get back to you\\.`), /Anything else|\$992/],
    ]);
    const { handoffs } = await conversations.account(id);
    expect(handoffs).toHaveLength(1);
    expect(handoffs[0]).toMatchObject({
      reason: 'settlement_beyond_policy',
      status: 'open',
      counterOffer: { amountCents: cents, offeredOn: '2026-11-23', payBy: '2026-12-23', daysPastDue: 150, balanceCents: 124050, lowestAllowedCents: 99240 },
    });
    expect(handoffs[0].summary).toContain(`Counter-offer: ${(cents / 100).toFixed(2)} paid by 2026-12-23, made 2026-11-23; the policy's lowest is 992.40 at 150 days past due.`);
    // Never a loop: saying it again opens nothing more and brings no new offer.
    expect(await say(hold)).not.toMatch(/\$992|can't accept/);
    expect((await conversations.account(id)).handoffs).toHaveLength(1);
  });

  it.each([
    ['te doy 300 y cerramos', '300', 30000],
    ['les ofrezco 400 para cerrar la cuenta', 'es todo lo que puedo', 40000],
    ['aceptan 500 y quedamos en paz?', 'insisto, 500', 50000],
    ['puedo pagar 350 en total para terminar', 'es lo máximo que tengo', 35000],
    ['liquidar con 450, se puede?', 'es mi ultima oferta', 45000],
  ])('ES "%s" is answered with what policy allows; held to ("%s"), it goes to a specialist once', async (counter, hold, cents) => {
    const { id, say } = await debtor({ ...tier, language: 'es' });
    await play(say, [
      [counter, lowestEs, misread],
      [hold, new RegExp(`^No puedo aceptar \\$${cents / 100}\\.00 por mi cuenta, así que pasé su oferta a un especialista para que la revise\\.`), /Algo más|\$992/],
    ]);
    const { handoffs } = await conversations.account(id);
    expect(handoffs).toMatchObject([{ reason: 'settlement_beyond_policy', counterOffer: { amountCents: cents, daysPastDue: 150, lowestAllowedCents: 99240 } }]);
  });

  it('takes the lowest the policy allows when the debtor accepts it after countering', async () => {
    const { id, say } = await debtor(tier);
    await play(say, [
      ['settle for 500', lowestEn],
      ['ok fine, yes', /Done\. I recorded your settlement of \$992\.40/],
    ]);
    const account = await conversations.account(id);
    expect(account.arrangements).toMatchObject([{ kind: 'settlement', totalCents: 99240 }]);
    expect(account.handoffs).toEqual([]);
  });

  it('a debtor who comes up to a figure within policy is offered it to confirm, and no case opens', async () => {
    const { id, say } = await debtor(tier);
    await play(say, [
      ['settle for 500', lowestEn],
      ['ok what about 1000 then', /^You can settle your \$1,240\.50 balance for \$1,000\.00 if paid by December 23, 2026\./],
      ['yes', /Done\. I recorded your settlement of \$1,000\.00/],
    ]);
    const account = await conversations.account(id);
    expect(account.arrangements).toMatchObject([{ kind: 'settlement', totalCents: 100000 }]);
    expect(account.handoffs).toEqual([]);
  });

  it('a debtor who declines the lowest figure records nothing and opens no case', async () => {
    const { id, say } = await debtor(tier);
    await play(say, [
      ['settle for 500', lowestEn],
      ['no', /I haven't recorded anything\./],
    ]);
    const account = await conversations.account(id);
    expect(account.arrangements).toEqual([]);
    expect(account.handoffs).toEqual([]);
  });
});

describe('plans built around what the debtor can pay', () => {
  const weekly = /every week|every two weeks|cada semana|cada dos semanas/;

  it.each(['can I pay 100 a month', 'i can do $100/mo', '100 monthly?', 'how about a hundred a month', 'I could pay 100 each month'])(
    'EN "%s" gets the nearest monthly plan, and no weekly plan costing more a month',
    async (text) => {
      const { say } = await debtor(noTier);
      await play(say, [[text, /1 \$103\.38 a month for 12 months \(the last 6 are \$103\.37\)\n/, weekly]]);
    },
  );

  it.each(['puedo pagar 100 al mes', '100 mensuales', 'cien al mes', 'le pago 100 por mes', 'puedo dar $100 cada mes'])(
    'ES "%s" gets the nearest monthly plan, and no weekly plan costing more a month',
    async (text) => {
      const { say } = await debtor({ ...noTier, language: 'es' });
      await play(say, [[text, /1 \$103\.38 al mes durante 12 meses \(los últimos 6 son de \$103\.37\)\n/, weekly]]);
    },
  );

  it.each(['i can pay 2000 a month', '$1500 monthly', 'i could do 1300 a month', 'I can afford 1240.50 per month', 'can I pay 5000 a month'])(
    'EN "%s" (at or above the balance) is paying in full, not a plan of one payment',
    async (text) => {
      const { say } = await debtor(noTier);
      await play(say, [[text, /You can pay \$1,240\.50 in full by December 7, 2026\. Shall I record that\?/, /1 monthly|a month for 1 month|closest plans?/]]);
    },
  );

  it.each(['puedo pagar 2000 al mes', '1500 mensuales', 'le pago 1300 por mes', 'puedo dar 1,240.50 al mes', 'pago 5000 cada mes'])(
    'ES "%s" (at or above the balance) is paying in full, not a plan of one payment',
    async (text) => {
      const { say } = await debtor({ ...noTier, language: 'es' });
      await play(say, [[text, /Puede pagar el total de \$1,240\.50 a más tardar el 7 de diciembre de 2026/, /durante 1 mes|planes? más cercanos|plan más cercano/]]);
    },
  );
});
