import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complianceMessages } from '../../../prompts/compliance';
import { campaignQueue, campaignSendId, firstMessage } from '../../../src/campaigns/campaign';
import type { CampaignJob } from '../../../src/campaigns/campaign-service';
import { OptOutRegistry } from '../../../src/conversation/opt-outs';
import type { Account, AccountStatus } from '../../../src/domain/account';
import { samplePolicy } from '../../fixtures/policy';
import { startApp, TWILIO_AUTH_TOKEN, type AppUnderTest } from '../../support/app-under-test';
import { redisUrlForTests } from '../../support/redis';
import { SmsClient } from '../../support/sms-client';
import { operatorPost, reportDelivery } from './operator-client';

/**
 * Issue #10 item 2, done when: a campaign over 500 generated accounts across US time zones, on a
 * controllable clock, through the real HTTP routes, Redis and the twilio client against a local
 * fake of Twilio's REST API, with a restart in the middle (and a worker that died mid-batch).
 *
 * The accounts come in 20 blocks of 25; a block shares a zone (ZIP and area code agree with it),
 * and the position in the block says what is special about the account:
 *   0 no SMS consent (TC-01) · 1 wrong number (RF-11) · 2 opted out (TC-02) · 3 disputed (RF-18)
 *   4 cease (RF-07) · 5 attorney (RF-08) · 6 bankruptcy (RF-22) · 7 deceased (RF-12)
 *   8 three texts this week: at the cap (RF-13; Massachusetts ST-01)
 *   9 two texts this week: fine (Massachusetts allows two: ST-01)
 *  10 one text this week · 11 three texts 6 days 22 hours ago: aged out when the window opens
 *  12 three texts recorded after the campaign was created: blocked when its turn comes (caps)
 *  13 opts out after creation (TC-02 at send) · 14 disputes after creation (RF-18 at send)
 *  15-24 plain. Every third account speaks Spanish. 20 more accounts are 5 days past due and
 *  outside the selection (30+ days).
 * Campaign created Tue 2026-11-24 10:00Z (5 a.m. in New York), started 10:05Z; sending at one
 * text a second per sender number (a burst of a minute's worth at most).
 */
const redisUrl = redisUrlForTests();
const START = '2026-11-24T10:00:00Z';
const END = '2026-11-24T19:00:00Z';
const STEP_MS = 60_000;
const RESTART_AT = '2026-11-24T14:00:00Z';
const RATE_PER_MINUTE = 60;

const zones = [
  { zone: 'America/New_York', zip: '30301', areaCode: '404', state: 'GA' },
  { zone: 'America/Chicago', zip: '60601', areaCode: '312', state: 'IL' },
  { zone: 'America/Denver', zip: '80202', areaCode: '303', state: 'CO' },
  { zone: 'America/Phoenix', zip: '85001', areaCode: '602', state: 'AZ' },
  { zone: 'America/Los_Angeles', zip: '90001', areaCode: '213', state: 'CA' },
  { zone: 'America/Anchorage', zip: '99501', areaCode: '907', state: 'AK' },
  { zone: 'Pacific/Honolulu', zip: '96813', areaCode: '808', state: 'HI' },
  { zone: 'America/New_York', zip: '02108', areaCode: '617', state: 'MA' },
] as const;

const statusOf: Record<number, AccountStatus> = { 3: 'disputed', 4: 'cease', 5: 'attorney', 6: 'bankruptcy', 7: 'deceased' };

function generate(i: number, daysPastDue = 30 + (i % 300)): Account {
  const place = zones[Math.floor(i / 25) % zones.length]!;
  const position = i % 25;
  return {
    id: `C-${String(i).padStart(4, '0')}`,
    firstName: `Debtor${i}`,
    lastName: 'Test',
    phone: `+1${place.areaCode}${2_000_000 + i}`,
    dateOfBirth: '1980-01-15',
    zip: place.zip,
    balanceCents: 50_000 + i * 100,
    language: i % 3 === 0 ? 'es' : 'en',
    timezone: place.zone,
    creditor: 'Northwind Energy',
    daysPastDue,
    status: statusOf[position] ?? 'active',
    timeBarred: false,
    smsConsent: position !== 0,
    flags: position === 1 ? ['wrong_number'] : [],
  };
}

const accounts = Array.from({ length: 500 }, (_, i) => generate(i));
const unselected = Array.from({ length: 20 }, (_, i) => generate(500 + i, 5));
const byId = new Map(accounts.map((a) => [a.id, a]));
const byPhone = new Map(accounts.map((a) => [a.phone, a]));
const isMassachusetts = (a: Account) => a.zip === '02108';
const positionOf = (a: Account) => Number(a.id.slice(2)) % 25;

/** The rule that excludes an account up front, by hand from its position; null: eligible. */
function expectedExclusion(a: Account): string | null {
  const rules: Record<number, string> = { 0: 'TC-01', 1: 'RF-11', 2: 'TC-02', 3: 'RF-18', 4: 'RF-07', 5: 'RF-08', 6: 'RF-22', 7: 'RF-12' };
  const position = positionOf(a);
  if (rules[position]) return rules[position]!;
  if (position === 8) return isMassachusetts(a) ? 'ST-01' : 'RF-13';
  if (position === 9 && isMassachusetts(a)) return 'ST-01';
  return null;
}

/** The rule that blocks an eligible account when its turn comes; null: sent. */
function expectedBlock(a: Account): string | null {
  const position = positionOf(a);
  if (position === 12) return isMassachusetts(a) ? 'ST-01' : 'RF-13';
  if (position === 13) return 'TC-02';
  if (position === 14) return 'RF-18';
  return null;
}

interface SentAt {
  to: string;
  body: string;
  sid: string;
  at: Date;
  /** Sent by the worker that died, not by the dispatcher. */
  deadWorker: boolean;
  server: 1 | 2;
}

describe.skipIf(!redisUrl)('a campaign over 500 accounts across US time zones (issue #10)', () => {
  const keyPrefix = `test:campaign-500:${Math.random().toString(36).slice(2)}:`;
  let app: AppUnderTest;
  let campaignId: string;
  let created: any;
  let final: any;
  let report: any;
  const sent: SentAt[] = [];
  const sendsPerStep = new Map<number, number>();
  let server: 1 | 2 = 1;
  let firstServerCount = 0;
  const repliers = { replied: 'C-0040', verified: 'C-0041', arranged: 'C-0043' };

  async function collect(deadWorker = false): Promise<void> {
    const already = sent.filter((s) => s.server === server).length;
    for (const message of app.twilioApi.sent.slice(already)) {
      sent.push({ to: message.To, body: message.Body, sid: message.sid, at: app.clock.now(), deadWorker, server });
      if (!deadWorker) sendsPerStep.set(app.clock.now().getTime(), (sendsPerStep.get(app.clock.now().getTime()) ?? 0) + 1);
    }
  }

  /** A worker claims five due sends, texts two of them, and dies before finishing any. */
  async function workerDiesMidBatch(): Promise<void> {
    const jobs = await app.store.claimDueJobs<CampaignJob>(campaignQueue(campaignId), app.clock.now(), 5, 60_000);
    expect(jobs).toHaveLength(5);
    for (const job of jobs.slice(0, 2)) {
      const account = (await app.store.getAccount(job.payload.accountId))!;
      await app.outreach.sender!.send({
        sendId: campaignSendId(campaignId, account.id),
        account,
        text: firstMessage(account.language, samplePolicy),
        verified: false,
        collectionContent: false,
        allowedAmounts: [],
        allowedDates: [],
      });
    }
    await collect(true);
  }

  async function restart(): Promise<void> {
    firstServerCount = app.twilioApi.sent.length;
    await app.close();
    app = await startApp({ store: 'redis', redisUrl, keyPrefix, loadPortfolio: false, now: RESTART_AT });
    server = 2;
  }

  async function converse(from: string, turns: Array<[string, RegExp]>): Promise<void> {
    const debtor = new SmsClient({ baseUrl: app.baseUrl, publicBaseUrl: app.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from });
    for (const [says, expected] of turns) {
      const { status, messages } = await debtor.send(says);
      expect(status).toBe(200);
      expect(messages.join('\n'), `after "${says}"`).toMatch(expected);
    }
  }

  beforeAll(async () => {
    app = await startApp({ store: 'redis', redisUrl, keyPrefix, loadPortfolio: false, now: START });
    await app.store.putAccounts([...accounts, ...unselected]);
    const optOuts = new OptOutRegistry(app.store);
    const weekAgo = (ms: number) => new Date(Date.parse(START) - ms);
    for (const account of accounts) {
      const position = positionOf(account);
      if (position === 2) await optOuts.optOut('sms', account.phone, weekAgo(86_400_000));
      const contacts = { 8: [3, 86_400_000], 9: [2, 86_400_000], 10: [1, 86_400_000], 11: [3, (6 * 24 + 22) * 3_600_000] }[position];
      if (contacts) for (let n = 0; n < contacts[0]!; n++) await app.outreach.contacts.record(account.id, weekAgo(contacts[1]!));
    }

    created = await operatorPost(app, '/api/campaigns', { name: 'November outreach', selection: { daysPastDue: { min: 30 } } });
    expect(created.status).toBe(201);
    campaignId = created.body.campaign.id;

    // After creation, before sending: caps fill up, a debtor opts out, another disputes.
    app.clock.set(new Date('2026-11-24T10:01:00Z'));
    for (const account of accounts) {
      const position = positionOf(account);
      if (position === 12) for (let n = 0; n < 3; n++) await app.outreach.contacts.record(account.id, app.clock.now());
      if (position === 13) await optOuts.optOut('sms', account.phone, app.clock.now());
      if (position === 14) await app.store.updateAccount(account.id, (a) => ({ ...a, status: 'disputed' }));
    }

    app.clock.set(new Date('2026-11-24T10:05:00Z'));
    expect((await operatorPost(app, `/api/campaigns/${campaignId}/start`)).status).toBe(200);

    for (let at = Date.parse('2026-11-24T10:05:00Z'); at <= Date.parse(END); at += STEP_MS) {
      app.clock.set(new Date(at));
      if (at === Date.parse(RESTART_AT)) {
        await workerDiesMidBatch();
        await restart();
      }
      if (at === Date.parse('2026-11-24T15:30:00Z')) {
        await converse(byId.get(repliers.replied)!.phone, [['Hi', /date of birth/]]);
        await converse(byId.get(repliers.verified)!.phone, [
          ['Hi', /date of birth/],
          ['1/15/1980', /ZIP/],
          ['60601', /balance is/],
        ]);
        await converse(byId.get(repliers.arranged)!.phone, [
          ['Hi', /date of birth/],
          ['1/15/1980', /ZIP/],
          ['60601', /balance is/],
          ['3', /how much|amount/i],
          ['100 on November 30', /To confirm: you will pay \$100\.00 on November 30, 2026/],
          ['yes', /recorded your promise/],
        ]);
      }
      await app.outreach.runDue();
      await collect();
    }

    // Twilio reports delivery of 100 messages and failure of 5 (sids the restarted fake numbered
    // after the first fake's last, so no sid is shared between the two fakes).
    const reportable = sent.filter((s) => s.server === 2 && Number(s.sid.slice(2)) > firstServerCount);
    for (const message of reportable.slice(0, 100)) expect(await reportDelivery(app, message.sid, 'delivered')).toBe(204);
    for (const message of reportable.slice(100, 105)) expect(await reportDelivery(app, message.sid, 'undelivered')).toBe(204);

    final = await app.operator(`/api/campaigns/${campaignId}`);
    report = await app.operator(`/api/campaigns/${campaignId}/report`);
  }, 180_000);

  afterAll(async () => {
    await app?.close();
  });

  it('selects the 500 accounts 30+ days past due and excludes each ineligible one with its rule', () => {
    expect(created.body.campaign).toMatchObject({
      status: 'draft',
      matched: 500,
      targeted: 318,
      excluded: 182,
      excludedByRule: { 'TC-01': 20, 'RF-11': 20, 'TC-02': 20, 'RF-18': 20, 'RF-07': 20, 'RF-08': 20, 'RF-22': 20, 'RF-12': 20, 'RF-13': 18, 'ST-01': 4 },
    });
    const expected = accounts.flatMap((a) => (expectedExclusion(a) ? [[a.id, expectedExclusion(a)]] : [])).sort();
    const actual = report.body.excluded.map((e: { accountId: string; ruleIds: string[] }) => [e.accountId, e.ruleIds[0]]).sort();
    expect(actual).toEqual(expected);
  });

  it('blocks, when their turn comes, the accounts that became ineligible after creation, with the rule', () => {
    const expected = accounts.flatMap((a) => (!expectedExclusion(a) && expectedBlock(a) ? [[a.id, expectedBlock(a)]] : [])).sort();
    const actual = report.body.blocked.map((e: { accountId: string; ruleIds: string[] }) => [e.accountId, e.ruleIds[0]]).sort();
    expect(actual).toEqual(expected);
    expect(actual).toHaveLength(60);
  });

  it('texts every other eligible account exactly once, across the restart, checked at the fake Twilio', () => {
    const expectedPhones = accounts.filter((a) => !expectedExclusion(a) && !expectedBlock(a)).map((a) => a.phone).sort();
    expect(sent.map((s) => s.to).sort()).toEqual(expectedPhones);
    expect(new Set(sent.map((s) => s.to)).size).toBe(sent.length);
    expect(sent.filter((s) => s.deadWorker).length).toBeGreaterThan(0);
  });

  it('sends the first message in the debtor language with the opt-out notice, nothing about a debt (RF-01)', () => {
    for (const message of sent) {
      const account = byPhone.get(message.to)!;
      expect(message.body).toBe(`${firstMessage(account.language, samplePolicy)}\n${complianceMessages[account.language].optOutNotice}`);
    }
  });

  it('sends only inside 08:00-21:00 in the debtor zone (RF-02, TC-05)', () => {
    for (const message of sent) {
      const account = byPhone.get(message.to)!;
      const local = DateTime.fromJSDate(message.at, { zone: account.timezone! });
      expect(local.hour, `${account.id} at ${local.toISO()}`).toBeGreaterThanOrEqual(8);
      expect(local.hour).toBeLessThan(21);
    }
    const firstByZone = new Map<string, string>();
    for (const message of sent) {
      const zone = byPhone.get(message.to)!.timezone!;
      if (!firstByZone.has(zone)) firstByZone.set(zone, message.at.toISOString());
    }
    expect(Object.fromEntries(firstByZone)).toEqual({
      'America/New_York': '2026-11-24T13:00:00.000Z',
      'America/Chicago': '2026-11-24T14:00:00.000Z',
      'America/Denver': '2026-11-24T15:00:00.000Z',
      'America/Phoenix': '2026-11-24T15:00:00.000Z',
      'America/Los_Angeles': '2026-11-24T16:00:00.000Z',
      'America/Anchorage': '2026-11-24T17:00:00.000Z',
      'Pacific/Honolulu': '2026-11-24T18:00:00.000Z',
    });
  });

  it('throttles to one text a second per sender number (at most a minute of sends in any minute)', () => {
    const steps = [...sendsPerStep.entries()].sort(([a], [b]) => a - b);
    for (const [, count] of steps) expect(count).toBeLessThanOrEqual(RATE_PER_MINUTE);
    // New York and Massachusetts open together: 63 texts, 60 in the first minute, 3 in the next.
    expect(sendsPerStep.get(Date.parse('2026-11-24T13:00:00Z'))).toBe(60);
    expect(sendsPerStep.get(Date.parse('2026-11-24T13:01:00Z'))).toBe(3);
  });

  it('respects the 7-day caps: each text sent fit under its state cap, and nobody else got one', async () => {
    const textedThisWeek: Record<number, number> = { 8: 3, 9: 2, 10: 1, 12: 3 };
    const sentTo = new Set(sent.map((s) => s.to));
    for (const account of accounts) {
      const count = await app.outreach.contacts.countLast7Days(account.id, app.clock.now());
      const before = textedThisWeek[positionOf(account)] ?? 0;
      expect(count, account.id).toBe(before + (sentTo.has(account.phone) ? 1 : 0));
      if (sentTo.has(account.phone)) expect(count, account.id).toBeLessThanOrEqual(isMassachusetts(account) ? 2 : 3);
    }
  });

  it('reports progress equal to the hand-computed figures', () => {
    expect(final.status).toBe(200);
    expect(final.body.campaign.status).toBe('completed');
    expect(final.body.progress).toEqual({
      targeted: 318,
      excluded: 182,
      excludedByRule: created.body.campaign.excludedByRule,
      queued: 0,
      sent: 258,
      delivered: 100,
      undelivered: 5,
      blocked: 60,
      blockedByRule: { 'RF-13': 18, 'ST-01': 2, 'TC-02': 20, 'RF-18': 20 },
      cancelled: 0,
      replied: 3,
      verified: 2,
      arranged: 1,
    });
  });
});
