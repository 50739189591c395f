import type { Frequency } from '../../domain/policy';

/**
 * Two days of every month, "on the 1st and 15th", "el 15 y el 30": a semi-monthly schedule, never
 * a range ("between the 1st and 15th") nor two days of one named month ("the 1st and 15th of
 * January"). The days are groups 1 and 2, for the first date (relative-date.ts).
 */
export const twoDaysOfMonth =
  /(?<!\b(?:between|entre|from|desde)\s+)\b(?:on|el|los|the)\s+(?:the\s+)?(?:dias?\s+)?(\d{1,2})(?:st|nd|rd|th|ro)?\s+(?:and|y|&)\s+(?:the\s+|el\s+)?(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|dollars|bucks|dolares|am\b|pm\b|(?:of|de)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)))/;

/**
 * How often the debtor offers to pay, from folded text. Checked most specific first so "every two
 * weeks" is not read as weekly. "Twice a month" and "quincenal" are read as biweekly, the closest
 * frequency the policy knows.
 */
const patterns: [Frequency, RegExp][] = [
  // Twice a month on two days: no semi-monthly plan exists, biweekly is the nearest.
  ['biweekly', twoDaysOfMonth],
  ['biweekly', /\b(bi-?weekly|fortnight\w*|ev(?:e)?ry (?:two|2|other|second) weeks?|every other friday|each (?:two|2|other) weeks?|twice a month|two times a month|2x a month|(?:every|each) (?:two|2) wks?|biwkly|semi[- ]?monthly|quincena\w*|quincenal\w*|cada (?:dos|2|15|quince) (?:semanas|dias)|cada catorce dias|dos veces al mes|cada otra semana)\b/],
  ['weekly', /\/\s?(?:wk|week|w)\b|\b(weekly|(?<!\b(?:in|within|than|for|about|after|like|takes?|only) )(?:a|per|each|every|once a) (?:week|wk)|(?:por|cada|a la|por la|x) semana|semanal\w*|wkly)\b/],
  ['monthly', /(?:\b(?:monthly|(?<!\b(?:in|within|than|for|about|after|like|takes?|only) )(?:a|per|each|every|once a) (?:month|mo|mon|mth)|(?:al|por|cada|x) mes|mensual\w*|mensualidad\w*|mes a mes|p\/m)\b|\/\s?(?:mo|mon|mth|month|m)\b)/],
];

export function parseFrequency(folded: string): Frequency | undefined {
  for (const [frequency, pattern] of patterns) if (pattern.test(folded)) return frequency;
  return undefined;
}
