import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// Both sides are MACed with this process's own key before comparing: the digests always have the
// same length, so no input (longer, shorter, non-ASCII) makes timingSafeEqual throw, and the time
// taken reveals neither the secret's length nor where the two differ.
const key = randomBytes(32);
const digest = (value: string | Buffer) => createHmac('sha256', key).update(value).digest();

/**
 * True when what a caller sent equals the secret (a token, a signature, a password hash), byte
 * for byte (strings as UTF-8). Every secret comparison goes through here; it never throws.
 */
export function sameSecret(given: string | Buffer, expected: string | Buffer): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}
