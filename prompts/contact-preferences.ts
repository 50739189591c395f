import type { Language } from '../src/domain/account';
import type { ContactMedium, ContactPreference, InconvenientTime } from '../src/domain/contact-preferences';

/**
 * The one line that confirms a contact preference back to the debtor (RF-02, RF-03, RF-06), and
 * the same preferences as a specialist reads them. Nothing here mentions a debt (RF-01): the
 * confirmation may go before verification.
 */
interface Words {
  noted: (clauses: string[]) => string;
  askWorkHours: string;
  times: (days: string, span: string) => string;
  span: { before: (at: string) => string; after: (at: string) => string; between: (from: string, to: string) => string; allDay: string };
  days: { every: string; weekdays: string; weekends: string; named: (names: string[]) => string; names: string[] };
  clock: (hhmm: string) => string;
  stopped: Record<ContactMedium, string>;
  preferred: (media: string[]) => string;
  media: Record<ContactMedium, string>;
  workplace: string;
}

const list = (items: string[], and: string) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`);

const en: Words = {
  noted: (clauses) => `Noted: ${clauses.join('; ')}.`,
  askWorkHours: 'What hours do you work (for example, weekdays 7-3)?',
  times: (days, span) => `no messages from us ${[days, span].filter(Boolean).join(' ')}`,
  span: { before: (at) => `before ${at}`, after: (at) => `after ${at}`, between: (from, to) => `between ${from} and ${to}`, allDay: '' },
  days: {
    every: '',
    weekdays: 'on weekdays',
    weekends: 'on weekends',
    named: (names) => `on ${list(names, 'or')}`,
    names: ['Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays', 'Sundays'],
  },
  clock: (hhmm) => {
    const hour = Number(hhmm.slice(0, 2));
    if (hhmm === '12:00') return 'noon';
    return `${hour % 12 === 0 ? 12 : hour % 12}:${hhmm.slice(3)} ${hour < 12 ? 'AM' : 'PM'}`;
  },
  stopped: { sms: 'no more texts', calls: 'no calls', email: 'no emails' },
  preferred: (media) => `${list(media, 'and')} noted as how you prefer to hear from us`,
  media: { sms: 'texts', calls: 'calls', email: 'email' },
  workplace: 'nothing at your workplace',
};

const es: Words = {
  noted: (clauses) => `Anotado: ${clauses.join('; ')}.`,
  askWorkHours: '¿En qué horario trabaja (por ejemplo, de lunes a viernes de 7 a 3)?',
  times: (days, span) => `no le escribiremos ${[days, span].filter(Boolean).join(' ')}`,
  span: { before: (at) => `antes de las ${at}`, after: (at) => `después de las ${at}`, between: (from, to) => `entre las ${from} y las ${to}`, allDay: '' },
  days: {
    every: '',
    weekdays: 'de lunes a viernes',
    weekends: 'los fines de semana',
    named: (names) => `los ${list(names, 'ni')}`,
    names: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábados', 'domingos'],
  },
  clock: (hhmm) => (hhmm === '12:00' ? 'doce del día' : `${Number(hhmm.slice(0, 2))}:${hhmm.slice(3)}`),
  stopped: { sms: 'no más mensajes de texto', calls: 'no más llamadas', email: 'no más correos' },
  preferred: (media) => `prefiere que le contactemos por ${list(media, 'y')}`,
  media: { sms: 'mensaje de texto', calls: 'teléfono', email: 'correo' },
  workplace: 'nada en su lugar de trabajo',
};

const catalogue: Record<Language, Words> = { en, es };

const sameDays = (days: number[], wanted: number[]) => days.length === wanted.length && wanted.every((day) => days.includes(day));

function describeTime(words: Words, time: InconvenientTime): string {
  const days = sameDays(time.days, [1, 2, 3, 4, 5, 6, 7])
    ? words.days.every
    : sameDays(time.days, [1, 2, 3, 4, 5])
      ? words.days.weekdays
      : sameDays(time.days, [6, 7])
        ? words.days.weekends
        : words.days.named(time.days.map((day) => words.days.names[day - 1]!));
  const span =
    time.start === '00:00' && time.end === '23:59'
      ? words.span.allDay
      : time.start === '00:00'
        ? words.span.before(words.clock(time.end))
        : time.end === '00:00'
          ? words.span.after(words.clock(time.start))
          : words.span.between(words.clock(time.start), words.clock(time.end));
  return words.times(days, span);
}

/** The clauses of a preference in the debtor's language: "no messages from us on weekdays between 7:00 AM and 3:00 PM". */
export function describePreference(language: Language, preference: Omit<ContactPreference, 'workHoursUnknown'>): string[] {
  const words = catalogue[language];
  return [
    ...preference.inconvenientTimes.map((time) => describeTime(words, time)),
    ...preference.stoppedMedia.map((medium) => words.stopped[medium]),
    ...(preference.preferredMedia.length > 0 ? [words.preferred(preference.preferredMedia.map((medium) => words.media[medium]))] : []),
    ...(preference.noWorkplaceContact ? [words.workplace] : []),
  ];
}

/** RF-02 / RF-03 / RF-06: the single line that confirms what the debtor designated, and asks for work hours when they are missing. */
export function contactPreferenceConfirmation(language: Language, preference: ContactPreference): string {
  const words = catalogue[language];
  const noted = words.noted(describePreference(language, preference));
  return preference.workHoursUnknown ? `${noted} ${words.askWorkHours}` : noted;
}
