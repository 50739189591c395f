import { createHash } from 'node:crypto';

/**
 * A UUID-shaped id derived from its parts (RFC 9562 version 8, the first 122 bits of a SHA-256):
 * the same parts always give the same id, so work done again writes the same records.
 */
export function idFrom(...parts: string[]): string {
  const bytes = createHash('sha256').update(JSON.stringify(parts)).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
