import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TWILIO_AUTH_TOKEN } from '../../support/app-under-test';
import { SmsClient } from '../../support/sms-client';
import { startHandoffHarness } from './handoff-harness';

type Harness = Awaited<ReturnType<typeof startHandoffHarness>>;
const MARIA = '+15125550101';

async function mariaAsksForAPerson(harness: Harness) {
  const maria = new SmsClient({ baseUrl: harness.app.baseUrl, publicBaseUrl: harness.app.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from: MARIA });
  await maria.send('Hi');
  await maria.send('3/14/85');
  await maria.send('78701');
  await maria.send('I want to talk to a person');
  const [handoff] = (await harness.call('GET', '/api/handoffs?status=open')).body.handoffs;
  return { maria, id: handoff.id as string };
}

const outbox = async (harness: Harness, after = 0) => (await fetch(`${harness.app.baseUrl}/dev/sms-outbox?phone=${encodeURIComponent(MARIA)}&after=${after}`)).json();

/** Issue 17, item 7: the embedded default works end to end without Twilio. */
describe('the embedded default without an SMS provider', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHandoffHarness({ store: 'memory', sms: 'local-outbox', now: '2026-12-03T15:00:00Z' });
  });
  afterEach(async () => {
    await harness?.close();
  });

  it('claims, replies and resolves an SMS case: the texts go to the local outbox, marked "not delivered" in the transcript', async () => {
    const { id } = await mariaAsksForAPerson(harness);
    expect((await harness.call('POST', `/api/handoffs/${id}/claim`, { specialist: 'sam' })).status).toBe(200);
    const reply = await harness.call('POST', `/api/handoffs/${id}/messages`, { specialist: 'sam', text: 'Hi Maria, how can I help?' });
    expect(reply).toMatchObject({ status: 202, body: { status: 'sent', delivered: false } });
    expect((await harness.call('POST', `/api/handoffs/${id}/resolve`, { specialist: 'sam', outcome: 'Answered', handBackTo: 'menu' })).status).toBe(200);

    const kept = await outbox(harness);
    expect(kept.messages.map((m: { body: string }) => m.body)).toEqual([
      'sam, a specialist, has joined this conversation.\nReply STOP to opt out.',
      'Hi Maria, how can I help?\nReply STOP to opt out.',
      "sam has left the conversation. You're back with the automated assistant; reply MENU to see options.\nReply STOP to opt out.",
    ]);
    expect((await outbox(harness, 2)).messages).toHaveLength(1);
    expect(harness.twilioApi.sent).toEqual([]);

    const transcript = (await harness.call('GET', `/api/handoffs/${id}`)).body.transcript as Array<{ actor: string; direction: string; text: string; event?: string }>;
    const bySam = transcript.filter((entry) => entry.actor === 'sam').map((entry) => entry.event ?? `${entry.direction}: ${entry.text.split('\n')[0]}`);
    expect(bySam).toEqual([
      'handoff.claimed',
      'out: sam, a specialist, has joined this conversation.',
      'sms.not_delivered',
      'out: Hi Maria, how can I help?',
      'sms.not_delivered',
      'handoff.resolved',
      "out: sam has left the conversation. You're back with the automated assistant; reply MENU to see options.",
      'sms.not_delivered',
    ]);
    expect(transcript.find((entry) => entry.event === 'sms.not_delivered')!.text).toBe('not delivered: no SMS provider configured');
  });

  it('sends reminders to the local outbox too', async () => {
    const maria = new SmsClient({ baseUrl: harness.app.baseUrl, publicBaseUrl: harness.app.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from: MARIA });
    for (const text of ['Hi', '3/14/85', '78701', 'I can pay on December 12', '1240.50 on December 12', 'yes']) await maria.send(text);
    expect((await harness.app.operator('/api/accounts/NW-1001')).body.arrangements).toHaveLength(1);
    // Two days before at 10:00 in Austin.
    harness.app.clock.set(new Date('2026-12-10T16:00:01Z'));
    await harness.app.outreach.runDue();
    const kept = await outbox(harness);
    expect(kept.messages).toHaveLength(1);
    expect(kept.messages[0].body).toMatch(/\$1,240\.50/);
    const transcript = (await harness.app.operator('/api/accounts/NW-1001/transcript')).body.transcript as Array<{ event?: string; text: string }>;
    expect(transcript.at(-1)).toMatchObject({ event: 'sms.not_delivered', text: 'not delivered: no SMS provider configured' });
  });

  it('answers bad outbox queries with 400', async () => {
    expect((await fetch(`${harness.app.baseUrl}/dev/sms-outbox?phone=hello`)).status).toBe(400);
    expect((await fetch(`${harness.app.baseUrl}/dev/sms-outbox`)).status).toBe(400);
  });
});

describe('claims and resolutions when the SMS provider fails', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHandoffHarness({ store: 'memory', now: '2026-12-03T15:00:00Z' });
  });
  afterEach(async () => {
    await harness?.close();
  });

  it('never half-applies: the claim stands with its notice queued, and the notice goes once the provider is back', async () => {
    const { id } = await mariaAsksForAPerson(harness);
    harness.twilioApi.refuse(true);
    const claimed = await harness.call('POST', `/api/handoffs/${id}/claim`, { specialist: 'sam' });
    expect(claimed).toMatchObject({ status: 200, body: { status: 'claimed', claimedBy: 'sam', notice: 'queued' } });

    // A reply changes nothing when it fails, and says so.
    expect((await harness.call('POST', `/api/handoffs/${id}/messages`, { specialist: 'sam', text: 'Hello' })).body.error.code).toBe('sms_failed');
    const resolved = await harness.call('POST', `/api/handoffs/${id}/resolve`, { specialist: 'sam', outcomeCode: 'no_contact', handBackTo: null });
    expect(resolved).toMatchObject({ status: 200, body: { status: 'resolved', notice: 'queued', outcomeCode: 'no_contact' } });
    expect(harness.twilioApi.sent).toEqual([]);

    harness.twilioApi.refuse(false);
    await harness.app.outreach.runDue();
    // The join notice lapsed with the claim; the leave notice went.
    expect(harness.twilioApi.sent.map((m) => m.Body)).toEqual(['sam has left the conversation. Thank you for your patience.\nReply STOP to opt out.']);
    const transcript = (await harness.call('GET', `/api/handoffs/${id}`)).body.transcript as Array<{ event?: string }>;
    expect(transcript.filter((entry) => entry.event === 'handoff.notice_queued')).toHaveLength(2);
  });
});
