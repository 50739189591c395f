import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Conversations, unknownNumber } from './conversation-harness';

/**
 * Wrong numbers and third parties (RF-01, RF-11, RF-12, TC-06) and refusals to pay (RF-07),
 * through the real app over SMS. The clock starts on Monday 23 November 2026, 12:00 in Austin.
 * Kevin (NW-1004, +16175550104) and Tom (NW-1006) are sample accounts nobody verifies here.
 */
let talk: Conversations;
beforeEach(async () => {
  talk = await Conversations.start();
});
afterEach(async () => {
  await talk.close();
});

/** Words that would tell a stranger about a debt or promise them a follow-up (RF-01, RF-11). */
const debtCue = /\$\d|debt|owe|balance|payment|past due|collection|deuda|debe|saldo|pago|specialist|especialista|follow up/i;

const wrongNumbers = [
  'wrong number',
  "wrong number, and I don't owe you anything",
  'you have the wrong person',
  'i think u got the wrong #',
  "this isn't kevin's phone anymore, I got this number in may",
  'nobody here by that name, stop texting',
  'número equivocado',
  'no soy esa persona, se equivocaron',
  'creo que tienen la persona equivocada, no conozco a ningún kevin',
];

describe('RF-11 / TC-06 wrong numbers', () => {
  it.each(wrongNumbers)('RF-11: "%s" gets one apology with no debt cue, no dispute, no case, and the number is suppressed', async (text) => {
    const kevin = talk.texter('+16175550104');
    const answer = await kevin(text);
    expect(answer).toMatch(/Sorry for the trouble|Perdón por la molestia/);
    expect(answer).not.toMatch(debtCue);
    const account = await talk.account('NW-1004');
    expect(account.flags).toEqual(['wrong_number']);
    expect(account.handoffs).toEqual([]);
    expect(account.optOuts).toEqual([expect.objectContaining({ channel: 'sms', address: '+16175550104' })]);
    expect(await kevin('hello? who is this')).toBe('');
  });

  it('RF-11: no later "sorry for the wait", reminder or follow-up reaches the number', async () => {
    const kevin = talk.texter('+16175550104');
    // A case opened before the sender said it was the wrong number: its SLA notice must not go either.
    await kevin('talk to a person');
    await kevin("you have the wrong number, I don't owe anything");
    talk.app.clock.set(new Date('2026-11-25T16:00:00Z'));
    await talk.app.outreach.runDue();
    expect(talk.app.twilioApi.sent.filter((sms) => sms.To === '+16175550104')).toEqual([]);
  });

  it('RF-11: a number the creditor has no account for is apologised to and suppressed all the same', async () => {
    const from = unknownNumber();
    const say = talk.texter(from);
    expect(await say('wrong number')).toMatch(/Sorry for the trouble/);
    expect(await say('hi')).toBe('');
  });
});

const thirdParties = [
  'this is his wife',
  'this is his wife, how much does he owe',
  "hi i'm kevin's roommate, he moved out last month",
  'i am his mother, he asked me to deal with this',
  'its his son, what is this about',
  'soy su esposa, ¿de qué se trata?',
  'soy la hermana de kevin, él no tiene celular',
  'le escribo de parte de mi papá',
];

describe('RF-01 / RF-12 someone other than the account holder', () => {
  it.each(thirdParties)('RF-12: "%s" is told only the account holder can discuss the account, without being asked to verify', async (text) => {
    const answer = await talk.texter('+16175550104')(text);
    expect(answer).toMatch(/only discuss this account with the account holder|Solo puedo hablar de esta cuenta con el titular/);
    expect(answer).not.toMatch(/date of birth|ZIP|fecha de nacimiento|código postal/i);
    expect(answer).not.toMatch(debtCue);
    expect(await talk.transcriptEvents('NW-1004')).toContain('third_party.declared');
  });

  it('RF-12: a relative reporting a death gets condolences, the approved statement, a request for the estate contact, and a pause', async () => {
    const answer = await talk.texter('+16175550104')('this is his wife, kevin passed away last week');
    expect(answer).toMatch(/sorry for your loss/);
    expect(answer).toMatch(/Family members are generally not required to pay a relative's bills from their own money/);
    expect(answer).toMatch(/person handling the estate/);
    expect(answer).not.toMatch(/\$\d|you are responsible|debt/i);
    const account = await talk.account('NW-1004');
    expect(account.flags).toContain('deceased');
    expect(account.handoffs).toEqual([expect.objectContaining({ reason: 'deceased', priority: 1 })]);
  });

  it('RF-12: the same in Spanish', async () => {
    const answer = await talk.texter('+13055550102')('mi esposo falleció el mes pasado');
    expect(answer).toMatch(/Lamento mucho su pérdida/);
    expect(answer).toMatch(/los familiares no están obligados a pagar/);
    expect(answer).toMatch(/sucesión/);
    expect((await talk.account('NW-1002')).flags).toContain('deceased');
  });

  it('RF-01: a verified session that turns out to be someone else says no more about the account', async () => {
    const maria = await talk.maria();
    expect(await maria('actually this is her husband, she left her phone')).toMatch(/only discuss this account with the account holder/);
    const next = await maria('so how much is it');
    expect(next).not.toMatch(/\$\d/);
    expect(next).toMatch(/date of birth/);
  });
});

const refusals = [
  "I'm not paying this",
  'never paying you',
  "i refuse to pay, you'll never get a cent from me",
  'im not payin that',
  "what's the balance? doesn't matter, i'm not paying",
  'no voy a pagar',
  'no pienso pagarles nada',
  'jamás les voy a pagar esto',
];

describe('RF-07 a refusal to pay in writing', () => {
  it.each(refusals)('RF-07: "%s" gets one neutral acknowledgement, no persuasion, and the refusal is recorded', async (text) => {
    const spanish = /voy|pienso|jamás/.test(text);
    const say = spanish ? await talk.jose() : await talk.maria();
    const answer = await say(text);
    expect(answer).toMatch(spanish ? /^Anoté que se niega a pagar esta cuenta\. Dejaremos de contactarle/ : /^I've noted that you refuse to pay this account\. We'll stop contacting you/);
    expect(answer.split('\n').filter((line) => !/STOP/.test(line))).toHaveLength(1);
    expect(answer).not.toMatch(/are you sure|reconsider|plan|settle|\$\d|seguro|plan de pagos/i);
    expect((await talk.account(spanish ? 'NW-1002' : 'NW-1001')).flags).toContain('refusal_to_pay');
  });

  it('RF-07: after a refusal nothing asks for money again', async () => {
    const maria = await talk.maria();
    await maria("I'm not paying this");
    for (const next of ['how much do I owe', '1', 'can I do a plan']) expect(await maria(next)).not.toMatch(/\$\d/);
  });

  it('RF-07: "not today" refuses nothing', async () => {
    const maria = await talk.maria();
    expect(await maria("I'm not paying today, I'll pay 100 on Friday")).toMatch(/To confirm: you will pay \$100\.00/);
    expect((await talk.account('NW-1001')).flags).toEqual([]);
  });
});
