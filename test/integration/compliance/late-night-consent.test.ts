import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Conversations } from './conversation-harness';

/**
 * RF-02 / 1006.6(b)(4)(i), issue #15 item 3: after the late-hour notice the debtor's own words of
 * going on continue the conversation, and the message that met the notice is answered after
 * verification; anything else gets one short reply saying when the assistant picks up, never
 * silence. Over SMS with the real app; each phrasing is its own session (the idle window apart).
 */
const IDLE = 31 * 60_000;

interface Debtor {
  phone: string;
  opening: string;
  dob: string;
  zip: string;
  lateNotice: RegExp;
  wait: RegExp;
  askDob: RegExp;
  verified: RegExp;
  /** The opening (a payment plan) answered: the plans, not the menu. */
  plans: RegExp;
  menu: RegExp;
}

const maria: Debtor = {
  phone: '+15125550101',
  opening: 'Hi, I want to set up a payment plan',
  dob: '03/14/1985',
  zip: '78701',
  lateNotice: /It's late where you are/,
  wait: /I'll pick this up after 8:00 AM your time/,
  askDob: /date of birth/,
  verified: /Your balance is \$1,240\.50\./,
  plans: /Plans from /,
  menu: /What would you like to do/,
};
const jose: Debtor = {
  phone: '+13055550102',
  opening: 'Hola, quiero un plan de pagos',
  dob: '02/11/1979',
  zip: '33130',
  lateNotice: /Es tarde donde usted está/,
  wait: /Seguiré después de las 8:00, su hora/,
  askDob: /fecha de nacimiento/,
  verified: /Su saldo es \$860\.00\./,
  plans: /Planes desde el/,
  menu: /Qué desea hacer/,
};

let conversations: Conversations;
beforeEach(async () => {
  // 21:30 in Austin (CST), 22:30 in Miami: late for both.
  conversations = await Conversations.start('2026-11-24T03:30:00Z');
});
afterEach(async () => {
  await conversations.close();
});

async function lateOpening(debtor: Debtor): Promise<(text: string) => Promise<string>> {
  conversations.app.clock.advance(IDLE);
  const say = conversations.texter(debtor.phone);
  const notice = await say(debtor.opening);
  expect(notice).toMatch(debtor.lateNotice);
  expect(notice).toMatch(/automated assistant|asistente automático/);
  expect(notice).not.toMatch(/\$\d/);
  return say;
}

const goOnEn = ['fine, go ahead now', 'go on', "yeah let's do it", 'ok continue', 'contnue pls', 'yesss go ahed', "it's fine, we can keep going", 'sure, carry on'];
const goOnEs = ['ahora está bien', 'sí, sigamos', 'dale, adelante', 'continuar por favor', 'sigamos ahora', 'claro que sí, continuemos'];

describe.each([
  ['English', maria, goOnEn],
  ['Spanish', jose, goOnEs],
] as const)('RF-02 late-night consent in the debtor\'s words (%s)', (_language, debtor, phrasings) => {
  it(`RF-02 each agreement to go on continues into verification, recorded as consent (${phrasings.length} phrasings)`, async () => {
    for (const goOn of phrasings) {
      const say = await lateOpening(debtor);
      const going = await say(goOn);
      expect(going, goOn).toMatch(debtor.askDob);
      expect(going, goOn).not.toMatch(debtor.wait);
      await say(debtor.dob);
      expect(await say(debtor.zip), goOn).toMatch(debtor.verified);
    }
    const events = await conversations.transcriptEvents(debtor === maria ? 'NW-1001' : 'NW-1002');
    expect(events.filter((event) => event === 'consent.late_night')).toHaveLength(phrasings.length);
  });
});

describe('RF-02 anything but agreement gets a short reply saying when, never silence', () => {
  const nearMissesEn = ['no not now', 'tomorrow', 'later', 'who is this?', 'asdf', 'ok later', 'yes but not now', 'maybe', "what's my balance", 'go away'];
  const nearMissesEs = ['ahora no', 'mañana', 'luego', '¿quién es?', 'jklm', 'sí pero mañana', '¿cuánto debo?'];

  it.each([
    ['English', maria, nearMissesEn],
    ['Spanish', jose, nearMissesEs],
  ] as const)('RF-02 %s near misses each get the wait reply and never continue; agreement still works after them', async (_language, debtor, nearMisses) => {
    const say = await lateOpening(debtor);
    let falseTriggers = 0;
    for (const text of nearMisses) {
      const reply = await say(text);
      expect(reply, text).toMatch(debtor.wait);
      expect(reply, text).not.toMatch(/\$\d/);
      // AI-01: the notice carried the disclosure; the short replies after it do not repeat it.
      expect(reply, text).not.toMatch(/automated assistant|asistente automático/);
      if (debtor.askDob.test(reply)) falseTriggers += 1;
    }
    expect(falseTriggers).toBe(0);
    expect(await say(debtor === maria ? 'ok go ahead' : 'sí, continuar')).toMatch(debtor.askDob);
  });

  it('RF-02 agreement with a request of its own goes on into verification', async () => {
    conversations.app.clock.advance(IDLE);
    const say = conversations.texter(maria.phone);
    expect(await say('Hi')).toMatch(maria.lateNotice);
    expect(await say('ok go ahead, I need a payment plan')).toMatch(maria.askDob);
    await say(maria.dob);
    expect(await say(maria.zip)).toMatch(maria.verified);
  });

  it('RF-02 a hello answered after consent starts verification, then the menu', async () => {
    conversations.app.clock.advance(IDLE);
    const say = conversations.texter(maria.phone);
    expect(await say('Hi')).toMatch(maria.lateNotice);
    expect(await say('go on')).toMatch(maria.askDob);
    await say(maria.dob);
    expect(await say(maria.zip)).toMatch(maria.menu);
  });
});

describe('RF-02 the message that met the notice is answered once the debtor goes on', () => {
  it.each([
    ['English', maria, ['I need a payment plan', 'fine, go ahead now'], ['can I do a payment plan', "yeah let's do it"]],
    ['Spanish', jose, ['quiero un plan de pagos', 'ahora está bien'], ['necesito un plan de pagos', 'sí, sigamos']],
  ] as const)('RF-02 %s: verified in the evening, the late request is answered after "go on", not lost', async (_language, debtor, first, second) => {
    for (const [opening, goOn] of [first, second]) {
      // Verified at 20:50 in Austin / 19:50 in Miami... then it is past 21:00 where they are.
      const c = await Conversations.start(debtor === maria ? '2026-11-24T02:50:00Z' : '2026-11-24T01:50:00Z');
      try {
        const say = c.texter(debtor.phone);
        await say(debtor.opening.split(',')[0]!);
        await say(debtor.dob);
        expect(await say(debtor.zip)).toMatch(debtor.menu);
        c.app.clock.advance(20 * 60_000);
        const notice = await say(opening);
        expect(notice).toMatch(debtor.lateNotice);
        expect(notice).not.toMatch(debtor.plans);
        const answered = await say(goOn);
        expect(answered, goOn).toMatch(debtor.plans);
        expect(answered, goOn).not.toMatch(debtor.wait);
      } finally {
        await c.close();
      }
    }
  });
});
