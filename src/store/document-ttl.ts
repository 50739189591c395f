/**
 * A document's time to live in milliseconds, or undefined for "keep". Fractions of a second are
 * allowed (Redis stores them with PX); zero or negative is a caller's bug, not "expire now".
 */
export function ttlMilliseconds(ttlSeconds: number | undefined): number | undefined {
  if (ttlSeconds === undefined) return undefined;
  if (!(ttlSeconds > 0) || !Number.isFinite(ttlSeconds)) throw new RangeError(`ttlSeconds must be a positive number, got ${ttlSeconds}`);
  return Math.ceil(ttlSeconds * 1000);
}
