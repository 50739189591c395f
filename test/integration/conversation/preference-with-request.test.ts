import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContactPreferences } from '../../../src/domain/contact-preferences';
import { play, startTranscriptTable, type Row, type TranscriptTable } from '../../support/transcript-table';

/**
 * Issue #19 item 6: a contact preference said with an ordinary request (RF-02, RF-03, RF-06) is
 * stored and confirmed in one line, and the request is answered in the same turn as if sent alone:
 * after verification when it needs an account, like any opening request. Neither is an opt-out of
 * this conversation, a cease or hardship. Our own phrasings, EN and ES, over SMS and web chat.
 */
let table: TranscriptTable;
beforeAll(async () => {
  table = await startTranscriptTable();
}, 120_000);
afterAll(() => table.close());

const everyDay = [1, 2, 3, 4, 5, 6, 7];
const askDateOfBirth = { en: /please send your date of birth/, es: /responda con su fecha de nacimiento/ };
const askPhone = /what is the mobile number on it\?/;
/** What the preference must never turn into, and no second question beside the request. */
const neverEn = /unsubscribed|passed this to a specialist|What hours do you work|won't contact you/;
const neverEs = /cancelad|especialista|En qué horario trabaja|no le contactaremos/;

const balance = { en: /Balance now: \$1,240\.50/, es: /Saldo actual: \$860\.00/ };
const plans = { en: /Plans from |closest plans?|To confirm: \$[\d.,]+ a month/, es: /Planes desde el|planes? más cercanos|plan más cercano/ };

async function preferencesOf(accountId: string): Promise<ContactPreferences | undefined> {
  return (await table.store.getAccount(accountId))?.contactPreferences;
}

interface Case {
  name: string;
  debtor: 'maria' | 'jose';
  rows: Row[];
  stored: Partial<ContactPreferences> | ((stored: ContactPreferences) => void);
}

/** Before verification, over SMS: the line, then the first verification question; the request is answered once verified. */
const beforeVerification: Case[] = [
  {
    name: 'EN "pls dont text me at work, whats my balance": the workplace, then the balance',
    debtor: 'maria',
    rows: [
      ['pls dont text me at work, whats my balance', /Noted: nothing at your workplace\.[\s\S]*please send your date of birth/, /\$|What hours do you work/],
      ['3/14/85', /ZIP code/],
      ['78701', new RegExp(`Your balance is \\$1,240\\.50[\\s\\S]*${balance.en.source}`), neverEn],
    ],
    stored: { noWorkplaceContact: true },
  },
  {
    name: 'EN "can u not call my job. also i want a payment plan": the workplace, then the plans',
    debtor: 'maria',
    rows: [
      ['can u not call my job. also i want a payment plan', /Noted: nothing at your workplace\.[\s\S]*please send your date of birth/, neverEn],
      ['3/14/85', /ZIP code/],
      ['78701', plans.en, /What would you like to do\?/],
    ],
    stored: { noWorkplaceContact: true },
  },
  {
    name: 'EN "stop texting me during my shift but I can pay $50 friday": no opt-out, the promise is asked to confirm',
    debtor: 'maria',
    rows: [
      ['stop texting me during my shift but I can pay $50 friday', /Noted: nothing at your workplace\.[\s\S]*please send your date of birth/, neverEn],
      ['3/14/85', /ZIP code/],
      ['78701', /To confirm: you will pay \$50\.00 on .*Dec.* 4/, neverEn],
    ],
    stored: { noWorkplaceContact: true },
  },
  {
    name: 'EN "dont msg me before 10am. how much do i owe": the hour, then the balance',
    debtor: 'maria',
    rows: [
      ['dont msg me before 10am. how much do i owe', /Noted: no messages from us before 10:00 AM\.[\s\S]*please send your date of birth/, /\$/],
      ['3/14/85', /ZIP code/],
      ['78701', /Your balance is \$1,240\.50/, neverEn],
    ],
    stored: (stored) => expect(stored.inconvenientTimes).toContainEqual({ days: everyDay, start: '00:00', end: '10:00' }),
  },
  {
    name: 'EN "text me only after 6pm please, and I\'d like to pay the whole thing": the hour, then the pay-in-full offer',
    debtor: 'maria',
    rows: [
      ["text me only after 6pm please, and I'd like to pay the whole thing", /Noted: no messages from us before 6:00 PM\.[\s\S]*please send your date of birth/, neverEn],
      ['3/14/85', /ZIP code/],
      ['78701', /You can pay \$1,240\.50 in full by/, neverEn],
    ],
    stored: (stored) => expect(stored.inconvenientTimes).toContainEqual({ days: everyDay, start: '00:00', end: '18:00' }),
  },
  {
    name: 'EN "dont call my office!! i can pay 200 on the 15th": the workplace, then the promise',
    debtor: 'maria',
    rows: [
      ['dont call my office!! i can pay 200 on the 15th', /Noted: nothing at your workplace\.[\s\S]*please send your date of birth/, neverEn],
      ['3/14/85', /ZIP code/],
      ['78701', /To confirm: you will pay \$200\.00 on .*Dec.* 15/, neverEn],
    ],
    stored: { noWorkplaceContact: true },
  },
  {
    name: 'EN "no texts on weekends pls. can i set up payments": the days, then the plans',
    debtor: 'maria',
    rows: [
      ['no texts on weekends pls. can i set up payments', /Noted: no messages from us on weekends\.[\s\S]*please send your date of birth/, neverEn],
      ['3/14/85', /ZIP code/],
      ['78701', plans.en, neverEn],
    ],
    stored: (stored) => expect(stored.inconvenientTimes).toContainEqual({ days: [6, 7], start: '00:00', end: '23:59' }),
  },
  {
    name: 'ES "solo después de las 5pm por favor, y cuánto debo?": la hora, luego el saldo',
    debtor: 'jose',
    rows: [
      ['solo después de las 5pm por favor, y cuánto debo?', /Anotado: no le escribiremos antes de las 17:00\.[\s\S]*responda con su fecha de nacimiento/, /\$/],
      ['2/11/1979', /código postal/],
      ['33130', /Su saldo es \$860\.00/, neverEs],
    ],
    stored: (stored) => expect(stored.inconvenientTimes).toContainEqual({ days: everyDay, start: '00:00', end: '17:00' }),
  },
  {
    name: 'ES "no me llamen al trabajo, quiero hacer un plan de pagos": el trabajo, luego los planes',
    debtor: 'jose',
    rows: [
      ['no me llamen al trabajo, quiero hacer un plan de pagos', /Anotado: nada en su lugar de trabajo\.[\s\S]*responda con su fecha de nacimiento/, neverEs],
      ['2/11/1979', /código postal/],
      ['33130', plans.es, neverEs],
    ],
    stored: { noWorkplaceContact: true },
  },
  {
    name: 'ES "nada antes de las 10 porfa, puedo pagar 100 el viernes?": la hora, luego la promesa',
    debtor: 'jose',
    rows: [
      ['nada antes de las 10 porfa, puedo pagar 100 el viernes?', /Anotado: no le escribiremos antes de las 10:00\.[\s\S]*responda con su fecha de nacimiento/, neverEs],
      ['2/11/1979', /código postal/],
      ['33130', /Para confirmar: pagará \$100\.00 el .*4 de diciembre/, neverEs],
    ],
    stored: (stored) => expect(stored.inconvenientTimes).toContainEqual({ days: everyDay, start: '00:00', end: '10:00' }),
  },
];

describe('a preference said with a request before verification (issue #19 item 6, RF-02, RF-03)', () => {
  it.each(beforeVerification.map((c) => [c.name, c] as const))('%s', async (_name, { debtor, rows, stored }) => {
    const say = table.conversation(debtor);
    await play(say, rows);
    const preferences = await preferencesOf(debtor === 'maria' ? 'NW-1001' : 'NW-1002');
    expect(preferences).toBeDefined();
    if (typeof stored === 'function') stored(preferences!);
    else expect(preferences).toMatchObject(stored);
    expect((await table.store.getAccount(debtor === 'maria' ? 'NW-1001' : 'NW-1002'))?.flags ?? []).toEqual([]);
  });
});

describe('a preference said with a request once verified: both in the same reply', () => {
  it('EN SMS "dont text me before 9am, i want a payment plan" confirms the hour and lists the plans', async () => {
    const say = await table.verified('maria');
    await play(say, [["dont text me before 9am, i want a payment plan", new RegExp(`^Noted: no messages from us before 9:00 AM\\.\\n[\\s\\S]*(?:${plans.en.source})`), neverEn]]);
    expect((await preferencesOf('NW-1001'))?.inconvenientTimes).toContainEqual({ days: everyDay, start: '00:00', end: '09:00' });
  });

  it('ES SMS "no me escriban los domingos, cuánto debo?" confirma el día y da el saldo', async () => {
    const say = await table.verified('jose');
    await play(say, [['no me escriban los domingos, cuánto debo?', new RegExp(`^Anotado: no le escribiremos los domingos\\.\\n[\\s\\S]*${balance.es.source}`), neverEs]]);
    expect((await preferencesOf('NW-1002'))?.inconvenientTimes).toContainEqual({ days: [7], start: '00:00', end: '23:59' });
  });

  it('EN web chat "after 6 is fine for texts. can I do a payment plan?" confirms the hour and lists the plans', async () => {
    const say = await table.verified('maria', 'webchat');
    await play(say, [['after 6 is fine for texts. can I do a payment plan?', new RegExp(`Noted: no messages from us before 6:00 PM\\.[\\s\\S]*(?:${plans.en.source})`), neverEn]]);
    expect((await preferencesOf('NW-1001'))?.inconvenientTimes).toContainEqual({ days: everyDay, start: '00:00', end: '18:00' });
  });

  it('EN web chat at the plan prompt, "dont call my work, whats the balance" confirms, answers, and asks the plan question again', async () => {
    const say = await table.verified('maria', 'webchat');
    await play(say, [
      ['payment plan', plans.en],
      ['dont call my work, whats the balance', new RegExp(`Noted: nothing at your workplace\\.[\\s\\S]*${balance.en.source}[\\s\\S]*(?:${plans.en.source}|pick a plan)`), neverEn],
    ]);
    expect(await preferencesOf('NW-1001')).toMatchObject({ noWorkplaceContact: true });
  });
});

describe('a preference said with a request in web chat before verification', () => {
  it('EN "please don\'t message me at work, what\'s my balance?" confirms, asks for the number, and answers once verified', async () => {
    const say = table.conversation('maria', 'webchat');
    await play(say, [
      ["please don't message me at work, what's my balance?", new RegExp(`Noted: nothing at your workplace\\.[\\s\\S]*${askPhone.source}`), /\$|What hours do you work/],
      ['+15125550101', askDateOfBirth.en],
      ['3/14/85', /ZIP code/],
      ['78701', new RegExp(`Your balance is \\$1,240\\.50[\\s\\S]*${balance.en.source}`), neverEn],
    ]);
    expect(await preferencesOf('NW-1001')).toMatchObject({ noWorkplaceContact: true });
  });
});

describe('near misses: a preference alone still leaves the conversation where it was', () => {
  it('"please don\'t text me during my shift" alone asks for the hours and nothing else', async () => {
    const say = await table.verified('maria');
    await play(say, [["please don't text me during my shift", /^Noted: nothing at your workplace\. What hours do you work/, /Plans from|Balance now/]]);
  });

  it('"only after 5pm" alone before verification says nothing of a debt', async () => {
    const say = table.conversation('maria');
    await play(say, [['only after 5pm', /Noted: no messages from us before 5:00 PM\./, /\$|balance|date of birth/i]]);
  });
});
