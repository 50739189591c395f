import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAI } from '../../support/fake-openai';
import { OPERATOR_TOKEN, startApp, TWILIO_AUTH_TOKEN, type AppUnderTest } from '../../support/app-under-test';
import { SmsClient } from '../../support/sms-client';

/** Issue 4, item 1: a structured summary, enriched by the language model when one is configured. */
describe('a handoff case read by the configured model', () => {
  let openai: FakeOpenAI;
  let app: AppUnderTest;
  let caseId: string;

  beforeEach(async () => {
    openai = await startFakeOpenAI();
    app = await startApp({ store: 'memory', openaiBaseUrl: openai.baseURL });
    const maria = new SmsClient({ baseUrl: app.baseUrl, publicBaseUrl: app.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from: '+15125550101' });
    await maria.send('Hi');
    await maria.send('3/14/85');
    await maria.send('78701');
    await maria.send('My name is Maria Lopez and I already paid this in March, why is it $1,240.50?');
    caseId = (await app.operator('/api/handoffs?status=open')).body.handoffs[0].id;
  });
  afterEach(async () => {
    await app?.close();
    await openai?.close();
  });

  const caseDetail = async () => (await fetch(`${app.baseUrl}/api/handoffs/${caseId}`, { headers: { Authorization: `Bearer ${OPERATOR_TOKEN}` } })).json() as Promise<any>;

  it('adds the model reading beside the deterministic summary, from redacted words only, with no numbers', async () => {
    openai.reply({ kind: 'answer', body: { gist: 'Says she already paid 1240.50 in March and disputes the balance.', debtorAsks: ['why the balance is still open'], tone: 'frustrated' } });
    expect((await caseDetail()).summaryByModel).toBeNull();
    await app.outreach.runDue();

    const detail = await caseDetail();
    expect(detail.summary).toMatch(/^Reason: dispute\./);
    expect(detail.summaryByModel).toEqual({
      gist: 'Says she already paid [number] in March and disputes the balance.',
      debtorAsks: ['why the balance is still open'],
      tone: 'frustrated',
      promptVersion: 'handoff-summary.v1',
    });
    const sent = JSON.stringify(openai.requests[0]?.body.input);
    expect(sent).toContain('dispute');
    expect(sent).toContain('already paid this in March');
    expect(sent).not.toMatch(/Maria|Lopez|78701|3\/14\/85/);
  });

  it('keeps the deterministic summary when the model fails, after a few tries', async () => {
    openai.fallbackReply = { kind: 'status', status: 500 };
    for (let hour = 1; hour <= 4; hour++) {
      app.clock.advance(3_600_000);
      await app.outreach.runDue();
    }
    const detail = await caseDetail();
    expect(detail.summary).toMatch(/^Reason: dispute\./);
    expect(detail.summaryByModel).toBeNull();
    // Three attempts (the SDK retries each once), then the job gives up.
    expect(openai.requests.length).toBe(6);
  });
});
