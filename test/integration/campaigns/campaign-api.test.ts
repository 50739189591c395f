import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { complianceMessages } from '../../../prompts/compliance';
import { TranscriptLog } from '../../../src/audit/transcript-log';
import { campaignQueue, firstMessage } from '../../../src/campaigns/campaign';
import { CampaignDispatcher } from '../../../src/campaigns/campaign-dispatcher';
import { CampaignService } from '../../../src/campaigns/campaign-service';
import { SendThrottle } from '../../../src/campaigns/send-throttle';
import { OptOutRegistry } from '../../../src/conversation/opt-outs';
import { ManualClock } from '../../../src/domain/clock';
import { ActivityLog } from '../../../src/outreach/activity-log';
import { ContactLedger } from '../../../src/outreach/contact-ledger';
import { OutreachSender } from '../../../src/outreach/outreach-sender';
import { createStore } from '../../../src/store/create-store';
import { anAccount } from '../../fixtures/accounts';
import { samplePolicy } from '../../fixtures/policy';
import { startApp, type AppUnderTest } from '../../support/app-under-test';
import { operatorPost } from './operator-client';

/** Tue 2026-11-24 18:00Z: 13:00 in New York, 12:00 in Chicago: every sample window is open. */
const NOON = '2026-11-24T18:00:00Z';

describe('the campaign operator API', () => {
  let app: AppUnderTest;
  beforeEach(async () => {
    app = await startApp({ store: 'memory', now: NOON });
  });
  afterEach(async () => {
    await app?.close();
  });

  const campaignCount = async () => (await app.operator('/api/campaigns')).body.campaigns.length;

  it('previews who would be texted, who not and why, and the first message in each language as sent', async () => {
    const { status, body } = await operatorPost(app, '/api/campaigns/preview', { selection: {} });
    expect(status).toBe(200);
    expect(body).toMatchObject({ matched: 6, targeted: 3, targetedByLanguage: { en: 2, es: 1 }, excluded: 3, excludedByRule: { 'TC-01': 2, 'RF-18': 1 } });
    expect(body.exclusions.map((e: any) => [e.accountId, e.ruleIds[0]])).toEqual([
      ['NW-1003', 'TC-01'],
      ['NW-1005', 'TC-01'],
      ['NW-1006', 'RF-18'],
    ]);
    for (const language of ['en', 'es'] as const) {
      expect(body.messages[language]).toBe(`${firstMessage(language, samplePolicy)}\n${complianceMessages[language].optOutNotice}`);
      expect(body.messages[language]).toContain('Northwind Energy');
    }
    expect(await campaignCount()).toBe(0);
  });

  it('answers bad input with a clear 4xx and creates nothing', async () => {
    const cases: Array<[unknown, number, string, RegExp?]> = [
      [{ name: 'x', accountIds: ['NW-1001', 'NW-9999', 'NOPE'] }, 400, 'unknown_accounts', /NW-9999, NOPE/],
      [{ name: 'x', accountIds: ['NW-1001', 'NW-1002', 'NW-1001'] }, 400, 'duplicate_accounts', /NW-1001/],
      [{ name: 'x', accountIds: ['NW-1003', 'NW-1006'] }, 422, 'no_eligible_accounts', /TC-01: 1, RF-18: 1/],
      [{ name: 'x', selection: { daysPastDue: { min: 10_000 } } }, 422, 'no_matching_accounts'],
      [{ name: 'x', selection: {}, accountIds: ['NW-1001'] }, 400, 'invalid_request'],
      [{ name: '', selection: {} }, 400, 'invalid_request'],
      [{ name: 'x', selection: { timezones: ['Mars/Olympus'] } }, 400, 'invalid_request'],
      [{ name: 'x', selection: { balanceCents: { min: 500, max: 100 } } }, 400, 'invalid_request'],
    ];
    for (const [body, status, code, message] of cases) {
      const response = await operatorPost(app, '/api/campaigns', body);
      expect([response.status, response.body.error?.code], JSON.stringify(body)).toEqual([status, code]);
      if (message) expect(response.body.error.message).toMatch(message);
    }
    expect(await campaignCount()).toBe(0);
    const anonymous = await fetch(`${app.baseUrl}/api/campaigns`);
    expect(anonymous.status).toBe(401);
    expect((await app.operator('/api/campaigns/nope')).body.error.code).toBe('campaign_not_found');
  });

  it('starts, pauses, resumes and completes; a wrong transition is a 409 that changes nothing', async () => {
    const created = await operatorPost(app, '/api/campaigns', { name: 'Sample', accountIds: ['NW-1001', 'NW-1002', 'NW-1003', 'NW-1004'] });
    expect(created.status).toBe(201);
    const id = created.body.campaign.id;
    expect(created.body.campaign).toMatchObject({ status: 'draft', matched: 4, targeted: 3, excluded: 1, listedAccounts: 4, selection: null });
    expect((await operatorPost(app, `/api/campaigns/${id}/pause`)).body.error.code).toBe('invalid_state');

    // One token in the sender's bucket: the first pass sends one text, then the operator pauses.
    await app.store.setDocument('campaign-throttle:default', { tokens: 1, at: app.clock.now().toISOString() });
    expect((await operatorPost(app, `/api/campaigns/${id}/start`)).body.campaign.status).toBe('running');
    await app.outreach.runDue();
    expect(app.twilioApi.sent).toHaveLength(1);
    const paused = await operatorPost(app, `/api/campaigns/${id}/pause`);
    expect(paused.status).toBe(200);
    expect(paused.body.progress).toMatchObject({ sent: 1, queued: 2 });
    expect((await operatorPost(app, `/api/campaigns/${id}/pause`)).status).toBe(409);
    expect((await operatorPost(app, `/api/campaigns/${id}/start`)).status).toBe(409);

    app.clock.advance(10 * 60_000);
    await app.outreach.runDue();
    expect(app.twilioApi.sent).toHaveLength(1);

    expect((await operatorPost(app, `/api/campaigns/${id}/resume`)).body.campaign.status).toBe('running');
    await app.outreach.runDue();
    expect(app.twilioApi.sent).toHaveLength(3);
    const done = await app.operator(`/api/campaigns/${id}`);
    expect(done.body.campaign.status).toBe('completed');
    expect(done.body.progress).toMatchObject({ targeted: 3, sent: 3, queued: 0, blocked: 0 });
    expect((await operatorPost(app, `/api/campaigns/${id}/cancel`)).body.error.code).toBe('invalid_state');
    expect((await operatorPost(app, `/api/campaigns/${id}/explode`)).status).toBe(404);
  });

  it('cancels a running campaign: what was not sent is reported cancelled and leaves the queue', async () => {
    const { body } = await operatorPost(app, '/api/campaigns', { name: 'To cancel', selection: { statuses: ['active'] } });
    const id = body.campaign.id;
    await operatorPost(app, `/api/campaigns/${id}/start`);
    const cancelled = await operatorPost(app, `/api/campaigns/${id}/cancel`);
    expect(cancelled.body.campaign.status).toBe('cancelled');
    expect(cancelled.body.progress).toMatchObject({ targeted: 3, queued: 0, cancelled: 3, sent: 0 });
    expect(await app.store.countJobs(campaignQueue(id))).toBe(0);
    await app.outreach.runDue();
    expect(app.twilioApi.sent).toHaveLength(0);
  });
});

describe('a pause that lands while a batch is being sent', () => {
  it('stops before the next send; the rest stay queued and go after resume, none twice', async () => {
    const clock = new ManualClock(new Date(NOON));
    const store = createStore({ kind: 'memory', clock });
    const accounts = Array.from({ length: 5 }, (_, i) => anAccount({ id: `P-${i}`, phone: `+1312555${String(1000 + i)}` }));
    await store.putAccounts(accounts);
    const optOuts = new OptOutRegistry(store);
    const contacts = new ContactLedger(store);
    const service = new CampaignService({ store, clock, policy: samplePolicy, optOuts, contacts, activity: new ActivityLog(store, clock), canSend: true });
    const texted: string[] = [];
    let campaignId = '';
    const sender = new OutreachSender({
      store,
      policy: samplePolicy,
      clock,
      transcripts: new TranscriptLog(store),
      optOuts,
      contacts,
      sms: {
        async send(to) {
          texted.push(to);
          // The operator presses pause while the second text is on its way to Twilio.
          if (texted.length === 2) await service.pause(campaignId);
          return { sid: `SM${texted.length}` };
        },
      },
    });
    const throttle = new SendThrottle({ store, clock, sendsPerSecond: 10, senderNumber: '+15125550199' });
    const dispatcher = new CampaignDispatcher({ store, clock, policy: samplePolicy, sender, throttle, campaigns: service });

    campaignId = (await service.create({ name: 'Pause', accountIds: accounts.map((a) => a.id) })).campaign.id;
    await service.start(campaignId);
    await dispatcher.runDue();
    expect(texted).toHaveLength(2);
    const paused = await service.get(campaignId);
    expect(paused.status).toBe('paused');
    expect(await service.progress(paused)).toMatchObject({ sent: 2, queued: 3 });
    expect(await store.countJobs(campaignQueue(campaignId))).toBe(3);

    await service.resume(campaignId);
    clock.advance(60_000);
    await dispatcher.runDue();
    expect(texted.sort()).toEqual(accounts.map((a) => a.phone).sort());
    expect((await service.get(campaignId)).status).toBe('completed');
    await store.close();
  });
});
