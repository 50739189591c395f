import { DomainError } from './errors';

/** Money is always an integer number of cents; floats never hold an amount. */
export type Cents = number;

const DOLLARS = /^(\d{1,9})(?:\.(\d{1,2}))?$/;

/** Parses "1240.50", "1240.5" or "1240" exactly into cents. */
export function parseDollars(text: string): Cents {
  const match = DOLLARS.exec(text.trim());
  if (!match) throw new DomainError('invalid_amount', `"${text}" is not an amount in dollars with at most two decimals`, 'invalid');
  const [, whole = '', fraction = ''] = match;
  return centsFromDigits(whole, fraction);
}

/**
 * The one conversion of written dollars to cents, for every reader of amounts (files, APIs, what
 * a debtor wrote, what a draft states): whole dollars as digits (grouping already removed) and up
 * to two decimal digits, "5" meaning 50 cents. Integer arithmetic only.
 */
export function centsFromDigits(wholeDigits: string, fractionDigits = ''): Cents {
  return Number(wholeDigits) * 100 + Number(fractionDigits.padEnd(2, '0'));
}

/** "103.38": the decimal string used in files and APIs. */
export function centsToDecimal(cents: Cents): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** "$1,240.50" for people. */
export function formatUsd(cents: Cents): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const dollars = Math.trunc(abs / 100).toLocaleString('en-US');
  return `${sign}$${dollars}.${String(abs % 100).padStart(2, '0')}`;
}

export function assertCents(value: number, what: string): Cents {
  if (!Number.isSafeInteger(value)) throw new DomainError('invalid_amount', `${what} must be a whole number of cents`, 'invalid');
  return value;
}

/**
 * Divides a non-negative amount by a positive whole number, rounding as asked, exactly: the
 * remainder is taken first, so no amount passes through a fractional float.
 */
export function divideCents(cents: Cents, divisor: number, rounding: 'down' | 'up'): Cents {
  const remainder = cents % divisor;
  const down = (cents - remainder) / divisor;
  return rounding === 'up' && remainder > 0 ? down + 1 : down;
}
