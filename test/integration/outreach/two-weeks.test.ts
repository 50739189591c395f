import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../src/domain/events';
import { formatUsd, parseDollars } from '../../../src/domain/money';
import { startCreditorReceiver } from '../../support/creditor-receiver';
import { SmsClient } from '../../support/sms-client';
import { CREDITOR_WEBHOOK_SECRET, startApp, TWILIO_AUTH_TOKEN, type AppUnderTest } from '../../support/app-under-test';
import { redisUrlForTests } from '../../support/redis';

/**
 * Issue #7, done when: two weeks of a small portfolio replayed on a controllable clock, through
 * the real HTTP routes, Redis, the twilio client against a local fake of Twilio's REST API, and a
 * creditor receiver that is down for the first three days. The app is restarted half-way.
 *
 * The story (times UTC; Maria and Aisha live in Central time, Kevin in Boston, Eastern):
 * - Mon 11-23 15:00 Maria sets up a 12-month plan by SMS; at 20:00 she pays the whole $1,240.50:
 *   the plan completes and she is thanked (14:00 her time).
 * - Mon 11-23 15:10 Kevin promises $100 on Friday 11-27. Reminder Wed 11-25 10:00 ET (15:00Z).
 *   He does not pay: Sat 11-28 00:00 ET the promise is broken; the same-day follow-up is held
 *   until the window opens, 08:00 ET (13:00Z).
 * - Tue 11-24 15:00 Aisha (no SMS consent on file) promises $129.99 on 11-30: her reminder
 *   (11-28 10:00 CT) is blocked by TC-01; she pays on 11-29: kept.
 * - Sat 11-28 16:00 Kevin texts back and promises $100 on 12-03. Its reminder (12-01 10:00 ET)
 *   would be his third text in 7 days: Massachusetts allows two (ST-01), so it is blocked. He
 *   pays on 12-03: kept.
 */
const redisUrl = redisUrlForTests();
const START = '2026-11-23T15:00:00Z';
const END = '2026-12-07T15:00:00Z';
const STEP_MS = 15 * 60_000;

interface SentAt {
  to: string;
  body: string;
  at: Date;
}

describe.skipIf(!redisUrl)('two weeks after the conversations (issue #7)', () => {
  const keyPrefix = `test:two-weeks:${Math.random().toString(36).slice(2)}:`;
  let app: AppUnderTest;
  let receiver: Awaited<ReturnType<typeof startCreditorReceiver>>;
  const sent: SentAt[] = [];
  let restartedAt: Date | undefined;

  const texter = (from: string) => new SmsClient({ baseUrl: app.baseUrl, publicBaseUrl: app.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from });

  async function converse(from: string, turns: Array<[string, RegExp]>): Promise<void> {
    const debtor = texter(from);
    for (const [says, expected] of turns) {
      const { status, messages } = await debtor.send(says);
      expect(status).toBe(200);
      expect(messages.join('\n'), `after "${says}"`).toMatch(expected);
    }
  }

  /** Verifies with `factors`, picks "promise to pay" and confirms `amount` on `day` (e.g. "November 27"). */
  async function promiseBySms(from: string, factors: [string, string], amount: string, day: string): Promise<void> {
    const stated = formatUsd(parseDollars(amount)).replace(/[$.]/g, '\\$&');
    await converse(from, [
      ['Hi', /date of birth/],
      [factors[0], /ZIP/],
      [factors[1], /balance is \$/],
      ['3', /how much|amount/i],
      [`${amount} on ${day}`, new RegExp(`To confirm: you will pay ${stated} on ${day}, 2026`)],
      ['yes', /recorded your promise/],
    ]);
  }

  async function pay(paymentId: string, accountId: string, amount: string): Promise<void> {
    expect((await app.postPayment({ paymentId, accountId, amount, paidAt: app.clock.now().toISOString() })).status).toBe(201);
  }


  async function restart(at: Date): Promise<void> {
    await app.close();
    app = await startApp({ store: 'redis', redisUrl, keyPrefix, loadPortfolio: false, creditorWebhookUrl: receiver.url, now: at.toISOString() });
    restartedAt = at;
  }

  const timeline: Array<[string, () => Promise<void>]> = [
    [
      '2026-11-23T15:00:00Z',
      () =>
        converse('+15125550101', [
          ['Hi', /date of birth/],
          ['3/14/85', /ZIP/],
          ['78701', /balance is \$1,240\.50/],
          ['can I pay 100 a month', /closest plans?/],
          ['1', /To confirm/],
          ['yes', /Your plan is set up/],
        ]),
    ],
    [
      '2026-11-23T15:10:00Z',
      () => promiseBySms('+16175550104', ['1/30/1972', '02108'], '100', 'November 27'),
    ],
    ['2026-11-23T20:00:00Z', () => pay('maria-1', 'NW-1001', '1240.50')],
    [
      '2026-11-24T15:00:00Z',
      () => promiseBySms('+13125550105', ['9/9/1988', '60601'], '129.99', 'November 30'),
    ],
    ['2026-11-26T00:00:00Z', async () => receiver.setUp(true)],
    ['2026-11-26T12:00:00Z', () => restart(new Date('2026-11-26T12:00:00Z'))],
    [
      '2026-11-28T16:00:00Z',
      () => promiseBySms('+16175550104', ['1/30/1972', '02108'], '100', 'December 3'),
    ],
    ['2026-11-29T18:00:00Z', () => pay('aisha-1', 'NW-1005', '129.99')],
    ['2026-12-03T17:00:00Z', () => pay('kevin-1', 'NW-1004', '100.00')],
  ];

  beforeAll(async () => {
    receiver = await startCreditorReceiver({ secret: CREDITOR_WEBHOOK_SECRET, now: () => app.clock.now() });
    receiver.setUp(false);
    app = await startApp({ store: 'redis', redisUrl, keyPrefix, creditorWebhookUrl: receiver.url, now: START });
    const pending = [...timeline];
    for (let at = Date.parse(START); at <= Date.parse(END); at += STEP_MS) {
      app.clock.set(new Date(at));
      while (pending.length && Date.parse(pending[0]![0]) <= at) await pending.shift()![1]();
      const before = app.twilioApi.sent.length;
      await app.outreach.runDue();
      for (const message of app.twilioApi.sent.slice(before)) sent.push({ to: message.To, body: message.Body, at: app.clock.now() });
    }
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await receiver?.close();
  });

  it('sends exactly the reminder, the follow-up and the thank-you the story calls for, each once', () => {
    expect(sent.map(({ to, at }) => [to, at.toISOString()])).toEqual([
      ['+15125550101', '2026-11-23T20:00:00.000Z'],
      ['+16175550104', '2026-11-25T15:00:00.000Z'],
      ['+16175550104', '2026-11-28T13:00:00.000Z'],
    ]);
    expect(sent[0]!.body).toMatch(/^Northwind Energy: thank you\. Your payment plan is complete: we received all \$1,240\.50\./);
    expect(sent[1]!.body).toMatch(/your payment of \$100\.00 is due on November 27, 2026\. You can pay securely here: https:\/\/amicable\.example\.test\/p\/[\w-]{16}(?![\w-])/);
    expect(sent[2]!.body).toMatch(/we have not received your payment of \$100\.00 that was due on November 27, 2026/);
    expect(sent[2]!.body).not.toMatch(/legal|lawsuit|immediately|final notice/i);
    expect(restartedAt).toBeDefined();
  });

  it('RF-04 / TC-03: every text carries the opt-out notice', () => {
    for (const { body } of sent) expect(body).toMatch(/Reply STOP/);
  });

  it('RF-02: sends only between 8:00 and 21:00 where the debtor lives', () => {
    const zones: Record<string, string> = { '+15125550101': 'America/Chicago', '+16175550104': 'America/New_York' };
    for (const { to, at } of sent) {
      const local = DateTime.fromJSDate(at, { zone: zones[to] });
      expect(local.hour >= 8 && local.hour < 21, `${to} at ${local.toISO()}`).toBe(true);
    }
  });

  it('ST-01 and TC-01: the reminder over the Massachusetts cap and the one without consent are blocked, with their rule', async () => {
    const kevin = (await app.operator('/api/accounts/NW-1004/transcript')).body.transcript as Array<{ direction: string; decision?: { action: string; ruleIds: string[] } }>;
    const kevinBlocked = kevin.filter((entry) => entry.direction === 'out' && entry.decision?.action === 'block');
    expect(kevinBlocked.map((entry) => entry.decision!.ruleIds)).toEqual([['ST-01']]);
    const aisha = (await app.operator('/api/accounts/NW-1005/transcript')).body.transcript as typeof kevin;
    const aishaBlocked = aisha.filter((entry) => entry.direction === 'out' && entry.decision?.action === 'block');
    expect(aishaBlocked.map((entry) => entry.decision!.ruleIds)).toEqual([['TC-01', 'RF-05']]);
  });

  it('judges promises by posted payments: kept, broken, and a completed plan', async () => {
    const status = async (id: string) => (await app.operator(`/api/accounts/${id}`)).body;
    const maria = await status('NW-1001');
    expect(maria).toMatchObject({ balanceCents: 0, status: 'paid' });
    expect(maria.arrangements.map((a: { kind: string; status: string }) => [a.kind, a.status])).toEqual([['plan', 'completed']]);
    const kevin = await status('NW-1004');
    expect(kevin.balanceCents).toBe(35_520);
    expect(kevin.arrangements.map((a: { status: string }) => a.status)).toEqual(['broken', 'kept']);
    expect(kevin.arrangements[0].installments).toEqual([{ dueDate: '2026-11-27', amountCents: 10_000, status: 'missed' }]);
    const aisha = await status('NW-1005');
    expect(aisha).toMatchObject({ balanceCents: 0, status: 'paid' });
    expect(aisha.arrangements.map((a: { status: string }) => a.status)).toEqual(['kept']);
  });

  it('delivers every creditor event exactly once, though the receiver was down for three days', () => {
    expect(receiver.refused).toBeGreaterThan(0);
    expect(receiver.badSignatures).toBe(0);
    expect([...receiver.deliveries.values()].every((count) => count === 1)).toBe(true);
    const story = receiver.events
      .map((event: DomainEvent) => `${event.accountId} ${event.type}`)
      .sort();
    expect(story).toEqual(
      [
        'NW-1001 plan.created',
        'NW-1001 payment.posted',
        'NW-1001 plan.completed',
        'NW-1004 promise.created',
        'NW-1004 promise.broken',
        'NW-1004 promise.created',
        'NW-1004 payment.posted',
        'NW-1004 promise.kept',
        'NW-1005 promise.created',
        'NW-1005 payment.posted',
        'NW-1005 promise.kept',
      ].sort(),
    );
  });

  it('reports the figures computed by hand', async () => {
    const { status, body } = await app.operator('/api/reports/summary?from=2026-11-23&to=2026-12-06');
    expect(status).toBe(200);
    expect(body.totals).toMatchObject({
      // Maria, Kevin (twice: the second visit is a new session) and Aisha.
      conversations: 4,
      verified: 4,
      verificationRate: 1,
      selfServiceRate: 1,
      // Kevin $100 + $100, Aisha $129.99.
      promisesMade: { count: 3, amountCents: 32_999 },
      plansMade: { count: 1, amountCents: 124_050 },
      // Kept: Aisha's and Kevin's second; broken: Kevin's first. 2 / 3.
      promiseKeptRate: 0.6667,
      // $1,240.50 + $129.99 + $100.00
      collectedCents: 147_049,
      disputes: 0,
      optOuts: 0,
      handoffs: expect.objectContaining({ total: 0 }),
    });
    expect(body.byChannel.sms.conversations).toBe(4);
  });
});
