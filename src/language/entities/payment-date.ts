import * as chrono from 'chrono-node';
import type { Language } from '../../domain/account';
import { normalizeForMatching } from '../../compliance/normalize';
import { isoDay } from '../../domain/zone-time';
import { addDays, compareDays, daysInMonth, nextDayOfMonth, todayIn, type Day } from './calendar-day';
import { relativeDate } from './relative-date';

const ordinalWords: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, tenth: 10, fifteenth: 15, twentieth: 20, thirtieth: 30, primero: 1,
};

/**
 * A payment date the debtor names, resolved in their zone: "next Friday", "tomorrow", "the 15th"
 * (the next 15th on or after today), "el viernes", "mañana", "el 15", "fin de mes", "el otro viernes"
 * (relative-date.ts, read before chrono, which takes it for this Friday). Dates more
 * than a year away either way are not payment dates (a date of birth, a year-old event).
 */
export function parsePaymentDate(text: string, now: Date, timezone: string, language: Language): string | undefined {
  const today = todayIn(now, timezone);
  const folded = normalizeForMatching(text);
  const found = /\bpasado manana\b/.test(folded) ? addDays(today, 2) : (relativeDate(folded, today) ?? chronoDate(text, today, language) ?? ownRules(folded, today));
  if (!found) return undefined;
  const farPast = addDays(today, -366);
  const farFuture = addDays(today, 366);
  if (compareDays(found, farPast) < 0 || compareDays(found, farFuture) > 0) return undefined;
  return isoDay(found);
}

function chronoDate(text: string, today: Day, language: Language): Day | undefined {
  // The reference is the debtor's wall-clock day at noon, in the process's zone; only the
  // calendar components are read back, so the process's own zone never matters.
  const reference = new Date(today.year, today.month - 1, today.day, 12, 0, 0);
  const parsers = language === 'es' ? [chrono.es, chrono.en] : [chrono.en, chrono.es];
  for (const parser of parsers) {
    const results = parser.parse(text.length > 400 ? text.slice(0, 400) : text, reference, { forwardDate: true });
    for (const result of results) {
      const start = result.start;
      if (!(start.isCertain('day') || start.isCertain('weekday') || start.isCertain('month'))) continue;
      // chrono reads "pasado mañana" as "mañana" and "el día 20" oddly: our rules know better
      const said = normalizeForMatching(result.text);
      if (/pasado manana|\bdia\b/.test(said) || /^a \d/.test(said)) continue;
      // "100 a month", "50 every two weeks": a frequency, not a date
      const before = normalizeForMatching(text.slice(Math.max(0, result.index - 12), result.index));
      if (/^(?:a|an|one|per|every|each|other|al|por|cada|la|el)\b.*\b(?:weeks?|months?|wks?|mos?|semanas?|mes(?:es)?|quincenas?)$/.test(said)) continue;
      if (/\b(?:every|evry|each|other|per|cada|por)\s*$/.test(before) && /\b(?:weeks?|months?|semanas?|mes(?:es)?|dias|days)$/.test(said)) continue;
      const year = start.get('year');
      const month = start.get('month');
      const day = start.get('day');
      if (year === null || month === null || day === null) continue;
      return { year, month, day };
    }
  }
  return undefined;
}

function ownRules(folded: string, today: Day): Day | undefined {
  if (/\bpasado manana\b/.test(folded)) return addDays(today, 2);
  if (/\b(?:fin(?:al)? de(?:l)? mes|end of (?:the )?month)\b/.test(folded)) {
    return { ...today, day: daysInMonth(today.year, today.month) };
  }
  if (/\b(?:la (?:otra|proxima) semana|la semana que viene|next week)\b/.test(folded)) return addDays(today, 7);
  const ordinal = /\b(?:the|on|by|before|el|para el|hasta el|antes del?)\s+(?:the\s+)?(?:dia\s+)?(\d{1,2})(?:st|nd|rd|th|ro|vo|to)?\b(?!\s*(?:%|am|pm|dollars|bucks|dolares|[:/.]\d|de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)))/.exec(folded)
    ?? /\b(\d{1,2})(?:st|nd|rd|th)\b/.exec(folded);
  if (ordinal) return nextDayOfMonth(today, Number(ordinal[1]));
  const word = /\b(?:the|el|on the)\s+(first|second|third|fourth|fifth|tenth|fifteenth|twentieth|thirtieth|primero)\b/.exec(folded);
  if (word) return nextDayOfMonth(today, ordinalWords[word[1]!]!);
  return undefined;
}
