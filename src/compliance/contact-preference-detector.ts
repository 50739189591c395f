import { contactMedia, sameTime, type ContactMedium, type ContactPreference, type InconvenientTime } from '../domain/contact-preferences';
import { inconvenientTimesIn, saysTimeSuits } from './spoken-times';

/**
 * Contact preferences in the debtor's words (RF-02, RF-03, RF-06), English and Spanish, read from
 * normalised text: times they say are inconvenient ("not during work 7-3 weekdays", "only after
 * 5pm", "no me escriban en el trabajo de 8 a 4"), a medium stopped while another stays welcome
 * ("stop texting, email is fine"), and the workplace ("don't call my office").
 *
 * None of these is a cease, an opt-out of the conversation under way or hardship: the sentences
 * that say them are taken out before the rights patterns read the rest (`remainder`), so "don't
 * text me during my shift" no longer reads as "don't text me", nor "don't call my office, I could
 * lose my job" as hardship. A sentence that says "ever again", "at all" or "or at home" is a cease
 * and is left to the rights patterns.
 */
export interface ContactPreferenceReading {
  preference: ContactPreference | null;
  /** The text without the sentences that designate times or the workplace. */
  remainder: string;
  /**
   * What the message asks besides the preference: the clauses that designate nothing ("pls dont
   * text me at work, whats my balance" → "whats my balance"), for the request to be read apart.
   * The whole text when no preference was heard.
   */
  besides: string;
}

/** A word that restricts: "don't", "not", "never", "only", "stop", "no me", "solo". */
const restriction =
  /\b(?:don'?t|dont|dnt|do not|never|not|no|nothing|stop|quit|avoid|only|rather you (?:not|didn'?t)|prefer (?:you )?(?:not|don'?t)|nunca|nada|solo|solamente|unicamente|dejen? de|eviten?)\b/;
/** Contacting, in any medium. */
const contactVerb =
  /\b(?:text\w*|txt\w*|msg\w*|messag\w*|call(?:s|ing|ed)?|ring(?:ing)?|phon(?:e|ing)|contact\w*|e-?mail\w*|reach\w*|writ(?:e|ing)|ping\w*|bother\w*|sms|escrib\w*|llam\w*|contact\w*|mand(?:en|ar|e)\w*|envi(?:en|ar|e)\w*|mensaj\w*|textos?|marqu\w*|marcar\w*|molest\w*|busqu\w*|correos?)\b/;
/** RF-03: the place of employment. */
const workplace =
  /\b(?:my (?:office|workplace|employer|job site|work (?:phone|number|line|email|e-mail))|(?:call|ring|text|contact|message|email|bother)\w* (?:me at )?my (?:job|work)|the office|at (?:my |the )?(?:work|job|office)|on (?:my|the) job|my boss|workplace|al trabajo|en (?:el|mi) trabajo|a mi trabajo|en la oficina|a la oficina|mi oficina|mi jefe|mi empleo|la chamba)\b/;
/** While the debtor is at work: the hours are worth asking for when not given. */
const atWorkTime =
  /\b(?:during (?:my |the )?(?:work|shifts?|working hours|work hours|business hours|workday|work day|job)|while i'?m (?:at work|working|on (?:the clock|shift|my shift))|when i'?m (?:at work|working|on shift)|(?:on|during) my shift|work(?:ing)? hours|at work|en (?:el|mi) (?:trabajo|turno|horario de trabajo)|mientras (?:estoy|este) (?:trabajando|en el trabajo)|horas? de trabajo|horario (?:de trabajo|laboral))\b/;
/**
 * The restriction bears on contacting: "don't text me", "no calls", "can you not message me", "text
 * me only after 6". "They called me at work and I told them to stop" reports what happened: a
 * complaint for the rights patterns, not a designation.
 */
const restrictedContact = new RegExp(`${restriction.source}(?:\\s+\\S+){0,3}?\\s+${contactVerb.source}|${contactVerb.source}(?:\\s+\\S+){0,2}?\\s+\\b(?:only|solo|solamente|unicamente)\\b`);

/** A standing end to all contact, not a time or a place: a cease (RF-07) for the rights patterns. */
const cease = /\b(?:ever again|never again|at all|for good|period|or (?:at )?home|nor (?:at )?home|nunca mas|jamas|ni en (?:la|mi) casa)\b/;
/** Money words: "I can only pay after the 15th" speaks of paying, not of contact. */
const aboutMoney = /\b(?:pay\w*|paid|paycheck|check|deposit|money|afford|promis\w*|dollars?|bucks|pagar|pago|pagan|cobr\w*|quincena|sueldo|prometo|prometer|dolares)\b|\$\d/;

const mediumWords: Record<ContactMedium, { stopped: RegExp; welcome: RegExp }> = {
  sms: {
    stopped:
      /\b(?:stop|quit|no more|don'?t|dont|do not|never|no)\b(?: \w+)? (?:texting|texts?|text me|txt\w*|messag(?:es|ing)|text messages|sms)\b|\bno me (?:envien|manden|escriban) (?:mensajes|textos)\b|\bno (?:mas )?(?:mensajes|textos)\b/,
    welcome:
      /\b(?:texting|texts?|text messages?|messages?|sms|textos?|mensajes?)(?: (?:is|are|es|son|esta|estan))? (?:fine|ok|okay|good|better|preferred|bien|mejor)\b|\b(?:rather|prefer(?: you)?|you can(?: still)?|please|just) text me\b|\btext me (?:instead\b|only\b(?! (?:after|before|between|from|on|in|at|during|until|till|til|weekends?|evenings?|mornings?|nights?|afternoons?)\b))|\b(?:texts?|texting) only\b|\bmejor (?:por )?(?:mensajes?|textos?)\b/,
  },
  calls: {
    stopped:
      /\b(?:stop|quit|no more|don'?t|dont|do not|never|no)\b(?: \w+)? (?:calling|calls?|call me|phone calls|phoning|ringing)\b|\bno me (?:llamen|marquen)\b|\bno (?:mas )?llamadas\b/,
    welcome:
      /\b(?:calls?|calling|phone calls?|llamadas|llamarme)(?: (?:is|are|es|son|esta|estan))? (?:fine|ok|okay|good|better|preferred|bien|mejor)\b|\b(?:rather|prefer(?: you)?|you can(?: still)?|please|just) call me\b|\bcall me (?:instead\b|only\b(?! (?:after|before|between|from|on|in|at|during|until|till|til|weekends?|evenings?|mornings?|nights?|afternoons?)\b))|\bcalls only\b|\bmejor (?:llamenme|por telefono)\b/,
  },
  email: {
    stopped:
      /\b(?:stop|quit|no more|don'?t|dont|do not|never|no)\b(?: \w+)? (?:e-?mailing|e-?mails|e-?mail me)\b|\bno me (?:escriban|manden|envien) (?:al|por|un) correo\b|\bno (?:mas )?correos\b/,
    welcome:
      /\b(?:e-?mails?|e-?mailing|correo(?: electronico)?)(?: (?:is|are|es|esta))? (?:fine|ok|okay|good|better|preferred|bien|mejor)\b|\b(?:rather|prefer(?: you)?|you can(?: still)?|please|just) e-?mail me\b|\be-?mail me (?:instead\b|only\b(?! (?:after|before|between|from|on|in|at|during|until|till|til|weekends?|evenings?|mornings?|nights?|afternoons?)\b))|\be-?mail only\b|\b(?:use|by|via|through|to) (?:my )?e-?mail\b|\b(?:mejor|por|al|a mi) correo\b/,
  },
};

function sentencesOf(normalized: string): string[] {
  return normalized.split(/(?<=[.!?;])\s+|\n+|\s+(?=but\b|pero\b)/).filter((sentence) => sentence.trim().length > 0);
}

/** Where one thing said ends and another begins inside a sentence: a comma, "also" and its kin. */
function clausesOf(sentence: string): string[] {
  return sentence.split(/\s*,\s*|\s+(?=(?:and also|also|plus|btw|y tambien|tambien|ademas)\b)/).filter((clause) => clause.trim().length > 0);
}

/**
 * "Only after 5pm", "not before noon", "solo despues de las 5", "durante el dia no", "after 6 is
 * fine": a time said alone, with a word that restricts first (or last) or saying the time suits.
 */
function bareRestriction(sentence: string): boolean {
  const words = sentence.replace(/^\W*(?:and|but|also|pls|plz|please|ok|okay|y|pero|por favor)\b\W*/, '').split(/\s+/).filter(Boolean);
  if (words.length > 10) return false;
  return restriction.test(words.slice(0, 2).join(' ')) || restriction.test(words.at(-1) ?? '') || saysTimeSuits(sentence);
}

interface SentenceReading {
  times: ReturnType<typeof inconvenientTimesIn>;
  workplace: boolean;
  atWork: boolean;
}

/** A sentence that designates a time or the workplace, or null. */
function readSentence(sentence: string): SentenceReading | null {
  if ((!restriction.test(sentence) && !saysTimeSuits(sentence)) || aboutMoney.test(sentence) || cease.test(sentence)) return null;
  const times = inconvenientTimesIn(sentence);
  const atWork = atWorkTime.test(sentence);
  const atWorkplace = workplace.test(sentence) || atWork;
  if (times.length === 0 && !atWorkplace) return null;
  if (!restrictedContact.test(sentence) && !bareRestriction(sentence)) return null;
  return { times, workplace: atWorkplace, atWork };
}

/** RF-06: media stopped while another is welcome; "texts only" stops the others. */
function mediaIn(normalized: string): { stopped: ContactMedium[]; preferred: ContactMedium[] } {
  const preferred = contactMedia.filter((medium) => mediumWords[medium].welcome.test(normalized));
  const stopped = contactMedia.filter((medium) => !preferred.includes(medium) && mediumWords[medium].stopped.test(normalized));
  if (preferred.length === 0) return { stopped: [], preferred: [] };
  const onlyOne = /\bonly\b|\binstead\b|\bsolo\b|\bsolamente\b/.test(normalized) && stopped.length === 0;
  return { stopped: onlyOne ? contactMedia.filter((medium) => !preferred.includes(medium)) : stopped, preferred: stopped.length > 0 || onlyOne ? preferred : [] };
}

/** A clause that only gives the preference's context ("7-3 weekdays", "im at work") asks for nothing. */
const namesTimeOrWork = (clause: string) => !aboutMoney.test(clause) && (inconvenientTimesIn(clause).length > 0 || workplace.test(clause) || atWorkTime.test(clause));

const endOf = (time: InconvenientTime) => (time.end === '00:00' ? '24:00' : time.end);
/** "Not during the day... after 6 is ok": the day (before 5 PM) lies inside "before 6 PM", one window. */
function covers(outer: InconvenientTime, inner: InconvenientTime): boolean {
  return (
    outer.start < endOf(outer) &&
    inner.start < endOf(inner) &&
    inner.days.every((day) => outer.days.includes(day)) &&
    outer.start <= inner.start &&
    endOf(inner) <= endOf(outer)
  );
}

export function readContactPreference(normalized: string): ContactPreferenceReading {
  const kept: string[] = [];
  const besides: string[] = [];
  const readings: SentenceReading[] = [];
  for (const sentence of sentencesOf(normalized)) {
    // "Stop contacting me at all, not at work" is a cease whole: no clause of it designates.
    const clauses = cease.test(sentence) ? [sentence] : clausesOf(sentence);
    const designating = clauses.length > 1 ? clauses.filter((clause) => readSentence(clause) !== null) : [];
    const whole = readSentence(sentence);
    if (!whole && designating.length === 0) {
      kept.push(sentence);
      besides.push(sentence);
      continue;
    }
    // The clauses that ask for something else ("whats my balance", "i want to promise 100 on
    // friday") are no part of the preference; those that give its hours or work are.
    const asking = clauses.filter((clause) => designating.length > 0 && !designating.includes(clause) && !namesTimeOrWork(clause));
    const part = clauses.filter((clause) => !asking.includes(clause)).join(', ');
    const reading = asking.length > 0 ? readSentence(part) : whole;
    readings.push(...(reading ? [reading] : designating.map((clause) => readSentence(clause)!)));
    besides.push(...asking);
    // A sentence that designates as a whole goes whole ("don't call the office, I could lose my
    // job" is no hardship); one that only a clause of designates keeps its other clauses
    // ("dont text me before 9am, i want a payment plan" is no opt-out from texts).
    if (!whole) kept.push(...clauses.filter((clause) => !designating.includes(clause)));
  }
  const media = mediaIn(normalized);
  if (readings.length === 0 && media.stopped.length === 0) return { preference: null, remainder: normalized, besides: normalized };
  const said = readings.flatMap((reading) => reading.times);
  const inconvenientTimes = said.filter((time, index) => !said.some((other, at) => (sameTime(other, time) ? at < index : covers(other, time))));
  return {
    preference: {
      inconvenientTimes,
      stoppedMedia: media.stopped,
      preferredMedia: media.preferred,
      noWorkplaceContact: readings.some((reading) => reading.workplace),
      workHoursUnknown: readings.some((reading) => reading.atWork) && inconvenientTimes.length === 0,
    },
    remainder: kept.join(' '),
    besides: besides.join(' '),
  };
}
