import fc from 'fast-check';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIRECTLINE_SECRET, startApp, TWILIO_AUTH_TOKEN, type AppUnderTest } from '../../support/app-under-test';
import { body, contentEncoding, contentType, deeplyNested, extraHeaders } from './arbitraries';
import { rawPost, type RawAnswer } from './raw-http';

/**
 * Hostile input against every public webhook: whatever arrives, the answer is a 4xx in the house
 * error shape or a proper success, never a 500, and the process keeps serving.
 */
let app: AppUnderTest;
beforeAll(async () => {
  app = await startApp({ store: 'memory' });
});
afterAll(async () => {
  await app?.close();
});

const runs = { numRuns: 120, interruptAfterTimeLimit: 4_000 };

function expectHouseError(answer: RawAnswer): void {
  expect(answer.status, answer.body.slice(0, 300)).toBeGreaterThanOrEqual(400);
  expect(answer.status, answer.body.slice(0, 300)).toBeLessThan(500);
  expect(answer.contentType).toMatch(/^application\/json/);
  const parsed = JSON.parse(answer.body) as { error?: { code?: unknown; message?: unknown } };
  expect(typeof parsed.error?.code).toBe('string');
  expect(typeof parsed.error?.message).toBe('string');
}

/** A success answers JSON (Direct Line) or TwiML (SMS); anything else must be a house 4xx. */
function expectSafe(answer: RawAnswer, success: 'json' | 'twiml'): void {
  if (answer.status === 200 || answer.status === 201) {
    if (success === 'twiml') expect(answer.body).toMatch(/^<\?xml[^>]*>\s*<Response/);
    else expect(() => JSON.parse(answer.body)).not.toThrow();
    return;
  }
  expectHouseError(answer);
}

function headersOf(extra: Record<string, string>, type: string, encoding: string | undefined): Record<string, string> {
  return { ...extra, ...(type ? { 'Content-Type': type } : {}), ...(encoding ? { 'Content-Encoding': encoding } : {}) };
}

const phone = fc.constantFrom('+15125550101', '+13055550102', '(512) 555-0101', '+15125559999', '+999', '', 'not a phone');
const smsText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.constantFrom('Hi', 'STOP', '<script>alert(1)</script>', '\u0000', 'x'.repeat(10_001)));

describe('POST /sms/inbound under hostile input', () => {
  it('answers unsigned or wrongly signed requests with a house 4xx, whatever the body', async () => {
    await fc.assert(
      fc.asyncProperty(body, contentType, contentEncoding, extraHeaders, fc.option(fc.string({ maxLength: 40 })), async (payload, type, encoding, extra, signature) => {
        const headers = headersOf(extra, type, encoding);
        if (signature !== null) headers['X-Twilio-Signature'] = signature.replace(/[^\x20-\x7e]/g, '');
        expectHouseError(await rawPost(app.baseUrl, '/sms/inbound', headers, payload));
      }),
      runs,
    );
  });

  it('answers correctly signed texts with TwiML or a house 4xx, whatever they contain', async () => {
    await fc.assert(
      fc.asyncProperty(
        phone,
        smsText,
        fc.string({ maxLength: 70 }),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), fc.string({ maxLength: 30 }), { maxKeys: 5 }),
        async (from, text, messageSid, extra) => {
          const params: Record<string, string> = { ...extra, From: from, Body: text, MessageSid: messageSid };
          const signature = twilio.getExpectedTwilioSignature(TWILIO_AUTH_TOKEN, `${app.publicBaseUrl}/sms/inbound`, params);
          const headers = { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Twilio-Signature': signature };
          expectSafe(await rawPost(app.baseUrl, '/sms/inbound', headers, Buffer.from(new URLSearchParams(params).toString())), 'twiml');
        },
      ),
      runs,
    );
  });
});

describe('POST /v3/directline/tokens/generate under hostile input', () => {
  it('answers any body, with or without the secret, with a token or a house 4xx', async () => {
    const authorization = fc.constantFrom(undefined, `Bearer ${DIRECTLINE_SECRET}`, 'Bearer nope', 'Basic abc', 'Bearer', `bearer  ${DIRECTLINE_SECRET}`);
    const tokenRequest = fc
      .record({ user: fc.option(fc.record({ id: fc.string({ maxLength: 200 }), name: fc.option(fc.string()) })), accountId: fc.option(fc.oneof(fc.constantFrom('NW-1001', 'NW-9999'), fc.string())) })
      .map((value) => Buffer.from(JSON.stringify(value)));
    await fc.assert(
      fc.asyncProperty(fc.oneof(body, tokenRequest), contentType, contentEncoding, extraHeaders, authorization, async (payload, type, encoding, extra, auth) => {
        const headers = headersOf(extra, type, encoding);
        if (auth) headers.Authorization = auth;
        expectSafe(await rawPost(app.baseUrl, '/v3/directline/tokens/generate', headers, payload), 'json');
      }),
      runs,
    );
  });
});

describe('POST /v3/directline/conversations/:id/activities under hostile input', () => {
  const activity = fc
    .record({
      type: fc.oneof(fc.constantFrom('message', 'typing', 'event'), fc.string()),
      text: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 100 }), fc.constant('x'.repeat(2_001))),
      from: fc.option(fc.record({ id: fc.string({ maxLength: 130 }) })),
      channelData: fc.option(fc.record({ clientActivityID: fc.string({ maxLength: 110 }) })),
      attachments: fc.option(fc.array(fc.jsonValue(), { maxLength: 2 })),
    })
    .map((value) => Buffer.from(JSON.stringify(value)));
  const conversationPath = fc.oneof(fc.constant('own'), fc.string({ maxLength: 30 }).map(encodeURIComponent), fc.constantFrom('%E0%A4%A', '..%2F..', '%00', 'a'.repeat(500)));

  it('answers a visitor with a token in its conversation, or a house 4xx elsewhere', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(body, activity), contentType, contentEncoding, extraHeaders, conversationPath, fc.constantFrom('token', 'secret', 'forged', 'none'), async (payload, type, encoding, extra, path, credential) => {
        const started = app.directLine.startConversation({ userId: 'fuzz-visitor' });
        const id = path === 'own' ? started.conversationId : path;
        const headers = headersOf(extra, type, encoding);
        if (credential === 'token') headers.Authorization = `Bearer ${started.token}`;
        if (credential === 'secret') headers.Authorization = `Bearer ${DIRECTLINE_SECRET}`;
        if (credential === 'forged') headers.Authorization = `Bearer ${started.token.slice(0, -2)}xx`;
        expectSafe(await rawPost(app.baseUrl, `/v3/directline/conversations/${id}/activities`, headers, payload), 'json');
      }),
      runs,
    );
  });
});

describe('after the storm', () => {
  it('still serves, and refuses 100,000-deep JSON cleanly on every JSON route', async () => {
    const started = app.directLine.startConversation({ userId: 'fuzz-visitor' });
    const deep = Buffer.from(deeplyNested(100_000, 'array'));
    const json = { 'Content-Type': 'application/json' };
    expectHouseError(await rawPost(app.baseUrl, '/v3/directline/tokens/generate', { ...json, Authorization: `Bearer ${DIRECTLINE_SECRET}` }, deep));
    expectHouseError(await rawPost(app.baseUrl, `/v3/directline/conversations/${started.conversationId}/activities`, { ...json, Authorization: `Bearer ${started.token}` }, deep));
    const health = await fetch(`${app.baseUrl}/healthz`);
    expect(health.status).toBe(200);
  });
});
