import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { smsSegmentCount } from '../../../src/compliance/sms-segments';
import { complianceMessages } from '../../../prompts/compliance';
import { Conversations } from '../compliance/conversation-harness';
import { SmsClient } from '../../support/sms-client';
import { TWILIO_AUTH_TOKEN } from '../../support/app-under-test';
import { measureSmsCosts } from '../../bench/sms-cost';

const notice = complianceMessages.en.optOutNotice;
const noticesIn = (text: string) => text.split(notice).length - 1;

describe('fewer, whole SMS (issue #15 item 6)', () => {
  let conversations: Conversations;
  beforeEach(async () => {
    conversations = await Conversations.start();
  });
  afterEach(async () => {
    await conversations.close();
  });

  it('RF-04 one turn\'s replies go out as one message with one opt-out notice, the payment link short', async () => {
    const client = new SmsClient({ baseUrl: conversations.app.baseUrl, publicBaseUrl: conversations.app.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from: '+15125550101' });
    const first = await client.send('Hi');
    // The greeting and the first verification question: one message.
    expect(first.messages).toHaveLength(1);
    expect(first.messages[0]).toMatch(/automated assistant[\s\S]*date of birth/);
    await client.send('March 14, 1985');
    const menu = await client.send('78701');
    expect(menu.messages).toHaveLength(1);
    expect(menu.messages[0]).toMatch(/Your balance is \$1,240\.50\.\n[\s\S]*1 Pay in full/);
    for (const text of ['3', '$200 on Friday']) await client.send(text);
    const done = await client.send('yes');
    expect(done.messages).toHaveLength(1);
    const [text] = done.messages as [string];
    expect(text).toMatch(/Done\. I recorded your promise[\s\S]*Pay \$200\.00 securely here: https:\/\/amicable\.example\.test\/p\/[\w-]{16}\n/);
    expect(noticesIn(text)).toBe(1);
    expect(text.endsWith(notice)).toBe(true);
    expect(smsSegmentCount(text)).toBeLessThanOrEqual(2);
  });

  it('PAY-01 the short link redirects (302) to the signed payment link, which the payment page accepts', async () => {
    const say = await conversations.maria();
    await say('1');
    const done = await say('yes');
    const short = /https:\/\/amicable\.example\.test(\/p\/[\w-]{16})/.exec(done)?.[1];
    expect(short, done).toBeDefined();
    const redirect = await fetch(`${conversations.app.baseUrl}${short}`, { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    const signed = new URL(redirect.headers.get('location') ?? '');
    expect(signed.href.startsWith(`${conversations.app.publicBaseUrl}/pay?`)).toBe(true);
    expect(signed.searchParams.get('amount')).toBe('124050');
    const page = await fetch(`${conversations.app.baseUrl}/pay${signed.search}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/\$1,240\.50/);
  });

  it.each(['AAAAAAAAAAAAAAAA', 'nope', '../pay', 'x'.repeat(400)])('an unknown short link id (%s) is a 404 JSON error, never a crash', async (id) => {
    const response = await fetch(`${conversations.app.baseUrl}/p/${encodeURIComponent(id)}`, { redirect: 'manual' });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'unknown_link', message: expect.any(String) } });
  });

  it('a redelivered text gets the same short link (the id is derived, not drawn)', async () => {
    const client = new SmsClient({ baseUrl: conversations.app.baseUrl, publicBaseUrl: conversations.app.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from: '+15125550101' });
    for (const text of ['Hi', 'March 14, 1985', '78701', '1']) await client.send(text);
    const once = await client.send('yes', 'SMredelivered0001');
    const again = await client.send('yes', 'SMredelivered0001');
    expect(again.messages).toEqual(once.messages);
  });
});

describe('what the scripted SMS conversations cost (npm run bench)', () => {
  it('RF-04 each costs fewer messages and segments than before the turn\'s replies were joined, one notice a message', async () => {
    const costs = await measureSmsCosts();
    expect(costs.map((cost) => cost.conversation)).toEqual(['plan', 'promise', 'dispute']);
    for (const text of costs.flatMap((cost) => cost.transcript.flatMap((turn) => turn.assistant))) expect(noticesIn(text)).toBe(1);
    // Before issue #15: plan 13 messages / 20 segments, promise 10 / 12, dispute 7 / 8. Now 8 / 12
    // (the target: at most 12), 6 / 8, 5 / 6.
    const most = { plan: [8, 12], promise: [6, 8], dispute: [5, 6] };
    for (const cost of costs) {
      expect(cost.messages, cost.conversation).toBeLessThanOrEqual(most[cost.conversation][0]!);
      expect(cost.segments, cost.conversation).toBeLessThanOrEqual(most[cost.conversation][1]!);
    }
  });
});
