import { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAI } from '../../support/fake-openai';
import { OPERATOR_TOKEN, startApp, TWILIO_AUTH_TOKEN, type AppUnderTest } from '../../support/app-under-test';
import { redisUrlForTests } from '../../support/redis';
import { SmsClient } from '../../support/sms-client';

/**
 * Issue #20 item 4, issue #19 item 9, over SMS (signed webhooks, real HTTP, Redis): what the debtor
 * types that may not be kept is not in the transcript, the Redis store, the handoff summary or
 * what goes to a model. RULES.md RF-01 checks identity in code and keeps the result; PAY-01 and
 * PCI DSS 3.3.1 forbid keeping a security code; PRV-02 keeps verification answers and other
 * people's details out of stored text.
 */
const redisUrl = redisUrlForTests();
let app: AppUnderTest;
let openai: FakeOpenAI;
let redis: Redis;
let keyPrefix: string;

beforeEach(async (context) => {
  if (!redisUrl) context.skip();
  keyPrefix = `test:kept:${Math.random().toString(36).slice(2)}:`;
  openai = await startFakeOpenAI();
  app = await startApp({ store: 'redis', redisUrl, keyPrefix, openaiBaseUrl: openai.baseURL });
  redis = new Redis(redisUrl!, { lazyConnect: true });
  await redis.connect();
});
afterEach(async () => {
  await app?.close();
  await openai?.close();
  redis?.disconnect();
});

/** Every value under the app's prefix, keys included, except the portfolio's own account records. */
async function storedText(): Promise<string> {
  const keys = (await redis.keys(`${keyPrefix}*`)).filter((key) => !/:(?:account|phone):/.test(key));
  const values = await Promise.all(
    keys.map(async (key) => {
      const type = await redis.type(key);
      if (type === 'string') return redis.get(key);
      if (type === 'list') return (await redis.lrange(key, 0, -1)).join('\n');
      if (type === 'hash') return JSON.stringify(await redis.hgetall(key));
      if (type === 'set') return (await redis.smembers(key)).join('\n');
      if (type === 'zset') return (await redis.zrange(key, '0', '-1')).join('\n');
      return '';
    }),
  );
  return [...keys, ...values].join('\n');
}

/** A debtor texting from a number; each call answers with the replies' text. */
function texter(from: string) {
  const sms = new SmsClient({ baseUrl: app.baseUrl, publicBaseUrl: app.publicBaseUrl, authToken: TWILIO_AUTH_TOKEN, from });
  return async (text: string): Promise<string> => {
    const { status, messages } = await sms.send(text);
    expect(status, `after "${text}"`).toBe(200);
    return messages.join('\n');
  };
}

const transcript = async (accountId = 'NW-1001') => (await app.operator(`/api/accounts/${accountId}/transcript`)).body.transcript as { direction: string; text: string }[];

/** What Maria types, and what of it must never be kept. */
const typed: [message: string, neverKept: RegExp[]][] = [
  ['my card is 4111 1111 1111 1111 exp 04/27 cvv 321', [/4111/, /04\/27/, /\b321\b/]],
  ['security code 734', [/\b734\b/]],
  ['the 3 digits on the back are 456', [/\b456\b/]],
  ['tarjeta 5555 5555 5555 4444 vence 09/28, código de seguridad 987', [/5555/, /4444/, /09\/28/, /\b987\b/]],
  ['routing 021000021 account 12345678', [/021000021/, /12345678/]],
  ['ruta 011000015 cuenta 7654321', [/011000015/, /7654321/]],
  ['my ssn is 123-45-6789', [/123-45-6789/]],
  ['call my sister at 512-555-0199, she knows about it', [/512-555-0199/, /5125550199/]],
  ['mi esposo tiene el (305) 555-0142', [/555-0142/, /3055550142/]],
];
/** Near misses: what must stay as written. */
const kept = ['I can pay $1,240.50', "I'll pay on 12/15", 'my account ending 4821 is this one', 'I live near 78704, is that ok'];

describe('PRV-02 / PAY-01: nothing kept that must not be (issue #20 item 4, issue #19 item 9)', () => {
  // Kevin: his date of birth is not the example the question gives (03/14/1985).
  it('PRV-02 RF-01: the verification answers are checked, then kept as "[date of birth given]" and "[ZIP given]" with the result, in the transcript and in the conversation state', async () => {
    const kevin = texter('+16175550104');
    await kevin('Hi');
    expect(await kevin('01/30/1972')).toMatch(/ZIP/);
    // Between the two answers the conversation state holds the result so far, never the date.
    expect(await storedText()).not.toMatch(/01\/30\/1972|1972-01-30/);
    expect(await kevin('my zip is 02108-4321')).toMatch(/Your balance is \$455\.20/);

    const entries = await transcript('NW-1004');
    const inbound = entries.filter((entry) => entry.direction === 'in').map((entry) => entry.text);
    expect(inbound).toEqual(['Hi', '[date of birth given]', 'my zip is [ZIP given]']);
    expect(entries).toContainEqual(expect.objectContaining({ direction: 'event', event: 'verified', text: 'Verified as account NW-1004' }));
    expect(await storedText()).not.toMatch(/01\/30\/1972|1972-01-30|02108-4321/);
  });

  it('PRV-02 RF-01: a failed verification keeps the result too, and a second try still verifies', async () => {
    const kevin = texter('+16175550104');
    await kevin('Hi');
    await kevin('January 31, 1972');
    expect(await kevin('02108')).toMatch(/don't match/);
    await kevin('1/30/72');
    expect(await kevin('02108')).toMatch(/Your balance is \$455\.20/);
    const entries = await transcript('NW-1004');
    expect(entries.filter((entry) => entry.direction === 'in').map((entry) => entry.text)).toEqual([
      'Hi', '[date of birth given]', '[ZIP given]', '[date of birth given]', '[ZIP given]',
    ]);
    expect(entries).toContainEqual(expect.objectContaining({ direction: 'event', event: 'verification.failed', text: 'Verification failed (1 of 3)' }));
    expect(await storedText()).not.toMatch(/January 31, 1972|1\/30\/72|1972-01-3[01]/);
  });

  it('PAY-01 PRV-02: security codes, expiry dates, bank numbers and third parties\' phones never reach the transcript, Redis, the handoff summary or the model', async () => {
    const say = texter('+15125550101');
    await say('Hi');
    await say('3/14/85');
    await say('78701');
    for (const [message] of typed) await say(message);
    for (const message of kept) await say(message);
    await say('I want to talk to a person');
    openai.reply({ kind: 'answer', body: { gist: 'Wants a person.', debtorAsks: ['a person'], tone: 'calm' } });
    await app.outreach.runDue();

    const everyNever = typed.flatMap(([, never]) => never);
    const inbound = (await transcript()).filter((entry) => entry.direction === 'in').map((entry) => entry.text);
    const inboundText = inbound.join('\n');
    for (const never of everyNever) expect(inboundText).not.toMatch(never);
    for (const marker of ['[card removed]', '[expiry removed]', '[security code removed]', '[bank account removed]', '[SSN removed]', '[phone removed]']) {
      expect(inboundText).toContain(marker);
    }
    for (const message of kept) expect(inbound).toContain(message);

    // Ids and link signatures are random hex: "4444" may turn up in one by chance, not from the debtor.
    const withoutRandomHex = (text: string) => text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|sig=[0-9a-f]+/g, '<random>');
    const transcriptJson = withoutRandomHex(JSON.stringify(await transcript()));
    const stored = withoutRandomHex(await storedText());
    const [handoff] = (await app.operator('/api/handoffs?status=open')).body.handoffs;
    const detail = await (await fetch(`${app.baseUrl}/api/handoffs/${handoff.id}`, { headers: { Authorization: `Bearer ${OPERATOR_TOKEN}` } })).json();
    const toModel = JSON.stringify(openai.requests.map((request) => request.body));
    expect(openai.requests.length).toBeGreaterThan(0);
    for (const never of everyNever) {
      expect(transcriptJson, 'transcript').not.toMatch(never);
      expect(stored, 'Redis').not.toMatch(never);
      expect(detail.summary, 'handoff summary').not.toMatch(never);
      expect(JSON.stringify(detail.summaryByModel), 'model summary').not.toMatch(never);
      expect(toModel, 'sent to the model').not.toMatch(never);
    }
  });
});
