import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/domain/errors';
import type { DomainEvent, EventData, EventType } from '../../../src/domain/events';
import { daysOf, summarize, type Figures } from '../../../src/reports/summary';

let sequence = 0;
function event<T extends EventType>(type: T, occurredAt: string, data: EventData[T]): DomainEvent {
  sequence += 1;
  return { id: `evt-${sequence}`, type, occurredAt, accountId: 'acct-1', data } as DomainEvent;
}

const arrangement = (arrangementId: string, conversationId: string, channel: 'sms' | 'webchat', totalCents: number) => ({
  arrangementId,
  conversationId,
  channel,
  totalCents,
  installmentCount: 1,
  firstDueDate: '2026-11-20',
});

const PERIOD = { from: '2026-11-01', to: '2026-11-03' };

/**
 * Three UTC days, two channels. Conversations: c1 (day 1, sms), c2 (day 1, webchat), c3 (day 2,
 * sms), c4 (day 2, webchat), c5 (day 3, sms), c6 (day 3, webchat). Handoffs for c2, c4, c6.
 */
const EVENTS: DomainEvent[] = [
  // Outside the period: ignored.
  event('conversation.started', '2026-10-31T23:59:59Z', { conversationId: 'c0', channel: 'sms' }),
  event('payment.posted', '2026-11-04T00:00:00Z', { paymentId: 'p-late', amountCents: 99_999, paidAt: '2026-11-04', balanceCents: 0 }),

  // Day 1, 2026-11-01
  event('conversation.started', '2026-11-01T09:00:00Z', { conversationId: 'c1', channel: 'sms' }),
  event('verification.succeeded', '2026-11-01T09:01:00Z', { conversationId: 'c1', channel: 'sms', method: 'factors' }),
  event('promise.created', '2026-11-01T09:05:00Z', arrangement('a1', 'c1', 'sms', 10_000)),
  event('conversation.started', '2026-11-01T10:00:00Z', { conversationId: 'c2', channel: 'webchat' }),
  event('verification.succeeded', '2026-11-01T10:00:01Z', { conversationId: 'c2', channel: 'webchat', method: 'portal' }),
  event('handoff.created', '2026-11-01T10:10:00Z', { handoffId: 'h1', reason: 'requested_person', conversationId: 'c2', channel: 'webchat' }),
  event('payment.posted', '2026-11-01T12:00:00Z', { paymentId: 'p1', amountCents: 5_000, paidAt: '2026-11-01', balanceCents: 5_000 }),
  // c0 started before the period: its verification counts for no conversation of the period.
  event('verification.succeeded', '2026-11-01T00:00:05Z', { conversationId: 'c0', channel: 'sms', method: 'factors' }),
  // 01:00 at +02:00 is 23:00 UTC the day before: day 1.
  event('payment.posted', '2026-11-02T01:00:00+02:00', { paymentId: 'p2', amountCents: 1_000, paidAt: '2026-11-01', balanceCents: 4_000 }),

  // Day 2, 2026-11-02
  event('handoff.claimed', '2026-11-02T00:30:00Z', { handoffId: 'h1', reason: 'requested_person', specialist: 'sam', secondsToClaim: 120, channel: 'webchat' }),
  event('conversation.started', '2026-11-02T08:00:00Z', { conversationId: 'c3', channel: 'sms' }),
  event('plan.created', '2026-11-02T08:10:00Z', arrangement('a2', 'c3', 'sms', 60_000)),
  event('conversation.started', '2026-11-02T11:00:00Z', { conversationId: 'c4', channel: 'webchat' }),
  event('dispute.opened', '2026-11-02T11:05:00Z', { conversationId: 'c4', channel: 'webchat' }),
  event('handoff.created', '2026-11-02T11:06:00Z', { handoffId: 'h2', reason: 'dispute', conversationId: 'c4', channel: 'webchat' }),
  event('handoff.claimed', '2026-11-02T11:11:00Z', { handoffId: 'h2', reason: 'dispute', specialist: 'alex', secondsToClaim: 300, channel: 'webchat' }),
  event('payment.posted', '2026-11-02T15:00:00Z', { paymentId: 'p3', amountCents: 2_550, paidAt: '2026-11-02', balanceCents: 0 }),
  event('promise.kept', '2026-11-02T23:59:59Z', { arrangementId: 'a1', kind: 'promise', dueDate: '2026-11-02', paidCents: 10_000 }),

  // Day 3, 2026-11-03
  event('conversation.started', '2026-11-03T09:00:00Z', { conversationId: 'c5', channel: 'sms' }),
  event('verification.succeeded', '2026-11-03T09:02:00Z', { conversationId: 'c5', channel: 'sms', method: 'factors' }),
  event('settlement.accepted', '2026-11-03T09:10:00Z', arrangement('a3', 'c5', 'sms', 45_000)),
  // c3 (started day 2) verifies on day 3: counted for c3, on day 2.
  event('verification.succeeded', '2026-11-03T09:30:00Z', { conversationId: 'c3', channel: 'sms', method: 'factors' }),
  event('pay_in_full.created', '2026-11-03T09:40:00Z', arrangement('a4', 'c1', 'sms', 12_345)),
  event('optout', '2026-11-03T10:00:00Z', { channel: 'sms' }),
  event('conversation.started', '2026-11-03T12:00:00Z', { conversationId: 'c6', channel: 'webchat' }),
  event('handoff.created', '2026-11-03T12:01:00Z', { handoffId: 'h3', reason: 'requested_person', conversationId: 'c6', channel: 'webchat' }),
  event('handoff.claimed', '2026-11-03T12:02:01Z', { handoffId: 'h3', reason: 'requested_person', specialist: 'sam', secondsToClaim: 61, channel: 'webchat' }),
  event('cease', '2026-11-03T12:05:00Z', { conversationId: 'c6', channel: 'webchat' }),
  event('promise.broken', '2026-11-03T13:00:00Z', { arrangementId: 'a5', kind: 'promise', dueDate: '2026-11-03', paidCents: 2_000, shortCents: 3_000, partial: true }),
  event('promise.broken', '2026-11-03T13:00:01Z', { arrangementId: 'a6', kind: 'pay_in_full', dueDate: '2026-11-03', paidCents: 0, shortCents: 8_000, partial: false }),
  event('handoff.resolved', '2026-11-03T14:00:00Z', { handoffId: 'h3', reason: 'requested_person', outcome: 'ok', outcomeCode: 'other', specialist: 'sam', handleSeconds: 7079, firstReplySeconds: 300, handBackTo: null, channel: 'webchat' }),
];

const none = { count: 0, amountCents: 0 };
const noHandoffs = { total: 0, byReason: {}, claimed: 0, medianSecondsToClaim: null, meanSecondsToClaim: null };
const zeros: Figures = {
  conversations: 0,
  verified: 0,
  verificationRate: null,
  selfServed: 0,
  selfServiceRate: null,
  promisesMade: none,
  plansMade: none,
  settlementsAccepted: none,
  payInFull: none,
  promisesKept: 0,
  promisesBroken: 0,
  promiseKeptRate: null,
  collectedCents: 0,
  disputes: 0,
  ceases: 0,
  optOuts: 0,
  handoffs: noHandoffs,
};

describe('the operator summary', () => {
  const summary = summarize(EVENTS, PERIOD);

  it('totals every figure over the period', () => {
    expect(summary.period).toEqual(PERIOD);
    expect(summary.totals).toEqual({
      conversations: 6, // c1..c6; c0 started before the period
      verified: 4, // c1, c2, c5, and c3 (verified on day 3); c0's verification is not a period conversation
      verificationRate: 0.6667, // 4 / 6 = 0.66666… → 0.6667
      selfServed: 3, // c1, c3, c5: no handoff.created for them
      selfServiceRate: 0.5, // 3 / 6
      promisesMade: { count: 1, amountCents: 10_000 },
      plansMade: { count: 1, amountCents: 60_000 },
      settlementsAccepted: { count: 1, amountCents: 45_000 },
      payInFull: { count: 1, amountCents: 12_345 },
      promisesKept: 1,
      promisesBroken: 2,
      promiseKeptRate: 0.3333, // 1 / (1 + 2) = 0.33333… → 0.3333
      collectedCents: 8_550, // 5,000 + 1,000 (the +02:00 payment) + 2,550; the 99,999 on 11-04 is outside
      disputes: 1,
      ceases: 1,
      optOuts: 1,
      handoffs: {
        total: 3, // h1, h2, h3
        byReason: { dispute: 1, requested_person: 2 },
        claimed: 3,
        medianSecondsToClaim: 120, // sorted 61, 120, 300 → the middle one
        meanSecondsToClaim: 160.3, // (61 + 120 + 300) / 3 = 481 / 3 = 160.333… → 160.3
      },
    });
  });

  it('lists every day, attributing conversation figures to the day the conversation started', () => {
    expect(summary.byDay.map((day) => day.day)).toEqual(['2026-11-01', '2026-11-02', '2026-11-03']);
    const [day1, day2, day3] = summary.byDay;
    expect(day1).toEqual({
      ...zeros,
      day: '2026-11-01',
      conversations: 2, // c1, c2
      verified: 2, // c1, c2
      verificationRate: 1, // 2 / 2
      selfServed: 1, // c1 (c2 was handed off)
      selfServiceRate: 0.5, // 1 / 2
      promisesMade: { count: 1, amountCents: 10_000 },
      collectedCents: 6_000, // 5,000 + 1,000
      handoffs: { ...noHandoffs, total: 1, byReason: { requested_person: 1 } }, // h1 created; claimed only on day 2
    });
    expect(day2).toEqual({
      ...zeros,
      day: '2026-11-02',
      conversations: 2, // c3, c4
      verified: 1, // c3 (its verification came on day 3)
      verificationRate: 0.5, // 1 / 2
      selfServed: 1, // c3
      selfServiceRate: 0.5, // 1 / 2
      plansMade: { count: 1, amountCents: 60_000 },
      promisesKept: 1,
      promiseKeptRate: 1, // 1 / (1 + 0)
      collectedCents: 2_550,
      disputes: 1,
      handoffs: {
        total: 1, // h2
        byReason: { dispute: 1 },
        claimed: 2, // h1 (created day 1) and h2
        medianSecondsToClaim: 210, // (120 + 300) / 2
        meanSecondsToClaim: 210, // (120 + 300) / 2
      },
    });
    expect(day3).toEqual({
      ...zeros,
      day: '2026-11-03',
      conversations: 2, // c5, c6
      verified: 1, // c5
      verificationRate: 0.5, // 1 / 2
      selfServed: 1, // c5
      selfServiceRate: 0.5, // 1 / 2
      settlementsAccepted: { count: 1, amountCents: 45_000 },
      payInFull: { count: 1, amountCents: 12_345 },
      promisesBroken: 2,
      promiseKeptRate: 0, // 0 / (0 + 2)
      ceases: 1,
      optOuts: 1,
      handoffs: { total: 1, byReason: { requested_person: 1 }, claimed: 1, medianSecondsToClaim: 61, meanSecondsToClaim: 61 },
    });
  });

  it('splits by channel, leaving payments and kept or broken promises out of the channels', () => {
    expect(Object.keys(summary.byChannel)).toEqual(['sms', 'webchat']);
    expect(summary.byChannel.sms).toEqual({
      ...zeros,
      conversations: 3, // c1, c3, c5
      verified: 3, // c1, c3, c5
      verificationRate: 1, // 3 / 3
      selfServed: 3,
      selfServiceRate: 1, // 3 / 3
      promisesMade: { count: 1, amountCents: 10_000 },
      plansMade: { count: 1, amountCents: 60_000 },
      settlementsAccepted: { count: 1, amountCents: 45_000 },
      payInFull: { count: 1, amountCents: 12_345 },
      optOuts: 1,
    });
    expect(summary.byChannel.webchat).toEqual({
      ...zeros,
      conversations: 3, // c2, c4, c6
      verified: 1, // c2
      verificationRate: 0.3333, // 1 / 3
      selfServed: 0, // all three were handed off
      selfServiceRate: 0, // 0 / 3
      disputes: 1,
      ceases: 1,
      handoffs: summary.totals.handoffs, // every handoff was on web chat
    });
  });

  it('keeps money in whole cents everywhere', () => {
    const slices = [summary.totals, ...summary.byDay, ...Object.values(summary.byChannel)];
    for (const figures of slices) {
      for (const cents of [figures.collectedCents, figures.promisesMade.amountCents, figures.plansMade.amountCents, figures.settlementsAccepted.amountCents, figures.payInFull.amountCents]) {
        expect(Number.isSafeInteger(cents)).toBe(true);
      }
    }
  });

  it('answers zeros and null rates for a period without events, still listing every day', () => {
    const empty = summarize([], { from: '2026-02-27', to: '2026-03-01' });
    expect(empty.totals).toEqual(zeros);
    expect(empty.byDay).toEqual([
      { day: '2026-02-27', ...zeros },
      { day: '2026-02-28', ...zeros },
      { day: '2026-03-01', ...zeros },
    ]);
    expect(empty.byChannel).toEqual({});
  });

  it('ignores events outside the period and events with an unreadable time', () => {
    const only = summarize(
      [
        event('conversation.started', '2026-11-01T00:00:00Z', { conversationId: 'x', channel: 'sms' }),
        event('conversation.started', 'yesterday', { conversationId: 'y', channel: 'sms' }),
        event('payment.posted', '2026-10-31T23:59:59.999Z', { paymentId: 'p', amountCents: 100, paidAt: '2026-10-31', balanceCents: 0 }),
      ],
      { from: '2026-11-01', to: '2026-11-01' },
    );
    expect(only.totals).toEqual({ ...zeros, conversations: 1, verificationRate: 0, selfServed: 1, selfServiceRate: 1 });
  });

  it('counts each session of one channel conversation, and gives a verification or handoff to the session it happened in', () => {
    const events = [
      event('conversation.started', '2026-11-01T09:00:00Z', { conversationId: 'sms:+1', channel: 'sms' }),
      event('verification.succeeded', '2026-11-01T09:02:00Z', { conversationId: 'sms:+1', channel: 'sms', method: 'factors' }),
      // The same number texts again the next day, after the idle window: a second conversation.
      event('conversation.started', '2026-11-02T09:00:00Z', { conversationId: 'sms:+1', channel: 'sms' }),
      event('handoff.created', '2026-11-02T09:01:00Z', { handoffId: 'h', reason: 'dispute', conversationId: 'sms:+1', channel: 'sms' }),
    ];
    const { totals } = summarize(events, { from: '2026-11-01', to: '2026-11-02' });
    // Two sessions; the first verified, the second handed off: 1/2 verified, 1/2 self-served.
    expect(totals).toMatchObject({ conversations: 2, verified: 1, verificationRate: 0.5, selfServed: 1, selfServiceRate: 0.5 });
  });

  it('refuses a period that is not two ordered calendar days', () => {
    expect(() => summarize([], { from: '2026-11-03', to: '2026-11-01' })).toThrow(DomainError);
    expect(() => summarize([], { from: '2026-02-30', to: '2026-03-01' })).toThrow(DomainError);
    expect(daysOf({ from: '2024-02-28', to: '2024-03-01' })).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
  });
});
