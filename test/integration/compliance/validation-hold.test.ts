import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SmsClient } from '../../support/sms-client';
import { OPERATOR_TOKEN, startApp, TWILIO_AUTH_TOKEN, type AppUnderTest } from '../../support/app-under-test';

interface Entry {
  direction: 'in' | 'out' | 'event';
  text: string;
  actor: string;
  event?: string;
  decision?: { action: string; ruleIds: string[] };
}

const anAmount = /\$\s?\d/;
const MINUTE = 60_000;

async function postVerificationSent(app: AppUnderTest, accountId: string, body?: unknown, token = OPERATOR_TOKEN) {
  const response = await fetch(`${app.baseUrl}/api/accounts/${accountId}/verification-sent`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

async function transcriptOf(app: AppUnderTest, accountId: string): Promise<Entry[]> {
  const { body } = await app.operator(`/api/accounts/${accountId}/transcript`);
  return body.transcript as Entry[];
}

describe('RF-18 validation hold', () => {
  let app: AppUnderTest;
  let maria: SmsClient;

  /** One debtor turn, a minute after the last, so the transcript reads in order. */
  async function say(text: string): Promise<string> {
    app.clock.advance(MINUTE);
    const { status, messages } = await maria.send(text);
    expect(status, `HTTP status after "${text}"`).toBe(200);
    return messages.join('\n');
  }

  beforeEach(async () => {
    app = await startApp({ store: 'memory' });
    maria = new SmsClient({ baseUrl: app.baseUrl, publicBaseUrl: app.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from: '+15125550101' });
  });
  afterEach(async () => {
    await app?.close();
  });

  it('a dispute stops payment requests until an operator records that verification was sent', async () => {
    await say('Hi');
    await say('3/14/85');
    expect(await say('78701')).toMatch(/\$1,240\.50/);

    // The debtor disputes: a durable flag and a case for a person (RF-18, §0.2).
    const ack = await say("I don't owe this");
    expect(ack).toMatch(/dispute/i);
    expect(ack).not.toMatch(anAmount);
    const disputed = await app.operator('/api/accounts/NW-1001');
    expect(disputed.status).toBe(200);
    expect(disputed.body.flags).toContain('dispute');
    expect(disputed.body.flags).not.toContain('validation_sent');
    expect(disputed.body.handoffs).toHaveLength(1);
    expect(disputed.body.handoffs[0]).toMatchObject({ reason: 'dispute', status: 'open', accountId: 'NW-1001' });

    // The specialist hands the conversation back without sending verification (the handoff API
    // is built elsewhere; the store is the same one it writes to).
    const resolved = await app.store.updateHandoff(disputed.body.handoffs[0].id, 'open', (handoff) => ({
      ...handoff,
      status: 'resolved',
      resolvedAt: app.clock.now().toISOString(),
      outcome: 'reviewed, verification pending',
    }));
    expect(resolved?.status).toBe('resolved');

    // Pay in full while the hold stands: no amount and no offer reaches the debtor, yet they are
    // answered, never met with silence (the gate's own RF-18 block is tested in the unit suite).
    const duringHold = [await say('1'), await say('what is my balance')];
    for (const reply of duringHold) {
      expect(reply).not.toMatch(anAmount);
      expect(reply).toMatch(/specialist needs to review/);
    }

    // The operator records that verification was sent.
    const recorded = await postVerificationSent(app, 'NW-1001', { note: 'Verification letter mailed' });
    expect(recorded.status).toBe(200);
    expect(recorded.body).toMatchObject({ id: 'NW-1001', status: 'active', balanceCents: 124050 });
    expect(recorded.body.flags).toEqual(expect.arrayContaining(['dispute', 'validation_sent']));
    expect(recorded.body.handoffs).toHaveLength(1);
    expect(Array.isArray(recorded.body.arrangements)).toBe(true);
    expect(Array.isArray(recorded.body.optOuts)).toBe(true);

    // Collection content flows again.
    const afterVerification = await say('1');
    expect(afterVerification).toMatch(/\$1,240\.50/);

    const transcript = await transcriptOf(app, 'NW-1001');
    const event = transcript.find((entry) => entry.event === 'flag.validation_sent');
    expect(event).toMatchObject({ direction: 'event', actor: 'operator', text: expect.stringContaining('Verification letter mailed') });
    const lastOut = transcript.filter((entry) => entry.direction === 'out').at(-1);
    expect(lastOut?.decision?.action).not.toBe('block');
    expect(transcript.indexOf(event!)).toBeLessThan(transcript.indexOf(lastOut!));
  });

  it('recording verification twice keeps one flag and answers 200 with no body at all', async () => {
    expect((await postVerificationSent(app, 'NW-1002')).status).toBe(200);
    const again = await postVerificationSent(app, 'NW-1002');
    expect(again.status).toBe(200);
    expect(again.body.flags.filter((flag: string) => flag === 'validation_sent')).toHaveLength(1);
  });

  it('answers 404 with an error code for an unknown account', async () => {
    const { status, body } = await postVerificationSent(app, 'NO-SUCH-ACCOUNT', {});
    expect(status).toBe(404);
    expect(body).toEqual({ error: { code: 'account_not_found', message: expect.any(String) } });
  });

  it('is an operator action: 401 without the operator token', async () => {
    const { status, body } = await postVerificationSent(app, 'NW-1001', {}, 'wrong-token-wrong-token');
    expect(status).toBe(401);
    expect(body.error.code).toBe('unauthorized');
    expect((await app.operator('/api/accounts/NW-1001')).body.flags).not.toContain('validation_sent');
  });

  it('rejects a malformed body with 400, never 500', async () => {
    expect((await postVerificationSent(app, 'NW-1001', { note: 42 })).status).toBe(400);
    expect((await postVerificationSent(app, 'NW-1001', { note: 'ok', extra: true })).status).toBe(400);
    const response = await fetch(`${app.baseUrl}/api/accounts/NW-1001/verification-sent`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${OPERATOR_TOKEN}`, 'Content-Type': 'application/json' },
      body: '{not json',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).error.code).toBeTruthy();
  });

  it('PRV-02: a card or SSN typed into the note is redacted before it is stored', async () => {
    await postVerificationSent(app, 'NW-1001', { note: 'debtor SSN 123-45-6789, card 4111 1111 1111 1111' });
    const event = (await transcriptOf(app, 'NW-1001')).find((entry) => entry.event === 'flag.validation_sent');
    expect(event?.text).not.toMatch(/123-45-6789|4111/);
    expect(event?.text).toMatch(/removed/);
  });
});
