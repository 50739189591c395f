import type { Frequency } from '../../domain/policy';

/**
 * How often the debtor offers to pay, from folded text. Checked most specific first so "every two
 * weeks" is not read as weekly. "Twice a month" and "quincenal" are read as biweekly, the closest
 * frequency the policy knows.
 */
const patterns: [Frequency, RegExp][] = [
  ['biweekly', /\b(bi-?weekly|fortnight\w*|every (?:two|2|other|second) weeks?|every other friday|each (?:two|2|other) weeks?|twice a month|two times a month|2x a month|(?:every|each) (?:two|2) wks?|biwkly|quincena\w*|quincenal\w*|cada (?:dos|2|15|quince) (?:semanas|dias)|cada catorce dias|dos veces al mes|cada otra semana)\b/],
  ['weekly', /\/\s?(?:wk|week|w)\b|\b(weekly|(?<!\b(?:in|within|than|for|about|after|like|takes?|only) )(?:a|per|each|every|once a) (?:week|wk)|(?:por|cada|a la|por la|x) semana|semanal\w*|wkly)\b/],
  ['monthly', /(?:\b(?:monthly|(?<!\b(?:in|within|than|for|about|after|like|takes?|only) )(?:a|per|each|every|once a) (?:month|mo|mon|mth)|(?:al|por|cada|x) mes|mensual\w*|mensualidad\w*|mes a mes|p\/m)\b|\/\s?(?:mo|mon|mth|month|m)\b)/],
];

export function parseFrequency(folded: string): Frequency | undefined {
  for (const [frequency, pattern] of patterns) if (pattern.test(folded)) return frequency;
  return undefined;
}
