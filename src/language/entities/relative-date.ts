import { addDays, compareDays, nextDayOfMonth, type Day } from './calendar-day';
import { twoDaysOfMonth } from './frequency';
import { findNumberWords } from './number-words';

/**
 * Relative dates chrono reads wrongly or not at all, on folded text (no accents), in the
 * debtor's calendar day. Each rule is what a debtor means by the words:
 * - "el otro viernes", "hasta el otro viernes", "friday after next": a week after the Friday a bare
 *   "el viernes" names (today, on a Friday);
 * - "el viernes que viene", "el próximo viernes", "next friday", "el viernes de la semana que
 *   viene": Friday of next week (weeks start on Monday), as chrono already reads "next friday";
 * - "el lunes 14", "monday the 14th": the day number decides, the weekday only confirms it;
 * - "en quince días", "in two weeks", "dentro de 10 días", "2 weeks from now": counted from today;
 * - "on the 1st and 15th", "el 15 y el 30": paying twice a month starts on whichever comes first.
 */
const weekdays: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thurs: 4,
  friday: 5, fri: 5, firday: 5, fryday: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
  lunes: 1, martes: 2, miercoles: 3, jueves: 4, viernes: 5, biernes: 5, sabado: 6, domingo: 7,
};
const weekday = `(${Object.keys(weekdays).sort((a, b) => b.length - a.length).join('|')})`;

const afterTheComing = [new RegExp(`\\b(?:el|la|los) otr[oa]s? ${weekday}\\b`), new RegExp(`\\b${weekday} after (?:next|this (?:one|coming))\\b`)];
const ofNextWeek = [
  new RegExp(`\\b${weekday} (?:que viene|entrante|proximo)\\b`),
  new RegExp(`\\b(?:proximo|next) ${weekday}\\b`),
  new RegExp(`\\b${weekday} (?:de|of) (?:la (?:semana que viene|otra semana|proxima semana|semana entrante)|next week)\\b`),
  new RegExp(`\\bnext week(?: on)? ${weekday}\\b`),
];
const withDayNumber = new RegExp(`\\b${weekday},? (?:the )?(\\d{1,2})(?:st|nd|rd|th|ro)?\\b(?!\\s*(?:[:/.]\\d|am|pm|%|dollars|dolares|bucks))`);
const span = /\b(?:en|dentro de|in|within)\s+(?:(?:unos|unas|about|like)\s+)?([a-z]+|\d{1,2})\s+(dias?|days?|semanas?|weeks?)\b|\b([a-z]+|\d{1,2})\s+(days?|weeks?)\s+from (?:now|today)\b/;

/** ISO weekday of a calendar day, 1 = Monday. */
function isoWeekday(day: Day): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay() || 7;
}

/** The `target` weekday a bare "el viernes" names: today when it is one, else the next one. */
function coming(today: Day, target: number): Day {
  return addDays(today, (target - isoWeekday(today) + 7) % 7);
}

function count(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === 'a' || text === 'an' || text === 'una' || text === 'un') return 1;
  const words = findNumberWords(text);
  return words.length === 1 && words[0]!.start === 0 && words[0]!.end === text.length ? words[0]!.value : undefined;
}

export function relativeDate(folded: string, today: Day): Day | undefined {
  for (const pattern of afterTheComing) {
    const match = pattern.exec(folded);
    if (match) return addDays(coming(today, weekdays[match[1]!]!), 7);
  }
  for (const pattern of ofNextWeek) {
    const match = pattern.exec(folded);
    if (match) return addDays(today, 7 - isoWeekday(today) + weekdays[match[1]!]!);
  }
  const twice = twoDaysOfMonth.exec(folded);
  if (twice) {
    const [a, b] = [nextDayOfMonth(today, Number(twice[1])), nextDayOfMonth(today, Number(twice[2]))];
    if (a && b) return compareDays(a, b) <= 0 ? a : b;
  }
  const dated = withDayNumber.exec(folded);
  if (dated) return nextDayOfMonth(today, Number(dated[2]));
  const spanned = span.exec(folded);
  if (spanned) {
    const amount = count(spanned[1] ?? spanned[3]!);
    const unit = spanned[2] ?? spanned[4]!;
    if (amount !== undefined && amount > 0 && amount <= 60) return addDays(today, /^(?:semana|week)/.test(unit) ? amount * 7 : amount);
  }
  return undefined;
}
