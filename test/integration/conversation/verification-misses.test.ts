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
    ['what do I owe', 'menu', 'huh?'],
    ['who is this', '??', 'idk'],
    ['can i just pay', 'i dont remember', 'whatever'],
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
    ['cuánto debo', 'menú', 'qué?'],
    ['quién es', 'no sé', 'ok'],
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
});
