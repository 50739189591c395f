import { describe, expect, it } from 'vitest';
import { signatureFor, signatureValid } from '../../../src/outreach/creditor-signature';

const secret = 'a-creditor-secret-of-length';
const body = '{"paymentId":"p-1","accountId":"NW-1001","amount":"103.38","paidAt":"2026-11-23T15:00:00Z"}';
const now = new Date('2026-11-23T15:00:00Z');

describe('X-Amicable-Signature (CONTRACT.md signed requests)', () => {
  it('signs "<t>.<body>" with HMAC-SHA256 and accepts its own signature', () => {
    const header = signatureFor(secret, body, now);
    expect(header).toMatch(/^t=1795446000,v1=[0-9a-f]{64}$/);
    expect(signatureValid(secret, body, header, now)).toBe(true);
  });

  it('refuses a changed body, another secret, and a malformed header', () => {
    const header = signatureFor(secret, body, now);
    expect(signatureValid(secret, body.replace('103.38', '903.38'), header, now)).toBe(false);
    expect(signatureValid('another-secret-entirely', body, header, now)).toBe(false);
    for (const bad of [undefined, '', 't=abc,v1=00', `v1=${'0'.repeat(64)}`, 't=1795446000']) {
      expect(signatureValid(secret, body, bad, now)).toBe(false);
    }
  });

  it('refuses a signature older than 5 minutes, and one from more than 5 minutes ahead', () => {
    const header = signatureFor(secret, body, now);
    expect(signatureValid(secret, body, header, new Date(now.getTime() + 300_000))).toBe(true);
    expect(signatureValid(secret, body, header, new Date(now.getTime() + 301_000))).toBe(false);
    expect(signatureValid(secret, body, header, new Date(now.getTime() - 301_000))).toBe(false);
  });
});
