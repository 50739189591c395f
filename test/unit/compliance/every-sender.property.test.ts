import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstMessage } from '../../../src/campaigns/campaign';
import { TranscriptLog } from '../../../src/audit/transcript-log';
import { OptOutRegistry } from '../../../src/conversation/opt-outs';
import type { Account, AccountFlag } from '../../../src/domain/account';
import { noContactPreferences, type ContactPreferences } from '../../../src/domain/contact-preferences';
import type { HandoffCase } from '../../../src/domain/handoff-case';
import { DebtorMessenger } from '../../../src/handoff/debtor-messenger';
import { ContactLedger } from '../../../src/outreach/contact-ledger';
import { OutreachSender } from '../../../src/outreach/outreach-sender';
import { MemoryStore } from '../../../src/store/memory';
import { handoffMessages } from '../../../prompts/handoff';
import { outreachMessages } from '../../../prompts/outreach';
import { anAccount } from '../../fixtures/accounts';
import { samplePolicy } from '../../fixtures/policy';

/**
 * Issue #19 item 8: every message the assistant starts without an inbound turn (reminders,
 * missed-payment follow-ups, plan thank-yous, campaign texts, the handoff SLA apology) and a
 * specialist's proposal goes through the same gate, so none reaches an account under any flag or
 * preference. The real senders run on a memory store with a recording SMS provider; fast-check
 * picks the sender, the restriction, the moment of the week and what the message claims of itself
 * (collection content or not, verified or not), so no sender's own metadata can open a way through.
 */

/** Tuesday 16 June 2026, 10:00 in Chicago: inside every window. */
const tuesdayMorning = new Date('2026-06-16T15:00:00Z');

const stoppingFlags: AccountFlag[] = ['cease', 'refusal_to_pay', 'attorney', 'wrong_number', 'bankruptcy', 'deceased', 'crisis', 'threat', 'identity_theft'];

type Restriction = { flag: AccountFlag } | { optedOut: true } | { preferences: Partial<ContactPreferences> };

/** Designations that cover the moment of sending: the whole week, or every working hour. */
const restrictions: Restriction[] = [
  ...stoppingFlags.map((flag) => ({ flag })),
  { optedOut: true },
  { preferences: { inconvenientTimes: [{ days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '23:59' }] } },
  { preferences: { inconvenientTimes: [{ days: [1, 2, 3, 4, 5, 6, 7], start: '08:00', end: '21:00' }], noWorkplaceContact: true } },
  { preferences: { stoppedMedia: ['sms'], preferredMedia: ['email'] } },
];

interface World {
  store: MemoryStore;
  sent: { to: string; body: string }[];
  outreach: OutreachSender;
  messenger: DebtorMessenger;
  now: Date;
}

async function worldFor(account: Account, optedOut: boolean, now: Date): Promise<World> {
  const clock = { now: () => now };
  const store = new MemoryStore(clock);
  await store.putAccounts([account]);
  const transcripts = new TranscriptLog(store);
  const optOuts = new OptOutRegistry(store);
  if (optedOut) await optOuts.optOut('sms', account.phone, now);
  // The debtor verified in the conversation the case came from, so the proposal may state amounts (RF-01).
  await transcripts.record({ at: now.toISOString(), direction: 'event', channel: 'sms', conversationId: `sms:${account.phone}`, actor: 'debtor', text: 'verified', event: 'verified' });
  const sent: World['sent'] = [];
  const sms = { send: async (to: string, body: string) => (sent.push({ to, body }), { sid: `SM${sent.length}` }) };
  const policy = samplePolicy;
  const outreach = new OutreachSender({ store, policy, clock, transcripts, optOuts, contacts: new ContactLedger(store), sms });
  const messenger = new DebtorMessenger({ store, policy, clock, transcripts, optOuts, directLine: { deliver: async () => 'activity' }, sms });
  return { store, sent, outreach, messenger, now };
}

function caseFor(account: Account, now: Date): HandoffCase {
  return {
    id: 'H-1',
    accountId: account.id,
    conversationId: `sms:${account.phone}`,
    reason: 'requested_person',
    priority: 2,
    status: 'open',
    channel: 'sms',
    address: account.phone,
    createdAt: now.toISOString(),
    slaDueAt: now.toISOString(),
    claimedBy: null,
    summary: '',
  };
}

interface Claims {
  collectionContent: boolean;
  verified: boolean;
}

/** Each sender as the code sends it; true when a text reached the provider. */
const senders: Record<string, (world: World, account: Account, claims: Claims) => Promise<boolean>> = {
  'payment reminder': async ({ outreach }, account, claims) => {
    const text = outreachMessages[account.language].reminder('Northwind Energy', 10000, '2026-06-20', 'https://pay.example.com/x');
    return (await outreach.send({ sendId: 'reminder', account, text, allowedAmounts: [10000], allowedDates: ['2026-06-20'], ...claims })).status === 'sent';
  },
  'missed-payment follow-up': async ({ outreach }, account, claims) => {
    const text = outreachMessages[account.language].missedPayment('Northwind Energy', 10000, '2026-06-12', 'https://pay.example.com/x');
    return (await outreach.send({ sendId: 'missed', account, text, allowedAmounts: [10000], allowedDates: ['2026-06-12'], ...claims })).status === 'sent';
  },
  'plan thank-you': async ({ outreach }, account, claims) => {
    const text = outreachMessages[account.language].planCompleted('Northwind Energy', 30000);
    return (await outreach.send({ sendId: 'thanks', account, text, allowedAmounts: [30000], allowedDates: [], ...claims })).status === 'sent';
  },
  'campaign text': async ({ outreach }, account, claims) => {
    const text = firstMessage(account.language, samplePolicy);
    return (await outreach.send({ sendId: 'campaign', account, text, allowedAmounts: [], allowedDates: [], ...claims })).status === 'sent';
  },
  'handoff SLA apology': async ({ messenger, now }, account, claims) => {
    const text = (language: 'en' | 'es') => handoffMessages[language].delayed('5:00 PM today');
    return (await messenger.send(caseFor(account, now), text, 'assistant', { collectionContent: claims.collectionContent, amounts: [], dates: [] })).sent;
  },
  'specialist proposal notice': async ({ messenger, now }, account) => {
    const text = 'Sam can offer 3 monthly payments of $100.00, the first on June 20, 2026. Reply YES to accept or NO to decline.';
    return (await messenger.send(caseFor(account, now), text, 'sam', { collectionContent: true, amounts: [10000], dates: ['2026-06-20'] })).sent;
  },
};

function restricted(restriction: Restriction): Account {
  if ('flag' in restriction) return anAccount({ flags: [restriction.flag] });
  if ('preferences' in restriction) return anAccount({ contactPreferences: { ...noContactPreferences, updatedAt: tuesdayMorning.toISOString(), ...restriction.preferences } });
  return anAccount();
}

/** A moment inside the policy's window in Chicago (08:00-20:59), any day of a week in June 2026. */
const daytime = fc.record({ day: fc.integer({ min: 0, max: 6 }), minute: fc.integer({ min: 8 * 60, max: 21 * 60 - 1 }) }).map(({ day, minute }) => new Date(Date.UTC(2026, 5, 15 + day, 5, minute)));

describe('RF-02, RF-06, RF-07, RF-08, RF-11, RF-12, RF-14, RF-22, AI-02, TC-02: every bot-initiated sender x every flag and preference', () => {
  it('no sender reaches a restricted account or a designated inconvenient time', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(senders)),
        fc.constantFrom(...restrictions),
        daytime,
        fc.record({ collectionContent: fc.boolean(), verified: fc.boolean() }),
        fc.constantFrom<'en' | 'es'>('en', 'es'),
        async (sender, restriction, now, claims, language) => {
          const account = { ...restricted(restriction), language };
          const world = await worldFor(account, 'optedOut' in restriction, now);
          expect(await senders[sender]!(world, account, claims)).toBe(false);
          expect(world.sent).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  // The property above would hold for a gate that sends nothing: each sender does reach an unrestricted account.
  it.each(Object.keys(senders))('RF-02 control: the %s reaches an account with no flag or preference on a Tuesday morning', async (sender) => {
    const account = anAccount();
    const world = await worldFor(account, false, tuesdayMorning);
    expect(await senders[sender]!(world, account, { collectionContent: sender !== 'campaign text' && sender !== 'handoff SLA apology', verified: sender !== 'campaign text' })).toBe(true);
    expect(world.sent.length).toBeGreaterThan(0);
  });

  it('RF-02: a reminder held by a designated time goes once the time ends, not before', async () => {
    const account = restricted({ preferences: { inconvenientTimes: [{ days: [1, 2, 3, 4, 5], start: '07:00', end: '15:00' }] } });
    const world = await worldFor(account, false, tuesdayMorning);
    const text = outreachMessages.en.reminder('Northwind Energy', 10000, '2026-06-20', 'https://pay.example.com/x');
    const result = await world.outreach.send({ sendId: 'reminder', account, text, verified: true, collectionContent: true, allowedAmounts: [10000], allowedDates: ['2026-06-20'] });
    // 15:00 in Chicago (CDT) is 20:00 UTC.
    expect(result).toEqual({ status: 'held', until: new Date('2026-06-16T20:00:00.000Z') });
  });
});
