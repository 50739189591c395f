import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Conversations } from '../compliance/conversation-harness';

/**
 * Issue #15 item 4, never silent before a person joins: while a handoff case waits (not yet
 * claimed), each new message gets an acknowledgement, at most one every few minutes, saying a
 * specialist will reply and by when; a right invoked while waiting is acknowledged in its own
 * words, raises its flag and joins the case's reasons and priority. Once a specialist holds the
 * conversation the assistant is silent. Over SMS with the real app.
 */
const IDLE = 31 * 60_000;
const FEW_MINUTES = 5 * 60_000;

type Say = (text: string) => Promise<string>;
interface Case {
  id: string;
  reason: string;
  reasons?: string[];
  priority: number;
  status: string;
  slaDueAt: string;
}

let conversations: Conversations;
beforeEach(async () => {
  conversations = await Conversations.start();
});
afterEach(async () => {
  await conversations.close();
});

async function cases(accountId: string): Promise<Case[]> {
  return (await conversations.account(accountId)).handoffs;
}
async function newestCase(accountId: string): Promise<Case> {
  const all = await cases(accountId);
  return all.sort((a, b) => (a.id < b.id ? -1 : 1)).find((c) => c.status !== 'resolved' && !seen.has(c.id)) ?? all.at(-1)!;
}
const seen = new Set<string>();

async function verify(phone: string, texts: string[]): Promise<Say> {
  const say = conversations.texter(phone);
  for (const text of texts) await say(text);
  return say;
}

const en = {
  account: 'NW-1001',
  verified: () => conversations.maria(),
  reverified: () => verify('+15125550101', ['Hi', 'March 14, 1985', '78701']),
  askPerson: 'talk to a person',
  waiting: /A specialist will reply here by 4:00 PM today\./,
  disputeAck: /I've noted that you dispute this/,
  hello: ['hello? is anyone there', 'still waiting...', 'helo??', 'how long is this going to take', 'ok thanks', 'is someone coming or not', '👋', 'and can I pay 50 instead'],
  disputes: ["this isn't my debt", 'I dont owe this', 'not my debt!!', 'that debt is not mine, never had an account with you', 'i never owed ths money', 'hello? also this isnt my debt'],
};
const es = {
  account: 'NW-1002',
  verified: () => conversations.jose(),
  reverified: () => verify('+13055550102', ['Hola', '02/11/1979', '33130']),
  askPerson: 'estoy pasando por momentos difíciles, perdí mi trabajo',
  waiting: /Un especialista le responderá aquí hoy antes de las/,
  disputeAck: /Anoté que usted disputa esta cuenta/,
  hello: ['¿hola? ¿hay alguien?', 'sigo esperando', 'ola??', '¿cuánto va a tardar?', 'ok gracias', 'y puedo pagar 50 en vez'],
  disputes: ['esta deuda no es mía', 'no debo esto', 'esa deuda no es mia', 'la deuda no es mía', 'esta deuda no es mia, nunca tuve cuenta con ustedes', 'hola? esta deuda no es mía'],
};

describe.each([
  ['English', en],
  ['Spanish', es],
] as const)('while a case waits for a person (%s)', (_language, debtor) => {
  it('the first message after the case opened is acknowledged with when a person will reply; then at most one every few minutes', async () => {
    const say: Say = await debtor.verified();
    await say(debtor.askPerson);
    const [first, ...rest] = debtor.hello;
    expect(await say(first!)).toMatch(debtor.waiting);
    for (const text of rest.slice(0, 2)) expect(await say(text), text).toBe('');
    conversations.app.clock.advance(FEW_MINUTES);
    for (const text of rest.slice(2)) {
      const reply = await say(text);
      expect(reply, text).toMatch(debtor.waiting);
      // Nothing but the acknowledgement: no offer, no menu, no figures.
      expect(reply, text).not.toMatch(/\$\d|\n\d /);
      conversations.app.clock.advance(FEW_MINUTES);
    }
    // None of those raised a right: the case keeps its one reason (0 false triggers).
    const waitingCase = await newestCase(debtor.account);
    expect(waitingCase.reasons ?? [waitingCase.reason]).toHaveLength(1);
    expect((await conversations.account(debtor.account)).flags ?? []).not.toContain('dispute');
  });

  it(`a dispute while waiting is acknowledged in its own words, flagged, and raises the case (${debtor.disputes.length} phrasings)`, async () => {
    for (const text of debtor.disputes) {
      conversations.app.clock.advance(IDLE);
      // After the first dispute the account is on hold: verified, it is offered nothing, but may still ask for a person.
      const say: Say = await debtor.reverified();
      await say(debtor.askPerson);
      const before = await newestCase(debtor.account);
      const reply = await say(text);
      expect(reply, text).toMatch(debtor.disputeAck);
      const after = (await cases(debtor.account)).find((c) => c.id === before.id)!;
      expect(after.reasons, text).toEqual([before.reason, 'dispute']);
      expect(after.priority, text).toBe(Math.min(before.priority, 2));
      expect(Date.parse(after.slaDueAt), text).toBeLessThanOrEqual(Date.parse(before.slaDueAt));
      expect((await conversations.account(debtor.account)).flags, text).toContain('dispute');
      // Said again, it adds nothing new: the ordinary acknowledgement, or none within minutes.
      expect(await say(text), text).not.toMatch(debtor.disputeAck);
      seen.add(before.id);
      // The dispute flag pauses collection; a resolved case lets the next phrasing start afresh.
      await conversations.post(`/api/handoffs/${before.id}/claim`, { specialist: 'sam' });
      await conversations.post(`/api/handoffs/${before.id}/resolve`, { outcome: 'test', outcomeCode: 'other' });
    }
    const events = await conversations.transcriptEvents(debtor.account);
    expect(events.filter((event) => event === 'handoff.reason_added')).toHaveLength(debtor.disputes.length);
  });
});

describe('a common question while a case waits (issue #15 item 4, RF-15)', () => {
  it.each(['hmm wait is that gonna show on my credit', 'will this hurt my credit score?', 'does this go on my credit report', 'is there a fee to pay online?'])(
    '"%s" gets its approved answer even within minutes of the acknowledgement',
    async (question) => {
      const say = await conversations.maria();
      await say('talk to a person');
      expect(await say('hello?')).toMatch(en.waiting);
      const reply = await say(question);
      expect(reply).toMatch(/credit|fee/i);
      expect(reply).not.toMatch(en.waiting);
    },
  );
});

describe('once a specialist holds the conversation', () => {
  it('the assistant stays silent (STOP and HELP aside), and a right still joins the case', async () => {
    const say = await conversations.maria();
    await say('talk to a person');
    const open = await newestCase('NW-1001');
    expect((await conversations.post(`/api/handoffs/${open.id}/claim`, { specialist: 'sam' })).status).toBe(200);
    const silent = ['hello?', 'are you there', 'ok'];
    const replies = [];
    for (const text of silent) replies.push(await say(text));
    // At most the one holding notice the claimed conversation always had; never the waiting acknowledgement.
    expect(replies.filter((reply) => reply !== '').length).toBeLessThanOrEqual(1);
    for (const reply of replies) expect(reply).not.toMatch(/will reply here by/);
    await say("this isn't my debt");
    const held = (await cases('NW-1001')).find((c) => c.id === open.id)!;
    expect(held.reasons).toEqual(['requested_person', 'dispute']);
    expect(await say('HELP')).toMatch(/For help call/);
  });
});
