import twilio from 'twilio';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApp, TWILIO_AUTH_TOKEN, type AppUnderTest } from '../../support/app-under-test';

describe('POST /sms/status: Twilio delivery reports for what we sent by REST', () => {
  let app: AppUnderTest;

  beforeEach(async () => {
    app = await startApp({ store: 'memory', now: '2026-11-25T15:00:00Z' });
  });
  afterEach(async () => {
    await app?.close();
  });

  async function report(params: Record<string, string>, signature?: string) {
    const sign = signature ?? twilio.getExpectedTwilioSignature(TWILIO_AUTH_TOKEN, `${app.publicBaseUrl}/sms/status`, params);
    const response = await fetch(`${app.baseUrl}/sms/status`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Twilio-Signature': sign },
      body: new URLSearchParams(params).toString(),
    });
    return { status: response.status, text: await response.text() };
  }

  async function sendReminder(): Promise<string> {
    const account = (await app.store.getAccount('NW-1004'))!;
    const result = await app.outreach.sender!.send({
      sendId: 'test-reminder',
      account,
      text: 'Northwind Energy: a reminder that your payment of $100.00 is due on November 27, 2026.',
      verified: true,
      collectionContent: true,
      allowedAmounts: [10_000],
      allowedDates: ['2026-11-27'],
    });
    expect(result.status).toBe('sent');
    return (result as { sid: string }).sid;
  }

  it('asks Twilio to report to /sms/status, and records each status beside the message in the transcript', async () => {
    const sid = await sendReminder();
    expect(app.twilioApi.sent[0]?.StatusCallback).toBe(`${app.publicBaseUrl}/sms/status`);
    expect((await report({ MessageSid: sid, MessageStatus: 'sent', AccountSid: 'AC1' })).status).toBe(204);
    expect((await report({ MessageSid: sid, MessageStatus: 'undelivered', ErrorCode: '30006', AccountSid: 'AC1' })).status).toBe(204);
    const { body } = await app.operator('/api/accounts/NW-1004/transcript');
    const events = body.transcript.filter((entry: { event?: string }) => entry.event?.startsWith('sms.'));
    expect(events.map((entry: { event: string; text: string }) => [entry.event, entry.text])).toEqual([
      ['sms.sent', `Message ${sid}: sent`],
      ['sms.undelivered', `Message ${sid}: undelivered (error 30006)`],
    ]);
  });

  it('sends the same reminder id only once, however often it is asked to', async () => {
    const first = await sendReminder();
    const second = await sendReminder();
    expect(second).toBe(first);
    expect(app.twilioApi.sent).toHaveLength(1);
  });

  it('refuses a report without a valid signature (403) and one without MessageSid (400)', async () => {
    expect((await report({ MessageSid: 'SM1', MessageStatus: 'delivered' }, 'forged')).status).toBe(403);
    const missing = await report({ MessageStatus: 'delivered' });
    expect(missing.status).toBe(400);
    expect(JSON.parse(missing.text).error.code).toBe('invalid_webhook');
  });

  it('acknowledges a report about a message it never sent, and records nothing', async () => {
    expect((await report({ MessageSid: 'SMunknown', MessageStatus: 'delivered' })).status).toBe(204);
    const { body } = await app.operator('/api/accounts/NW-1004/transcript');
    expect(body.transcript).toEqual([]);
  });
});
