import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { play, startTranscriptTable, type TranscriptTable } from '../../support/transcript-table';

/**
 * Issue #15: no question is sent three times in a row, verification's included. A miss asks again,
 * a second miss rephrases with an example, a third offers a person and the creditor's phone beside
 * the question; the debtor can still answer, and "talk to a person" reaches one.
 */
let table: TranscriptTable;
beforeEach(async () => {
  table = await startTranscriptTable();
}, 120_000);
afterEach(() => table.close());

const person = /say "talk to a person", or call Northwind Energy/;
const personEs = /diga "hablar con una persona", o llame a Northwind Energy/;

describe('verification questions never asked three times alike (issue #15)', () => {
  it.each([
    ['huh', 'menu', 'huh?'],
    ['??', '??', 'idk'],
    ['i dont remember', 'i dont remember', 'whatever'],
    ['hello?', 'what', 'menu'],
    ['my birthday?', 'why do u need that', 'no'],
  ])('EN date of birth: "%s", "%s", "%s" -> re-ask, rephrase, then a person offered; then the answer still works', async (a, b, c) => {
    const say = table.conversation('maria');
    await say('Hi');
    await play(say, [
      [a, /^Sorry, I didn't catch that\. Please send your date of birth/],
      [b, /Sorry, I didn't catch a date\. Please send your date of birth like 03\/14\/1985/],
      [c, person],
      ['March 14, 1985', /ZIP code/],
      ['78701', /Your balance is \$1,240\.50/],
    ]);
  });

  it('EN ZIP: three misses in a row get three different replies, the third with a person', async () => {
    const say = table.conversation('maria');
    await say('Hi');
    await say('3/14/85');
    await play(say, [
      ['what', /^Sorry, I didn't catch that\. What is the ZIP code on your account\?/, /Thanks\./],
      ['menu', /Please send the 5-digit ZIP code/],
      ['hmm', person],
      ['78701', /Your balance is \$1,240\.50/],
    ]);
  });

  it.each([
    ['qué', 'menú', 'qué?'],
    ['mmm', 'no sé', 'ok'],
    ['para qué', 'mmm', 'no entiendo'],
  ])('ES fecha de nacimiento: "%s", "%s", "%s" -> re-ask, rephrase, then a person offered', async (a, b, c) => {
    const say = table.conversation('jose');
    await say('Hola');
    await play(say, [
      [a, /^Perdón, no lo entendí\. Envíe su fecha de nacimiento/],
      [b, /Perdón, no entendí la fecha/],
      [c, personEs],
      ['02/11/1979', /código postal/],
    ]);
  });

  it('web chat: the phone number asked three times gets three different replies, the third with a person', async () => {
    const say = table.conversation('maria', 'webchat');
    await say('Hi');
    await play(say, [
      ['hello?', /^Sorry, I didn't catch that\. To find your account, what is the mobile number on it\?/],
      ['my phone', /Please send a 10-digit US phone number/],
      ['why', person],
      ['512-555-0101', /date of birth/],
    ]);
  });

  it('after the person is offered, "talk to a person" reaches one', async () => {
    const say = table.conversation('maria');
    await say('Hi');
    for (const miss of ['what', 'huh', 'idk']) await say(miss);
    expect(await say('talk to a person')).toMatch(/specialist/);
  });

  it.each([
    ['ok so what do i owe', 'i need to know what i owe first'],
    ['can i just pay like 300 and be done', 'i want a payment plan'],
    ['thats way too much, can we do a plan', 'how much is it'],
    ['i want to pay this off', 'can i pay friday'],
  ])('EN: a request instead of the date of birth ("%s", "%s") is acknowledged, never "didn\'t catch that", and kept for after verification', async (a, b) => {
    const say = table.conversation('maria');
    await say('Hi');
    await play(say, [
      [a, /^I can help with that as soon as I've confirmed it's you\. Please send your date of birth/],
      [b, /^Noted: that's next, once I've confirmed it's you\. Please send your date of birth/],
      ['03/14/1985', /ZIP code/],
      ['78701', /Your balance is \$1,240\.50/],
    ]);
  });

  it.each([
    "I'm going to come down there and make you pay for this",
    'keep calling me and see what happens when i find your office',
  ])('EN: "%s" at the date of birth is no request to help with: never "I can help with that"', async (text) => {
    const say = table.conversation('maria');
    await say('Hi');
    const answer = await say(text);
    expect(answer).not.toMatch(/I can help with that|Noted: that's next/);
    expect(answer).toMatch(/date of birth/);
  });

  it.each([
    ['who is this', /^This is Northwind Energy's automated assistant\. Please send your date of birth/],
    ['who r u', /^This is Northwind Energy's automated assistant\. Please send your date of birth/],
  ])('EN: "%s" at the date of birth is answered before the question', async (text, answer) => {
    const say = table.conversation('maria');
    await say('Hi');
    await play(say, [[text, answer]]);
  });

  it('EN: the request made at the ZIP question is what is answered after verification', async () => {
    const say = table.conversation('maria');
    await say('Hi');
    await say('3/14/85');
    await play(say, [
      ['can i set up a payment plan', /^I can help with that as soon as I've confirmed it's you\. What is the ZIP code/],
      ['78701', /Your balance is \$1,240\.50[\s\S]*Plans from /],
    ]);
  });

  it('EN: a third request in a row still reaches the person and the phone, not the question alone', async () => {
    const say = table.conversation('maria');
    await say('Hi');
    await play(say, [
      ['what do i owe', /^I can help with that/],
      ['how much is it', /^Noted: that's next/],
      ['just tell me the balance', person],
    ]);
  });

  it.each([
    ['cuánto debo', 'quiero un plan de pagos'],
    ['quiero pagar esto ya', 'cuanto es'],
  ])('ES: una petición en vez de la fecha ("%s", "%s") se reconoce y se atiende tras verificar', async (a, b) => {
    const say = table.conversation('jose');
    await say('Hola');
    await play(say, [
      [a, /^Le ayudo con eso en cuanto confirme que es usted\. Envíe su fecha de nacimiento/],
      [b, /^Anotado: lo vemos en cuanto confirme que es usted\./],
      ['02/11/1979', /código postal/],
    ]);
  });

  it('EN: "wait ya" and "idk" at the ZIP question keep the conversation in English', async () => {
    const say = table.conversation('maria');
    await say('Hi');
    await say('3/14/85');
    await play(say, [
      ['wait ya', /^Sorry, I didn't catch that\. What is the ZIP code/],
      ['idk', /^Please send the 5-digit ZIP code/],
    ]);
  });
});
