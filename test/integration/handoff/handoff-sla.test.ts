import { afterEach, describe, expect, it } from 'vitest';
import { TWILIO_AUTH_TOKEN } from '../../support/app-under-test';
import { SmsClient } from '../../support/sms-client';
import { startHandoffHarness } from './handoff-harness';

type Harness = Awaited<ReturnType<typeof startHandoffHarness>>;
const MARIA = '+15125550101';

/** Issue 4, item 4: nobody claims the case within its SLA (a dispute's is 4 hours). */
describe('a case nobody claims in time', () => {
  let harness: Harness;
  afterEach(async () => {
    await harness?.close();
  });

  async function disputeAt(now: string) {
    harness = await startHandoffHarness({ store: 'memory', now });
    const sms = new SmsClient({ baseUrl: harness.app.baseUrl, publicBaseUrl: harness.app.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from: MARIA });
    expect((await sms.send('This is not my debt, I dispute it')).status).toBe(200);
    const { body } = await harness.call('GET', '/api/handoffs?status=open');
    return body.handoffs[0] as { id: string; slaDueAt: string; priority: number };
  }

  async function at(time: string) {
    harness.app.clock.set(new Date(time));
    await harness.app.outreach.runDue();
  }

  it('is escalated to the top of the queue when its SLA ends, and the debtor is told by when someone will reply', async () => {
    // 12:00 in Austin (America/Chicago); the SLA ends at 16:00 there.
    const handoff = await disputeAt('2026-11-23T18:00:00Z');
    expect(handoff).toMatchObject({ priority: 2, slaDueAt: '2026-11-23T22:00:00.000Z' });
    await at('2026-11-23T21:59:00Z');
    expect(harness.twilioApi.sent).toHaveLength(0);

    await at('2026-11-23T22:00:00Z');
    const { body } = await harness.call('GET', `/api/handoffs/${handoff.id}`);
    expect(body).toMatchObject({ status: 'open', priority: 1, escalatedAt: '2026-11-23T22:00:00.000Z', expectedContactBy: '2026-11-23T23:00:00.000Z' });
    expect(harness.twilioApi.sent.map((sms) => [sms.To, sms.Body])).toEqual([
      [MARIA, "We're sorry for the wait: no specialist has been free yet. Someone will reply here by 5:00 PM today.\nReply STOP to opt out."],
    ]);
    expect(body.transcript).toContainEqual(expect.objectContaining({ event: 'handoff.escalated', actor: 'assistant' }));
    const events = await harness.app.outreach.activity.read('2026-11-23', '2026-11-23');
    expect(events.filter((event) => event.type === 'handoff.escalated')).toEqual([
      expect.objectContaining({ accountId: 'NW-1001', data: { handoffId: handoff.id, reason: 'dispute', channel: 'sms', expectedContactBy: '2026-11-23T23:00:00.000Z' } }),
    ]);

    // Once is enough: later runs send nothing more.
    await at('2026-11-24T02:00:00Z');
    expect(harness.twilioApi.sent).toHaveLength(1);
  });

  it('RF-02: at night it escalates at once, but the notice waits for 8:00 and names a time inside the window', async () => {
    // 20:30 in Austin; the SLA ends at 00:30.
    const handoff = await disputeAt('2026-11-24T02:30:00Z');
    await at('2026-11-24T06:30:00Z');
    const escalated = await harness.call('GET', `/api/handoffs/${handoff.id}`);
    expect(escalated.body).toMatchObject({ priority: 1, expectedContactBy: '2026-11-24T15:00:00.000Z' });
    expect(harness.twilioApi.sent).toHaveLength(0);

    await at('2026-11-24T13:59:00Z');
    expect(harness.twilioApi.sent).toHaveLength(0);
    await at('2026-11-24T14:00:00Z');
    expect(harness.twilioApi.sent.map((sms) => sms.Body)).toEqual([
      "We're sorry for the wait: no specialist has been free yet. Someone will reply here by 9:00 AM today.\nReply STOP to opt out.",
    ]);
  });

  it('does nothing when a specialist claimed the case in time', async () => {
    const handoff = await disputeAt('2026-11-23T18:00:00Z');
    expect((await harness.call('POST', `/api/handoffs/${handoff.id}/claim`, { specialist: 'sam' })).status).toBe(200);
    const sentOnClaim = harness.twilioApi.sent.length;
    await at('2026-11-23T22:00:00Z');
    expect(harness.twilioApi.sent).toHaveLength(sentOnClaim);
    const { body } = await harness.call('GET', `/api/handoffs/${handoff.id}`);
    expect(body).toMatchObject({ status: 'claimed', priority: 2 });
    expect(body.escalatedAt).toBeNull();
  });
});
