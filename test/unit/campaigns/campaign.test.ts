import { describe, expect, it } from 'vitest';
import {
  audienceSchema,
  eligibilityOf,
  firstMessage,
  listProblems,
  matchesSelection,
  progressOf,
  selectionZoneOf,
  type Campaign,
  type CampaignOutcome,
} from '../../../src/campaigns/campaign';
import type { DomainEvent } from '../../../src/domain/events';
import { anAccount, bostonian } from '../../fixtures/accounts';
import { samplePolicy } from '../../fixtures/policy';

const noContacts = async () => ({ optedOut: false, botInitiatedLast7Days: 0 });
/** Tuesday 2026-11-24 15:00 Central: inside every US window. */
const MIDDAY = new Date('2026-11-24T21:00:00Z');
/** Tuesday 05:00 Eastern: before every US window opens. */
const EARLY = new Date('2026-11-24T10:00:00Z');

describe('campaign selection', () => {
  it('matches days past due, balance, status, language and zone, both ends included', () => {
    const account = anAccount({ daysPastDue: 90, balanceCents: 50_000, language: 'es' });
    expect(matchesSelection(account, { daysPastDue: { min: 90, max: 90 }, balanceCents: { min: 50_000, max: 50_000 } })).toBe(true);
    expect(matchesSelection(account, { daysPastDue: { min: 91 } })).toBe(false);
    expect(matchesSelection(account, { balanceCents: { max: 49_999 } })).toBe(false);
    expect(matchesSelection(account, { statuses: ['disputed'] })).toBe(false);
    expect(matchesSelection(account, { languages: ['es'], timezones: ['America/Chicago'] })).toBe(true);
    expect(matchesSelection(account, { timezones: ['America/New_York'] })).toBe(false);
  });

  it('reads the zone from the address when the account has none', () => {
    expect(selectionZoneOf(anAccount({ timezone: undefined, zip: '90001', phone: '+12135550100' }))).toBe('America/Los_Angeles');
  });

  it('rejects an audience with both a selection and a list, an unknown zone or an inverted range', () => {
    expect(audienceSchema.safeParse({ selection: {}, accountIds: ['A'] }).success).toBe(false);
    expect(audienceSchema.safeParse({}).success).toBe(false);
    expect(audienceSchema.safeParse({ selection: { timezones: ['Mars/Olympus'] } }).success).toBe(false);
    expect(audienceSchema.safeParse({ selection: { daysPastDue: { min: 10, max: 5 } } }).success).toBe(false);
    expect(audienceSchema.safeParse({ selection: { balanceCents: { min: 10.5 } } }).success).toBe(false);
  });

  it('names duplicate and unknown ids in an uploaded list', () => {
    expect(listProblems(['A', 'B', 'A', 'X', 'X'], new Set(['A', 'B']))).toEqual({ duplicates: ['A', 'X'], unknown: ['X'] });
  });
});

describe('the first message', () => {
  it('names the creditor, invites a reply and says nothing of a debt or an amount (RF-01)', () => {
    for (const language of ['en', 'es'] as const) {
      const text = firstMessage(language, samplePolicy);
      expect(text).toContain(samplePolicy.creditor.name);
      expect(text).toMatch(/reply|responda/i);
      expect(text).not.toMatch(/\$|\d|debt|owe|balance|payment|deuda|saldo|pago/i);
    }
  });
});

describe('campaign eligibility (the outbound gate, judged up front)', () => {
  it('is eligible now inside the window, with the opt-out notice appended', async () => {
    const result = await eligibilityOf(anAccount(), samplePolicy, MIDDAY, noContacts);
    expect(result).toMatchObject({ eligible: true, sendAt: MIDDAY.toISOString() });
    expect(result.eligible && result.text).toMatch(/Reply STOP/);
  });

  it('waits for the window to open in the debtor zone (RF-02, TC-05)', async () => {
    const result = await eligibilityOf(anAccount(), samplePolicy, EARLY, noContacts);
    expect(result).toMatchObject({ eligible: true, sendAt: '2026-11-24T14:00:00.000Z' });
  });

  it.each([
    [{ smsConsent: false }, 'TC-01'],
    [{ flags: ['wrong_number' as const] }, 'RF-11'],
    [{ status: 'disputed' as const }, 'RF-18'],
    [{ status: 'cease' as const }, 'RF-07'],
    [{ status: 'attorney' as const }, 'RF-08'],
    [{ status: 'bankruptcy' as const }, 'RF-22'],
    [{ status: 'deceased' as const }, 'RF-12'],
  ])('excludes %o with %s', async (overrides, rule) => {
    const result = await eligibilityOf(anAccount(overrides), samplePolicy, MIDDAY, noContacts);
    expect(result.eligible).toBe(false);
    expect(!result.eligible && result.ruleIds[0]).toBe(rule);
  });

  it('excludes an opted-out number (TC-02) and an account at its cap, even while the window is shut', async () => {
    const optedOut = await eligibilityOf(anAccount(), samplePolicy, MIDDAY, async () => ({ optedOut: true, botInitiatedLast7Days: 0 }));
    expect(!optedOut.eligible && optedOut.ruleIds[0]).toBe('TC-02');
    const capped = await eligibilityOf(bostonian(), samplePolicy, EARLY, async () => ({ optedOut: false, botInitiatedLast7Days: 2 }));
    expect(!capped.eligible && capped.ruleIds).toEqual(['ST-01']);
  });

  it('counts the caps at the moment the window opens: an old contact may have aged out by then', async () => {
    const counts: string[] = [];
    const result = await eligibilityOf(bostonian(), samplePolicy, EARLY, async (at) => {
      counts.push(at.toISOString());
      return { optedOut: false, botInitiatedLast7Days: at.getTime() > EARLY.getTime() ? 1 : 2 };
    });
    expect(result).toMatchObject({ eligible: true, sendAt: '2026-11-24T13:00:00.000Z' });
    expect(counts).toEqual([EARLY.toISOString(), '2026-11-24T13:00:00.000Z']);
  });
});

describe('campaign progress', () => {
  const campaign = { id: 'c1', status: 'running', targeted: 5, excluded: 2, excludedByRule: { 'TC-01': 2 } } as unknown as Campaign;
  const sent = (accountId: string, at: string, sid: string): CampaignOutcome => ({ accountId, outcome: 'sent', at, sid, conversationId: `sms:+1${accountId}` });
  const event = (type: string, accountId: string | null, occurredAt: string, data: object = {}) => ({ id: `${type}-${accountId}`, type, accountId, occurredAt, data }) as DomainEvent;

  it('counts each account once, the last outcome winning, and what happened after the send', () => {
    const progress = progressOf({
      campaign,
      outcomes: [
        sent('A', '2026-11-24T14:00:00Z', 'SM1'),
        sent('A', '2026-11-24T14:05:00Z', 'SM1'),
        sent('B', '2026-11-24T14:00:00Z', 'SM2'),
        sent('C', '2026-11-24T14:00:00Z', 'SM3'),
        { accountId: 'D', outcome: 'blocked', at: '2026-11-24T14:00:00Z', ruleIds: ['RF-13'], reason: 'cap' },
      ],
      deliveryBySid: new Map([
        ['SM1', 'delivered'],
        ['SM2', 'undelivered'],
      ]),
      events: [
        event('conversation.started', null, '2026-11-24T15:00:00Z', { conversationId: 'sms:+1A', channel: 'sms' }),
        event('verification.succeeded', 'A', '2026-11-24T15:01:00Z'),
        event('promise.created', 'B', '2026-11-24T16:00:00Z'),
        // Before the campaign text: not a reply to it.
        event('conversation.started', null, '2026-11-24T13:00:00Z', { conversationId: 'sms:+1C', channel: 'sms' }),
      ],
    });
    expect(progress).toEqual({
      targeted: 5,
      excluded: 2,
      excludedByRule: { 'TC-01': 2 },
      queued: 1,
      sent: 3,
      delivered: 1,
      undelivered: 1,
      blocked: 1,
      blockedByRule: { 'RF-13': 1 },
      cancelled: 0,
      replied: 2,
      verified: 1,
      arranged: 1,
    });
  });

  it('reports what was never sent of a cancelled campaign as cancelled, not queued', () => {
    const progress = progressOf({ campaign: { ...campaign, status: 'cancelled' }, outcomes: [], deliveryBySid: new Map(), events: [] });
    expect(progress).toMatchObject({ queued: 0, cancelled: 5 });
  });
});
