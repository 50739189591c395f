import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { complianceMessages } from '../../../prompts/compliance';
import { Conversations } from './conversation-harness';

/**
 * Issue #19 item 10: approved answers to common questions, over SMS with the real app, in English
 * (Maria, NW-1001) and Spanish (José, NW-1002). Each answer's figures come from the policy and the
 * account; before verification only the general answer (RF-01). After the answer the debtor is
 * back where they were. A fresh app per test: some questions also invoke a right (a validation
 * request opens a dispute case), which takes the conversation to a specialist.
 */
let conversations: Conversations;
beforeEach(async () => {
  conversations = await Conversations.start();
});
afterEach(() => conversations.close());

const menu = /What would you like to do\?/;
const menuEs = /¿Qué desea hacer\?/;
const dollars = /\$\s?\d/;

async function change(id: string, fields: Record<string, unknown>): Promise<void> {
  await conversations.app.store.updateAccount(id, (account) => ({ ...account, ...fields }));
}

describe('RF-21 fees and charges', () => {
  it('RF-21: no fee to pay, and the fees and interest on the account from its itemization, then the menu again', async () => {
    const maria = await conversations.maria();
    const reply = await maria('is there a fee to pay by card?');
    expect(reply).toContain('There is no fee to pay online or by card.');
    expect(reply).toContain('fees of $25.00 and interest of $35.50');
    expect(reply).toMatch(menu);
  });

  it('RF-21: en español, los cargos e intereses de la cuenta', async () => {
    const jose = await conversations.jose();
    const reply = await jose('¿hay algún cargo por pagar en línea?');
    expect(reply).toContain('No se cobra ningún cargo por pagar en línea o con tarjeta.');
    expect(reply).toContain('$20.00 en cargos y $20.00 en intereses');
    expect(reply).toMatch(menuEs);
  });

  it('RF-21 / RF-01: before verification, the general answer and no amount, then verification', async () => {
    const say = conversations.texter('+15125550101');
    const reply = await say('is there a fee to pay by card?');
    expect(reply).toContain('There is no fee to pay online or by card.');
    expect(reply).not.toMatch(dollars);
    expect(reply).toMatch(/date of birth/);
  });

  it('RF-21: a question asked at a prompt is answered, then the prompt is offered again', async () => {
    const maria = await conversations.maria();
    expect(await maria('2')).toMatch(/Plans from /);
    const reply = await maria('any fees?');
    expect(reply).toContain('There is no fee to pay online or by card.');
    expect(reply).toMatch(/Plans from |Reply with a number/);
  });

  it('RF-21 / RF-01: a question asked while verifying is answered in general, then the same factor is asked again', async () => {
    const say = conversations.texter('+15125550101');
    expect(await say('Hi')).toMatch(/date of birth/);
    const reply = await say('wait, is there a fee to pay online?');
    expect(reply).toContain('There is no fee to pay online or by card.');
    expect(reply).not.toMatch(dollars);
    expect(reply).toMatch(/date of birth/);
    await say('March 14, 1985');
    expect(await say('78701')).toMatch(/Your balance is \$1,240\.50/);
  });

  it('RF-21: a request beside the question is acted on after the answer', async () => {
    const maria = await conversations.maria();
    const reply = await maria('is there a processing fee? also i want to set up a payment plan');
    expect(reply).toContain('There is no fee to pay online or by card.');
    expect(reply).toMatch(/Plans from /);
  });

  it('RF-21: "I paid the fee already" is no question about fees (a near miss)', async () => {
    const maria = await conversations.maria();
    expect(await maria('I paid the fee already')).not.toContain('There is no fee');
  });
});

describe('RF-15 credit reporting', () => {
  it('RF-15: no promise about the score, a disputed account is reported as disputed, the menu again', async () => {
    const maria = await conversations.maria();
    const reply = await maria('will this hurt my credit if I set up a plan?');
    expect(reply).toContain("I can't tell you how this affects your credit score");
    expect(reply).toContain('a disputed account is reported as disputed');
    expect(reply).not.toMatch(/will improve|improve your credit/i);
  });

  it('RF-15: en español, sin promesas sobre el puntaje', async () => {
    const jose = await conversations.jose();
    const reply = await jose('¿esto afecta mi historial de crédito?');
    expect(reply).toContain('No puedo decirle cómo afecta esto a su puntaje de crédito');
    expect(reply).not.toMatch(/mejorar/i);
  });
});

describe('RF-15 what happens if the debtor does not pay', () => {
  it('RF-15: a truthful first-party answer, no threat, no legal advice, and no refusal recorded', async () => {
    const maria = await conversations.maria();
    const reply = await maria('what happens if I never pay?');
    expect(reply).toContain('An unpaid balance stays on your account with Northwind Energy');
    expect(reply).toContain("I can't give legal advice");
    expect(reply).not.toMatch(/\b(?:sue|court|garnish|arrest|jail|legal action)\b/i);
    expect(reply).toMatch(menu);
    expect((await conversations.account('NW-1001')).flags).not.toContain('refusal_to_pay');
  });

  it('RF-15: en español, "¿qué pasa si no pago?" sin amenazas', async () => {
    const jose = await conversations.jose();
    const reply = await jose('¿qué pasa si no pago?');
    expect(reply).toContain('Un saldo sin pagar sigue en su cuenta con Northwind Energy');
    expect(reply).not.toMatch(/\b(?:demanda\w*|embarg\w*|carcel|cárcel|corte)\b/i);
    expect((await conversations.account('NW-1002')).flags).not.toContain('refusal_to_pay');
  });

  it('RF-15 / RF-01: before verification nothing about an account', async () => {
    const say = conversations.texter('+15125550101');
    const reply = await say('are you going to sue me');
    expect(reply).toContain('I can discuss a specific account only with the account holder');
    expect(reply).not.toMatch(dollars);
  });
});

describe('RF-19 time-barred debts', () => {
  it('RF-19: on a time-barred account, paying and the limitation period go to a person, with the prescribed notice', async () => {
    await change('NW-1001', { timeBarred: true });
    const maria = await conversations.maria();
    const reply = await maria('if i make a payment does it restart the clock?');
    expect(reply).toContain('your account is past the time limit the law sets');
    expect(reply).toContain("depends on your state's law");
    expect(reply).toContain(complianceMessages.en.timeBarredNotice);
  });

  it('RF-19: "can you sue me?" on a time-barred account is answered with the notice, never a threat', async () => {
    await change('NW-1001', { timeBarred: true });
    const maria = await conversations.maria();
    const reply = await maria('can you sue me for this?');
    expect(reply).toContain(complianceMessages.en.timeBarredNotice);
    expect(reply).not.toContain('An unpaid balance stays');
  });

  it('RF-19: en español, una cuenta prescrita', async () => {
    await change('NW-1002', { timeBarred: true });
    const jose = await conversations.jose();
    const reply = await jose('¿si pago se reinicia el plazo de prescripción?');
    expect(reply).toContain('su cuenta ya pasó el plazo que fija la ley');
    expect(reply).toContain(complianceMessages.es.timeBarredNotice);
  });

  it('RF-19: an account within the period gets the normal answer and no notice', async () => {
    const maria = await conversations.maria();
    const reply = await maria('isnt this debt too old to collect');
    expect(reply).toContain("I can't give legal advice about time limits");
    expect(reply).not.toContain(complianceMessages.en.timeBarredNotice);
  });
});

describe('RF-17 / RF-18 the validation period and how to dispute', () => {
  it('RF-17: the end date on file and how to dispute; the request is recorded like a dispute (RF-18)', async () => {
    await change('NW-1001', { validationPeriodEnd: '2026-12-20' });
    const maria = await conversations.maria();
    const reply = await maria('when does my validation period end?');
    expect(reply).toContain('Your validation period ends on December 20, 2026.');
    expect(reply).toContain('Disputing is free');
    expect((await conversations.account('NW-1001')).flags).toContain('dispute');
  });

  it('RF-17: a period that has ended is said to have ended', async () => {
    await change('NW-1001', { validationPeriodEnd: '2026-11-01' });
    const maria = await conversations.maria();
    expect(await maria('when does my validation period end?')).toContain('Your validation period ended on November 1, 2026.');
  });

  it('RF-17: en español, la fecha del aviso', async () => {
    await change('NW-1002', { validationPeriodEnd: '2026-12-20' });
    const jose = await conversations.jose();
    const reply = await jose('¿cuándo termina mi período de validación?');
    expect(reply).toContain('Su período de validación termina el 20 de diciembre de 2026.');
    expect(reply).toContain('Disputar no tiene costo');
  });

  it('RF-17: without a date on file, where to find it', async () => {
    const maria = await conversations.maria();
    expect(await maria('how long do i have to dispute this')).toContain('The end of your validation period is on your validation notice');
  });
});

describe('RF-17 the original creditor', () => {
  it("RF-17: the original creditor's name once verified", async () => {
    const maria = await conversations.maria();
    expect(await maria('who is the original creditor?')).toContain('The original creditor on your account is Northwind Energy.');
  });

  it('RF-17: en español', async () => {
    const jose = await conversations.jose();
    expect(await jose('¿quién es el acreedor original?')).toContain('El acreedor original de su cuenta es Northwind Energy.');
  });

  it('RF-17 / RF-01: before verification, only an invitation to verify', async () => {
    const say = conversations.texter('+15125550101');
    const reply = await say('who is the original creditor?');
    expect(reply).not.toContain('original creditor on your account');
    expect(reply).toContain('Once you\'ve confirmed who you are');
  });
});

describe('RF-17 / FL-04 a Spanish copy of the notice', () => {
  it('RF-17: how to get the notice in Spanish', async () => {
    const maria = await conversations.maria();
    const reply = await maria('can i get the notice in spanish?');
    expect(reply).toContain('You can have a copy of your notice in Spanish: call Northwind Energy at (800) 555-0100');
  });

  it('RF-17: en español', async () => {
    const jose = await conversations.jose();
    expect(await jose('¿tienen la notificación en español?')).toContain('Puede recibir una copia de su aviso en español');
  });
});

describe('FL-02 hardship options the policy allows', () => {
  it("FL-02: the policy's plan and promise terms, no settlement below its tier, no pressure", async () => {
    const maria = await conversations.maria();
    const reply = await maria('what hardship options do you have?');
    expect(reply).toContain('a payment plan of up to 12 months with weekly, every two weeks or monthly payments from $25.00');
    expect(reply).toContain('a promise to pay from $10.00 on a date up to 14 days from today');
    expect(reply).not.toContain('settling for');
    expect(reply).toContain("There's no pressure to pay today.");
  });

  it("FL-02: en español, con la liquidación que el motor ofrece a esta cuenta", async () => {
    const jose = await conversations.jose();
    const reply = await jose('¿qué opciones tengo si no puedo pagar?');
    expect(reply).toContain('un plan de pagos de hasta 12 meses');
    expect(reply).toMatch(/liquidar por \$\d[\d,]*\.\d\d si paga a más tardar el \d+ de \w+ de 2026/);
    expect(reply).toContain('No tiene que pagar hoy.');
  });

  it('FL-02 / RF-01: before verification, the options in general and no amount', async () => {
    const say = conversations.texter('+15125550101');
    const reply = await say('do you have any hardship programs');
    expect(reply).not.toMatch(dollars);
  });
});
