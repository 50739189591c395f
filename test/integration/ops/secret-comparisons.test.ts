import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIRECTLINE_SECRET, OPERATOR_TOKEN, startApp, type AppUnderTest } from '../../support/app-under-test';

/**
 * Tokens and signatures as an attacker sends them: as many characters as the real one, but not
 * ASCII (more bytes). Each is refused with 401/403 and a code, never a 500.
 */
describe('secrets compared as bytes, in constant time', () => {
  let app: AppUnderTest;
  beforeEach(async () => {
    app = await startApp({ store: 'memory' });
  });
  afterEach(async () => {
    await app.close();
  });

  // Latin-1 characters travel as one byte each in a header, and become two bytes in UTF-8.
  const sameLengthNotAscii = (secret: string) => `é${secret.slice(1)}`;

  it('refuses a non-ASCII operator token of the right length with 401', async () => {
    const token = sameLengthNotAscii(OPERATOR_TOKEN);
    expect(token.length).toBe(OPERATOR_TOKEN.length);
    for (const path of ['/api/accounts/NW-1001', '/api/handoffs', '/api/reports/summary']) {
      const response = await fetch(`${app.baseUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } });
      expect(response.status).toBe(401);
      expect((await response.json()).error.code).toBe('unauthorized');
    }
  });

  it('refuses a payment link whose signature was replaced by non-ASCII text of the same length', async () => {
    const link = new URL(`https://x.test/pay?account=NW-1001&amount=10000&ref=plan-1&expires=${Math.floor(app.clock.now().getTime() / 1000) + 3600}`);
    for (const sig of ['é'.repeat(64), 'ü'.repeat(64), '€'.repeat(64), 'a'.repeat(63), '']) {
      link.searchParams.set('sig', sig);
      const response = await fetch(`${app.baseUrl}/pay${link.search}`);
      expect(response.status).toBe(403);
    }
  });

  it('refuses a non-ASCII Direct Line secret or token with 403, as Direct Line does', async () => {
    const secret = sameLengthNotAscii(DIRECTLINE_SECRET);
    const generated = await fetch(`${app.domain}/tokens/generate`, { method: 'POST', headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' }, body: '{}' });
    expect(generated.status).toBe(403);
    const conversation = await fetch(`${app.domain}/conversations`, { method: 'POST', headers: { Authorization: `Bearer abc.${'é'.repeat(43)}` } });
    expect(conversation.status).toBe(403);
  });

  it('refuses a non-ASCII creditor signature with 401 bad_signature', async () => {
    const answer = await app.postPayment({ paymentId: 'p-1', accountId: 'NW-1001', amount: '10.00', paidAt: '2026-11-23T17:00:00Z' }, () => `t=${Math.floor(app.clock.now().getTime() / 1000)},v1=${'é'.repeat(64)}`);
    expect(answer.status).toBe(401);
    expect(answer.body.error.code).toBe('bad_signature');
  });
});
