import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TWILIO_AUTH_TOKEN } from '../../support/app-under-test';
import { redisUrlForTests } from '../../support/redis';
import { SmsClient } from '../../support/sms-client';
import { startHandoffHarness, TWILIO_ACCOUNT_SID, TWILIO_FROM_NUMBER } from './handoff-harness';

type Harness = Awaited<ReturnType<typeof startHandoffHarness>>;
const MARIA = '+15125550101';

/** Maria texts a dispute; the case it opens. */
async function disputeBySms(harness: Harness) {
  const sms = new SmsClient({ baseUrl: harness.app.baseUrl, publicBaseUrl: harness.app.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from: MARIA });
  expect((await sms.send('This is not my debt, I dispute it')).status).toBe(200);
  const { body } = await harness.call('GET', '/api/handoffs?status=open');
  expect(body.handoffs).toHaveLength(1);
  return { sms, handoff: body.handoffs[0] };
}

describe('the handoff API over SMS', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHandoffHarness({ store: 'memory' });
  });
  afterEach(async () => {
    await harness?.close();
  });

  it('takes a texted dispute from the queue to a reply by Twilio REST, a note and a resolution, all in the transcript', async () => {
    const { sms, handoff } = await disputeBySms(harness);
    expect(handoff).toMatchObject({ accountId: 'NW-1001', reason: 'dispute', status: 'open', channel: 'sms', claimedBy: null });
    expect(handoff).not.toHaveProperty('address');

    const claimed = await harness.call('POST', `/api/handoffs/${handoff.id}/claim`, { specialist: 'sam' });
    expect(claimed).toMatchObject({ status: 200, body: { status: 'claimed', claimedBy: 'sam' } });
    expect(harness.twilioApi.sent[0]).toMatchObject({ To: MARIA, From: TWILIO_FROM_NUMBER, accountSid: TWILIO_ACCOUNT_SID });
    expect(harness.twilioApi.sent[0]!.Body).toMatch(/^sam, a specialist, has joined/);

    // While sam holds the case the assistant stays silent past its one holding notice.
    await sms.send('hello?');
    expect((await sms.send('anyone there?')).messages).toEqual([]);

    const reply = await harness.call('POST', `/api/handoffs/${handoff.id}/messages`, { specialist: 'sam', text: "I'm looking into your dispute now." });
    expect(reply.status).toBe(202);
    expect(harness.twilioApi.sent[1]!.Body).toBe("I'm looking into your dispute now.\nReply STOP to opt out.");

    expect((await harness.call('POST', `/api/handoffs/${handoff.id}/notes`, { specialist: 'sam', text: 'Asked for the bill copy' })).status).toBe(201);
    expect(harness.twilioApi.sent).toHaveLength(2);

    const resolved = await harness.call('POST', `/api/handoffs/${handoff.id}/resolve`, { specialist: 'sam', outcome: 'Validation notice sent', handBackTo: 'menu' });
    expect(resolved).toMatchObject({ status: 200, body: { status: 'resolved', outcome: 'Validation notice sent', handBackTo: 'menu' } });
    expect(harness.twilioApi.sent[2]!.Body).toMatch(/^sam has left the conversation\. You're back with the automated assistant/);

    const detail = await harness.call('GET', `/api/handoffs/${handoff.id}`);
    expect(detail.body.account).toMatchObject({ id: 'NW-1001', firstName: 'Maria', flags: ['dispute'] });
    expect(detail.body.account).not.toHaveProperty('dateOfBirth');
    // What the debtor wrote during the takeover reaches the specialist through the transcript.
    expect(detail.body.transcript).toContainEqual(expect.objectContaining({ direction: 'in', actor: 'debtor', text: 'anyone there?' }));
    const bySam = detail.body.transcript.filter((entry: { actor: string }) => entry.actor === 'sam');
    expect(bySam.map((entry: { event?: string; direction: string }) => entry.event ?? entry.direction)).toEqual([
      'handoff.claimed',
      'out',
      'out',
      'handoff.note',
      'handoff.resolved',
      'out',
    ]);
    expect(bySam[2].decision).toMatchObject({ action: 'rewrite' });
    expect(bySam.every((entry: { at: string }) => typeof entry.at === 'string')).toBe(true);

    // Handed back: the assistant answers again.
    expect((await sms.send('menu')).messages.length).toBeGreaterThan(0);
  });

  it('orders the queue by priority, then the SLA that runs out first', async () => {
    await disputeBySms(harness);
    const sms = new SmsClient({ baseUrl: harness.app.baseUrl, publicBaseUrl: harness.app.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from: '+13055550102' });
    await sms.send('I filed for bankruptcy');
    const { body } = await harness.call('GET', '/api/handoffs');
    expect(body.handoffs.map((h: { reason: string }) => h.reason)).toEqual(['bankruptcy', 'dispute']);
  });

  it('refuses replies from a specialist who does not hold the case, and bad bodies, with an error code', async () => {
    const { handoff } = await disputeBySms(harness);
    expect((await harness.call('POST', `/api/handoffs/${handoff.id}/messages`, { specialist: 'sam', text: 'hi' })).body.error.code).toBe('not_claimed_by_you');
    expect((await harness.call('POST', `/api/handoffs/${handoff.id}/claim`, {})).body.error.code).toBe('invalid_body');
    expect((await harness.call('POST', `/api/handoffs/${handoff.id}/resolve`, { specialist: 'sam', outcome: 'x', handBackTo: 'nowhere' })).status).toBe(400);
    expect((await harness.call('GET', '/api/handoffs/nope')).body.error.code).toBe('handoff_not_found');
    expect((await fetch(`${harness.deskUrl}/api/handoffs`)).status).toBe(401);
  });
});

const redisUrl = redisUrlForTests();
for (const store of ['memory', ...(redisUrl ? ['redis' as const] : [])] as const) {
  describe(`two specialists claiming one case at once (${store} store)`, () => {
    let harness: Harness;
    beforeEach(async () => {
      harness = await startHandoffHarness({ store, redisUrl });
    });
    afterEach(async () => {
      await harness?.close();
    });

    it('lets exactly one win; the other gets 409 already_claimed', async () => {
      const { handoff } = await disputeBySms(harness);
      const answers = await Promise.all(['sam', 'alex'].map((specialist) => harness.call('POST', `/api/handoffs/${handoff.id}/claim`, { specialist })));
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      expect(answers.find((a) => a.status === 409)!.body.error.code).toBe('already_claimed');
      const winner = answers.find((a) => a.status === 200)!.body.claimedBy;
      expect((await harness.call('GET', `/api/handoffs/${handoff.id}`)).body.claimedBy).toBe(winner);
    });
  });
}
