import type { Language } from '../../domain/account';
import { normalizeForMatching } from '../../compliance/normalize';
import { isoDay } from '../../domain/zone-time';
import { compareDays, isRealDay, todayIn, type Day } from './calendar-day';

const months: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
  ene: 1, enero: 1, febrero: 2, marzo: 3, abr: 4, abril: 4, mayo: 5, junio: 6, julio: 7, ago: 8, agosto: 8,
  septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, dic: 12, diciembre: 12,
};
const monthNames = Object.keys(months).sort((a, b) => b.length - a.length).join('|');

/**
 * A date of birth written any common way: "3/14/85", "03-14-1985", "1985-03-14", "March 14, 1985",
 * "14 March 1985", "14 de marzo de 1985". Numeric day/month order is US (month first) unless the
 * first number cannot be a month, or the message is Spanish and the second cannot be one.
 * Two-digit years are the most recent past year; a date of birth is never in the future.
 */
export function parseDateOfBirth(text: string, now: Date, timezone: string, language: Language): string | undefined {
  const today = todayIn(now, timezone);
  const folded = normalizeForMatching(text);
  for (const candidate of candidates(folded, language, today)) {
    if (isRealDay(candidate) && compareDays(candidate, today) < 0 && today.year - candidate.year <= 120) return isoDay(candidate);
  }
  return undefined;
}

/** The ways a date of birth is written; `dateOfBirthSpans` reads them with the `gi` flags on the text as typed. */
const forms = {
  iso: String.raw`\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b`,
  numeric: String.raw`\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})\b`,
  monthFirst: `\\b(${monthNames})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:of\\s+)?(\\d{4}|['\u2019]?\\d{2})\\b`,
  dayFirst: `\\b(\\d{1,2})(?:st|nd|rd|th|ro)?\\s+(?:de\\s+|of\\s+)?(${monthNames})\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4}|['\u2019]?\\d{2})\\b`,
  compact: String.raw`^\s*(\d{2})(\d{2})(\d{4})\s*$`,
};
const patterns = Object.fromEntries(Object.entries(forms).map(([name, source]) => [name, new RegExp(source)])) as Record<keyof typeof forms, RegExp>;

/**
 * Every date in a message that can be a date of birth, with where it is written ([start, end)
 * offsets), so what is kept of the message can say "[date of birth given]" instead (PRV-02).
 * Month names are plain ASCII in both languages, so the forms are read on the text as typed.
 */
export function dateOfBirthSpans(text: string, now: Date, timezone: string, language: Language): { start: number; end: number; date: string }[] {
  return Object.values(forms).flatMap((source) =>
    [...text.matchAll(new RegExp(source, 'gi'))].flatMap((match) => {
      const date = parseDateOfBirth(match[0], now, timezone, language);
      return date ? [{ start: match.index, end: match.index + match[0].length, date }] : [];
    }),
  );
}

function* candidates(folded: string, language: Language, today: Day): Generator<Day> {
  const iso = patterns.iso.exec(folded);
  if (iso) yield { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const numeric = patterns.numeric.exec(folded);
  if (numeric) {
    const a = Number(numeric[1]);
    const b = Number(numeric[2]);
    const year = fullYear(numeric[3]!, today);
    const dayFirst = a > 12 || (language === 'es' && b <= 12 && a <= 12 ? true : false);
    if (dayFirst && b <= 12) yield { year, month: b, day: a };
    else yield { year, month: a, day: b };
  }
  const monthFirst = patterns.monthFirst.exec(folded);
  if (monthFirst) yield { year: fullYear(monthFirst[3]!.replace("'", ''), today), month: months[monthFirst[1]!]!, day: Number(monthFirst[2]) };
  const dayFirst = patterns.dayFirst.exec(folded);
  if (dayFirst) yield { year: fullYear(dayFirst[3]!.replace("'", ''), today), month: months[dayFirst[2]!]!, day: Number(dayFirst[1]) };
  const compact = patterns.compact.exec(folded);
  if (compact) yield { year: Number(compact[3]), month: Number(compact[1]), day: Number(compact[2]) };
}

function fullYear(text: string, today: Day): number {
  if (text.length === 4) return Number(text);
  const yy = Number(text);
  const century = Math.floor(today.year / 100) * 100;
  // 85 -> 1985, 05 -> 2005 (when that is already past), never a year still to come
  return century + yy < today.year ? century + yy : century - 100 + yy;
}
