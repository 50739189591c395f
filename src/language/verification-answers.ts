import type { Language } from '../domain/account';
import { dateOfBirthSpans, isBirthDate, mentionsBirth, parseLast4, parseZip } from './entities';
import type { Entities } from './recognition';
import { normalizeForMatching } from '../compliance/normalize';

/** What is kept in place of an answer to a verification question (RF-01, PRV-02: the result is kept, never the factor). */
export const verificationMarkers = {
  dateOfBirth: '[date of birth given]',
  zip: '[ZIP given]',
  last4: '[last 4 given]',
} as const;

/**
 * What may be kept of a debtor's message: dates of birth become "[date of birth given]" and,
 * while the debtor is being verified, the ZIP code and last 4 digits the verifier reads become
 * "[ZIP given]" and "[last 4 given]". The verifier reads the message itself, in memory, that turn.
 * Once verified, a ZIP or a last 4 in conversation ("account ending 4821") is ordinary speech.
 */
export function maskVerificationAnswers(text: string, options: { now: Date; timezone: string; language: Language; verifying: boolean }): string {
  const folded = normalizeForMatching(text);
  const births = dateOfBirthSpans(text, options.now, options.timezone, options.language)
    .filter((span) => isBirthDate(span.date, folded, options.now) && (options.verifying || mentionsBirth(folded)))
    .sort((a, b) => b.start - a.start);
  let kept = text;
  let before = Infinity;
  // From the end, so earlier offsets stay true; an overlapping reading of the same date is skipped.
  for (const { start, end } of births) {
    if (end > before) continue;
    kept = `${kept.slice(0, start)}${verificationMarkers.dateOfBirth}${kept.slice(end)}`;
    before = start;
  }
  if (!options.verifying) return kept;
  const zip = parseZip(kept);
  if (zip) kept = kept.replace(new RegExp(`(?<!\\d)${zip}(?:-\\d{4})?(?!\\d)`, 'g'), verificationMarkers.zip);
  const last4 = parseLast4(kept);
  if (last4) kept = kept.replace(new RegExp(`(?<![\\d/])${last4}(?!\\d)`, 'g'), verificationMarkers.last4);
  return kept;
}

/** The answers the verifier reads, left out of what a dialog keeps between turns (a request waiting for verification). */
export function withoutVerificationAnswers(entities: Entities): Entities {
  const { dateOfBirth: _dateOfBirth, zip: _zip, last4: _last4, ...rest } = entities;
  return rest;
}
