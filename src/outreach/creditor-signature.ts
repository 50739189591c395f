import { createHmac } from 'node:crypto';
import { sameSecret } from '../security/same-secret';

/**
 * `X-Amicable-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` on payments
 * posted to us and events we post to the creditor (CONTRACT.md). The timestamp inside the MAC
 * stops a captured request from being replayed after the tolerance.
 */
export const SIGNATURE_HEADER = 'X-Amicable-Signature';
export const SIGNATURE_TOLERANCE_SECONDS = 300;

const mac = (secret: string, timestamp: number, body: string) => createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');

export function signatureFor(secret: string, body: string, now: Date): string {
  const timestamp = Math.floor(now.getTime() / 1000);
  return `t=${timestamp},v1=${mac(secret, timestamp, body)}`;
}

/** True when the header is well formed, fresh (either direction, for clock skew) and matches the body. */
export function signatureValid(secret: string, body: string, header: string | undefined, now: Date): boolean {
  const parts = new Map((header ?? '').split(',').map((part) => part.trim().split('=', 2) as [string, string]));
  const timestamp = Number(parts.get('t'));
  const given = parts.get('v1') ?? '';
  if (!Number.isInteger(timestamp) || !/^[0-9a-f]{64}$/.test(given)) return false;
  if (Math.abs(now.getTime() / 1000 - timestamp) > SIGNATURE_TOLERANCE_SECONDS) return false;
  return sameSecret(given, mac(secret, timestamp, body));
}
