import type { Language } from '../../domain/account';
import type { Entities, RecognitionContext } from '../recognition';
import { normalizeForMatching } from '../../compliance/normalize';
import { parseAmount } from './amount';
import { parseDateOfBirth } from './date-of-birth';
import { parseFrequency } from './frequency';
import { parseLast4, parseMenuChoice, parseZip } from './identifiers';
import { parsePaymentDate } from './payment-date';

export { findAmounts, parseAmount } from './amount';
export { dateOfBirthSpans, parseDateOfBirth } from './date-of-birth';
export { parseFrequency } from './frequency';
export { parseLast4, parseMenuChoice, parseZip } from './identifiers';
export { parsePaymentDate } from './payment-date';

const birthCue = /\b(born|birth|dob|d\.o\.b|birthday|nacimiento|naci|cumpleanos|fecha de nac)\b/;

/** The message speaks of a birth ("born", "dob", "nacimiento"). */
export function mentionsBirth(folded: string): boolean {
  return birthCue.test(folded);
}

/** A past date is read as a date of birth when the message says so, or when it is at least 12 years back. */
export function isBirthDate(date: string, folded: string, now: Date): boolean {
  return mentionsBirth(folded) || Number(date.slice(0, 4)) <= now.getUTCFullYear() - 12;
}

/**
 * Every entity in a message. Long messages (complaint letters) are cut: entities matter in short
 * replies, and the parsers must stay within the per-message time budget.
 */
export function extractEntities(text: string, context: Pick<RecognitionContext, 'now' | 'timezone'>, language: Language): Entities {
  const sample = text.length > 400 ? text.slice(0, 400) : text;
  const folded = normalizeForMatching(sample);
  const entities: Entities = {};
  const menuChoice = parseMenuChoice(sample);
  if (menuChoice !== undefined) {
    entities.menuChoice = menuChoice;
    return entities;
  }
  const last4 = parseLast4(sample);
  if (last4) entities.last4 = last4;
  const zip = parseZip(sample);
  if (zip) entities.zip = zip;
  const dateOfBirth = parseDateOfBirth(sample, context.now, context.timezone, language);
  if (dateOfBirth && isBirthDate(dateOfBirth, folded, context.now)) entities.dateOfBirth = dateOfBirth;
  if (last4 || zip) return entities;
  const amount = parseAmount(sample, language);
  if (amount !== undefined) entities.amountCents = amount;
  const frequency = parseFrequency(folded);
  if (frequency) entities.frequency = frequency;
  if (!entities.dateOfBirth) {
    const date = parsePaymentDate(sample, context.now, context.timezone, language);
    if (date) entities.date = date;
  }
  return entities;
}
