import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SmsClient } from '../../support/sms-client';
import { signedLinkIn } from '../../support/short-link';
import { startApp, TWILIO_AUTH_TOKEN, type AppUnderTest } from '../../support/app-under-test';

let app: AppUnderTest;
beforeEach(async () => {
  app = await startApp({ store: 'memory' });
});
afterEach(async () => {
  await app.close();
});

function texter(from: string): SmsClient {
  return new SmsClient({ baseUrl: app.baseUrl, publicBaseUrl: app.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from });
}

async function verifyMaria(): Promise<SmsClient> {
  const maria = texter('+15125550101');
  await maria.send('Hi');
  await maria.send('March 14, 1985');
  const verified = await maria.send('78701');
  expect(verified.messages.join('\n')).toMatch(/Your balance is \$1,240\.50/);
  return maria;
}

describe('rights the debtor invokes (AI-02)', () => {
  it('RF-18: a dispute is acknowledged with care, opens a case and stops collection on the account', async () => {
    const maria = await verifyMaria();
    const answer = await maria.send("I don't owe this, it's not my debt");
    expect(answer.messages.join('\n')).toMatch(/dispute.*specialist/s);

    const { body } = await app.operator('/api/accounts/NW-1001');
    expect(body.flags).toContain('dispute');
    expect(body.handoffs).toEqual([expect.objectContaining({ reason: 'dispute', status: 'open', accountId: 'NW-1001' })]);

    const later = await maria.send('ok how much do I owe then');
    expect(later.messages.join('\n')).not.toMatch(/\$\d/);
  });

  it('while a case is open, rights invoked later still become account flags, without a second case', async () => {
    const maria = await verifyMaria();
    await maria.send("I don't owe this, it's not my debt");
    await maria.send('also I filed for bankruptcy last month');
    const { body } = await app.operator('/api/accounts/NW-1001');
    expect(body.flags).toEqual(expect.arrayContaining(['dispute', 'bankruptcy']));
    expect(body.handoffs).toHaveLength(1);
  });

  it('a hardship, an attorney or a request for a person opens a case with its reason', async () => {
    for (const [text, reason] of [
      ['I lost my job and cannot pay right now', 'hardship'],
      ['talk to my attorney, he handles this', 'attorney'],
    ] as const) {
      const app2 = await startApp({ store: 'memory' });
      const maria = new SmsClient({ baseUrl: app2.baseUrl, publicBaseUrl: app2.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from: '+15125550101' });
      await maria.send('Hi');
      await maria.send('1985-03-14');
      await maria.send('78701');
      await maria.send(text);
      const { body } = await app2.operator('/api/accounts/NW-1001');
      expect(body.handoffs.map((h: { reason: string }) => h.reason)).toContain(reason);
      await app2.close();
    }
    const maria = await verifyMaria();
    await maria.send('5');
    const { body } = await app.operator('/api/accounts/NW-1001');
    expect(body.handoffs.map((h: { reason: string }) => h.reason)).toContain('requested_person');
  });

  it('PAY-01: a card number typed in a message is redacted before storage and answered with the payment link', async () => {
    const maria = await verifyMaria();
    const answer = await maria.send('here is my card 4111 1111 1111 1111 exp 12/29');
    const text = answer.messages.join('\n');
    expect(text).toMatch(/don't send card/i);
    expect((await signedLinkIn(text, app)).searchParams.get('amount')).toBe('124050');
    const transcript = await app.operator('/api/accounts/NW-1001/transcript');
    const stored = JSON.stringify(transcript.body);
    expect(stored).not.toMatch(/4111 1111 1111 1111|4111111111111111/);
    expect(stored).toMatch(/\[card removed\]/);
  });
});

describe('language and sessions', () => {
  it('FL-04: a Spanish-speaking debtor is answered in Spanish, offers included', async () => {
    const jose = texter('+13055550102');
    const hola = await jose.send('Hola');
    expect(hola.messages.join('\n')).toMatch(/asistente automático/);
    expect(hola.messages.join('\n')).toMatch(/Responda STOP/);
    await jose.send('02/11/1979');
    const verified = await jose.send('33130');
    expect(verified.messages.join('\n')).toMatch(/Gracias, José\. Su saldo es \$860\.00\./);
    const plans = await jose.send('2');
    expect(plans.messages.join('\n')).toMatch(/al mes durante|cada semana durante|cada dos semanas/);
  });

  it('a conversation idle past the window restarts and asks to verify again', async () => {
    const maria = await verifyMaria();
    app.clock.advance(31 * 60_000);
    const back = await maria.send('1');
    expect(back.messages.join('\n')).toMatch(/date of birth/);
    expect(back.messages.join('\n')).not.toMatch(/\$\d/);
    const { body } = await app.operator('/api/accounts/NW-1001/transcript');
    expect(body.transcript.filter((e: { direction: string }) => e.direction === 'in')).toHaveLength(4);
  });

  it('promises to pay a named amount on a named date, clamped to the policy window', async () => {
    const maria = await verifyMaria();
    await maria.send('3');
    const confirm = await maria.send('200 on December 1');
    expect(confirm.messages.join('\n')).toMatch(/To confirm: you will pay \$200\.00 on December 1, 2026/);
    const done = await maria.send('yes');
    expect(done.messages.join('\n')).toMatch(/Done\. I recorded your promise to pay \$200\.00 on December 1, 2026/);
    const { body } = await app.operator('/api/accounts/NW-1001');
    expect(body.arrangements).toEqual([
      expect.objectContaining({ kind: 'promise', totalCents: 20000, installments: [{ dueDate: '2026-12-01', amountCents: 20000, status: 'scheduled' }] }),
    ]);
  });
});

describe('RF-02 a debtor writing at an inconvenient hour', () => {
  it('gets one reply saying it is late, a short reply saying when after, and the conversation goes on only when they ask', async () => {
    const late = await startApp({ store: 'memory', now: '2026-11-24T04:15:00Z' }); // 22:15 in Austin
    try {
      const maria = new SmsClient({ baseUrl: late.baseUrl, publicBaseUrl: late.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from: '+15125550101' });
      const first = await maria.send('Hi');
      expect(first.messages).toHaveLength(1);
      expect(first.messages[0]).toMatch(/late/i);
      expect(first.messages[0]).not.toMatch(/\$\d|pay/i);
      const waiting = await maria.send('how much do I owe');
      expect(waiting.messages).toEqual([expect.stringMatching(/I'll pick this up after 8:00 AM your time\./)]);
      expect(waiting.messages[0]).not.toMatch(/\$\d/);
      const goOn = await maria.send('continue');
      expect(goOn.messages.join('\n')).toMatch(/date of birth/);
      const { body } = await late.operator('/api/accounts/NW-1001/transcript');
      expect(body.transcript.map((entry: { event?: string }) => entry.event)).toContain('consent.late_night');
    } finally {
      await late.close();
    }
  });
});
