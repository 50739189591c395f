import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SmsClient } from '../../support/sms-client';
import { OPERATOR_TOKEN, startApp, TWILIO_AUTH_TOKEN, type AppUnderTest } from '../../support/app-under-test';

/**
 * Issue #20 item 3 over SMS: "xyz" × 120 from an unknown number raised cease, dispute and deceased
 * flags and a priority-1 "deceased" case. Junk, however long, raises no flag and opens no case.
 */
let app: AppUnderTest;
beforeEach(async () => {
  app = await startApp({ store: 'memory' });
});
afterEach(async () => {
  await app.close();
});

const texter = (from: string) => new SmsClient({ baseUrl: app.baseUrl, publicBaseUrl: app.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from });

async function openCases(): Promise<unknown[]> {
  const response = await fetch(`${app.baseUrl}/api/handoffs?status=open`, { headers: { Authorization: `Bearer ${OPERATOR_TOKEN}` } });
  return ((await response.json()) as { handoffs: unknown[] }).handoffs;
}

const junk = ['xyz'.repeat(120), 'asdf '.repeat(80), 'lol'.repeat(200), 'jajaja '.repeat(60), '😂'.repeat(150), 'qwertyuiop asdfghjkl zxcvbnm '.repeat(12)];

describe('junk raises no right (issue #20 item 3)', () => {
  it.each([
    ['an unknown number', '+14155550123'],
    ["Maria's number, before verification", '+15125550101'],
  ])('from %s', async (_who, from) => {
    const sender = texter(from);
    for (const text of junk) {
      const { status, messages } = await sender.send(text);
      expect(status).toBe(200);
      expect(messages.join('\n')).not.toMatch(/specialist|sorry for your loss|dispute/i);
    }
    expect(await openCases()).toEqual([]);
    expect((await app.operator('/api/accounts/NW-1001')).body.flags).toEqual([]);
  });

  it('from a verified debtor, and a real right afterwards is still heard', async () => {
    const maria = texter('+15125550101');
    await maria.send('Hi');
    await maria.send('3/14/85');
    await maria.send('78701');
    for (const text of junk) await maria.send(text);
    expect(await openCases()).toEqual([]);
    expect((await app.operator('/api/accounts/NW-1001')).body.flags).toEqual([]);

    await maria.send('my husband passed away last month');
    expect((await app.operator('/api/accounts/NW-1001')).body.flags).toContain('deceased');
  });
});
