import type { InconvenientTime } from '../domain/contact-preferences';

/**
 * Reads the times a debtor names as inconvenient out of one normalised sentence (RF-02), English
 * and Spanish: "weekdays 7-3", "before noon", "only after 5pm", "de lunes a viernes de 8 a 4",
 * "despues de las 6", "on sundays", "in the mornings". Hours without am/pm are read the way
 * people say shifts: "7-3" is 7 AM to 3 PM, "3-11" is 3 PM to 11 PM, "after 5" is 5 PM.
 */

const everyDay = [1, 2, 3, 4, 5, 6, 7];
const fullDay = { start: '00:00', end: '23:59' };

const dayNames: [RegExp, number][] = [
  [/\b(?:mondays?|lunes)\b/, 1],
  [/\b(?:tuesdays?|martes)\b/, 2],
  [/\b(?:wednesdays?|miercoles)\b/, 3],
  [/\b(?:thursdays?|jueves)\b/, 4],
  [/\b(?:fridays?|viernes)\b/, 5],
  [/\b(?:saturdays?|sabados?)\b/, 6],
  [/\b(?:sundays?|domingos?)\b/, 7],
];
const weekdays = /\b(?:week ?days?|mon(?:day)?s? ?(?:-|–|to|thru|through|till|until|a) ?fri(?:day)?s?|m-f|during the week|work ?days|business days|entre semana|(?:de )?lunes a viernes|dias (?:de semana|habiles|laborales|de trabajo))\b/;
const weekends = /\b(?:week ?ends?|fines? de semana)\b/;

/** The days a sentence names, or every day when it names none. */
export function daysIn(sentence: string): number[] {
  if (weekdays.test(sentence)) return [1, 2, 3, 4, 5];
  if (weekends.test(sentence)) return [6, 7];
  const named = dayNames.filter(([pattern]) => pattern.test(sentence)).map(([, day]) => day);
  return named.length > 0 ? named : everyDay;
}

const meridiem = '(a\\.? ?m\\.?|p\\.? ?m\\.?|de la manana|de la tarde|de la noche|in the morning|in the evening|at night|o\'?clock)?';
const clock = `(\\d{1,2})(?::(\\d{2}))? ?${meridiem}`;
/** An hour that is not part of an amount, a date or a phone number. */
const hourStart = '(?<![$\\d/.,:-])';
const hourEnd = '(?![\\d/%$]|\\.\\d)';
const namedHour = '(noon|midday|mediodia|medio dia|midnight|medianoche)';

const rangePattern = new RegExp(
  `(?:from |between |de |desde |entre )?(?:las |la )?${hourStart}(?:${clock}|${namedHour}) ?(?:-|–|—|to|till|til|until|thru|through|and|a|y|hasta) ?(?:las |la )?(?:${clock}|${namedHour})${hourEnd}`,
);
// "Not till after 5" and "hasta despues de las 5" mean before 5.
const beforePattern = new RegExp(
  `\\b(?:before|(?:till|til|until)(?: after)?|antes de(?: las| la)?|hasta(?: despues de)?(?: las| la)?) ${hourStart}(?:${clock}|${namedHour})${hourEnd}`,
);
const afterPattern = new RegExp(`\\b(?:after|past|despues de(?: las| la)?|a partir de(?: las| la)?) ${hourStart}(?:${clock}|${namedHour})${hourEnd}`);
const only = /\b(?:only|solo|solamente|unicamente)\b/;
/**
 * A time said to suit, which makes the rest inconvenient as "only" does: "after 6 is fine",
 * "evenings are best", "anytime after 7 works", "despues de las 6 esta bien". The words must
 * follow the time itself: "is after 6 ok?" asks, it designates nothing.
 */
const suits =
  /(?:\d|(?:\d|\b)(?:am|pm)|\b(?:noon|mediodia|evenings?|nights?|mornings?|afternoons?|weekends?|manana|mananas|tarde|tardes|noche|noches|semana))\s+(?:(?:is|are|es|esta|estan|seria)\s+(?:\w+\s+)?(?:fine|ok|okay|good|better|best|great|bien|mejor)\b|works?\b|me (?:queda|viene) bien\b)/;

/** True when the sentence says a time suits ("after 6 is ok"), rather than that one does not. */
export function saysTimeSuits(sentence: string): boolean {
  return suits.test(sentence);
}

const partsOfDay: [RegExp, { start: string; end: string }][] = [
  // Daytime is the morning and the afternoon together.
  [/\b(?:during the day|in the daytime|daytime|durante el dia|de dia)\b/, { start: '00:00', end: '17:00' }],
  [/\b(?:mornings?|por las mananas|en las mananas|en la manana|por la manana)\b/, { start: '00:00', end: '12:00' }],
  [/\b(?:afternoons?|por las tardes|en las tardes|en la tarde|por la tarde)\b/, { start: '12:00', end: '17:00' }],
  [/\b(?:evenings?|nights?|at night|por las noches|en las noches|en la noche|por la noche)\b/, { start: '17:00', end: '00:00' }],
];

interface Hour {
  hour: number;
  minute: number;
  /** 'am' | 'pm' when said, null when the hour was bare. */
  said: 'am' | 'pm' | null;
}

function hourOf(digits: string | undefined, minutes: string | undefined, mer: string | undefined, named: string | undefined): Hour | null {
  if (named) return { hour: /night|noche/.test(named) ? 0 : 12, minute: 0, said: /night|noche/.test(named) ? 'am' : 'pm' };
  const hour = Number(digits);
  const minute = minutes ? Number(minutes) : 0;
  if (!Number.isInteger(hour) || hour > 24 || minute > 59) return null;
  const said = !mer || /clock/.test(mer) ? null : /^a|manana|morning/.test(mer) ? 'am' : 'pm';
  if (hour > 12) return { hour: hour % 24, minute, said: 'pm' };
  if (said === 'pm') return { hour: hour === 12 ? 12 : hour + 12, minute, said };
  if (said === 'am') return { hour: hour === 12 ? 0 : hour, minute, said };
  return { hour, minute, said: null };
}

const hhmm = ({ hour, minute }: Hour) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
const pm = (hour: Hour): Hour => ({ ...hour, hour: hour.hour + 12 });

/** A span said without am/pm, the way shifts are said: "7-3" 7 AM-3 PM, "9-5" 9 AM-5 PM, "3-11" 3 PM-11 PM. */
function resolveSpan(from: Hour, to: Hour): [Hour, Hour] {
  let start = from;
  let end = to;
  if (start.said === null && end.said === 'pm' && start.hour + 12 < end.hour) start = pm(start);
  if (start.said === null && end.said === null && start.hour < 6) start = pm(start);
  if (end.said === null && end.hour < 12 && end.hour + 12 > start.hour && (end.hour <= start.hour || start.hour >= 12)) end = pm(end);
  return [start, end];
}

/** A bare hour after "after"/"before": "after 5" is 5 PM, "before 9" 9 AM, "before 3" 3 PM. */
function resolveAlone(hour: Hour): Hour {
  return hour.said === null && hour.hour < 8 ? pm(hour) : hour;
}

function groups(match: RegExpMatchArray, first: number): [string | undefined, string | undefined, string | undefined, string | undefined] {
  return [match[first], match[first + 1], match[first + 2], match[first + 3]];
}

/**
 * The inconvenient times in one sentence, [] when it names none. "Only after 5pm" makes the hours
 * before 5 PM inconvenient; "not after 5pm" the hours after; "only weekends" every weekday.
 */
export function inconvenientTimesIn(sentence: string): InconvenientTime[] {
  const days = daysIn(sentence);
  const isOnly = only.test(sentence) || suits.test(sentence);
  const range = sentence.match(rangePattern);
  if (range) {
    const from = hourOf(...groups(range, 1));
    const to = hourOf(...groups(range, 5));
    if (from && to) {
      const [start, end] = resolveSpan(from, to);
      if (!isOnly) return [{ days, start: hhmm(start), end: hhmm(end) }];
      return [
        { days, start: '00:00', end: hhmm(start) },
        { days, start: hhmm(end), end: '00:00' },
      ];
    }
  }
  const before = sentence.match(beforePattern);
  if (before) {
    const hour = hourOf(...groups(before, 1));
    if (hour) {
      const at = hhmm(resolveAlone(hour));
      return [isOnly ? { days, start: at, end: '00:00' } : { days, start: '00:00', end: at }];
    }
  }
  const after = sentence.match(afterPattern);
  if (after) {
    const hour = hourOf(...groups(after, 1));
    if (hour) {
      const at = hhmm(resolveAlone(hour));
      return [isOnly ? { days, start: '00:00', end: at } : { days, start: at, end: '00:00' }];
    }
  }
  const part = partsOfDay.find(([pattern]) => pattern.test(sentence));
  if (part) {
    const [, span] = part;
    if (!isOnly) return [{ days, ...span }];
    return [
      ...(span.start !== '00:00' ? [{ days, start: '00:00', end: span.start }] : []),
      ...(span.end !== '00:00' ? [{ days, start: span.end, end: '00:00' }] : []),
    ];
  }
  if (days !== everyDay) {
    if (!isOnly) return [{ days, ...fullDay }];
    const others = everyDay.filter((day) => !days.includes(day));
    return others.length > 0 ? [{ days: others, ...fullDay }] : [];
  }
  return [];
}
