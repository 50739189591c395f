import type { Language } from '../../domain/account';
import { centsFromDigits } from '../../domain/money';
import { normalizeForMatching } from '../../compliance/normalize';
import { twoDaysOfMonth } from './frequency';
import { findNumberWords } from './number-words';

/** One amount of money found in a message, in integer cents, with how sure we are it is money. */
export interface AmountMention {
  cents: number;
  start: number;
  end: number;
  /** currency: "$", "dollars"; rate: followed by a frequency ("100/mo"); context: "pay 100". */
  cue: 'currency' | 'rate' | 'context';
}

const currencyAfter = /^\s*(?:\$|(?:dollars?|bucks?|usd|dlls?|dls|dolares|dolar|pesos?|en efectivo)\b)/;
/**
 * Pounds, euros and the like are not dollars: a US collector reading "£27" as $27 would act on a
 * wrong number, so an amount marked in another currency is no amount at all.
 */
const foreignAfter = /^\s*(?:[£€¥]|(?:pounds?|quid|euros?|gbp|eur|yen|pesos? mexicanos|mxn|cad|aud)\b)/;
const foreignBefore = /(?:[£€¥]|\b(?:gbp|eur|mxn|cad|aud|c\$|a\$))\s?$/;
const rateAfter = /^\s*(?:\/\s?(?:mo|mon|month|m|wk|week|w)\b|(?:a|per|each|every|evry|al|por|cada|x|a la|por la)\s+(?:month|mo|week|wk|mes|semana|quincena|two weeks|other week|payday|paycheck|(?:2|two|dos|other|otra)\s+(?:weeks?|wks?|semanas?)|(?:14|15|catorce|quince)\s+(?:days|dias))\b|(?:monthly|weekly|biweekly|bi-weekly|semi[- ]?monthly|mensual\w*|semanal\w*|quincenal\w*|each time|every time|cada vez)\b)/;
/** "200 on the 1st and 15th": an amount paid on two days of every month is a rate too. */
const twoDaysAfter = new RegExp(`^\\s*${twoDaysOfMonth.source}`);
const payBefore = /\b(?:pay|paying|paid|payed|swing|spare|spent|spend|charged(?: me)?|(?:amount|payment|total|sum) of|do|send|sending|give|offer|afford|manage|handle|put down|make|start with|only|about|around|like|maybe|just|settle (?:it |this |that |the \w+ |my \w+ )?for|settlement of|take|accept|pagar|pago|pagaria|puedo|dar|doy|abonar|abono|mandar|mando|depositar|ofrezco|solo|unos|como|liquidar(?: la \w+)? con|liquido con|cerrar con|aceptan?|acepten|aceptarian)\s+(?:you\s+|le\s+|les\s+|te\s+|like\s+|about\s+|around\s+|maybe\s+|only\s+|unos\s+)?$/;
/** "the 15th", "on the 1st", "el 15", "at 5", "5pm", "3/14", "90%": numbers that are not money. */
const notMoneyAfter = /^(?:st|nd|rd|th|\s*%|\s*(?:am|pm|a\.m|p\.m|o'?clock|percent|por ?ciento|years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|anos|meses|semanas|dias|horas|de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre))\b|\s*[:/-]\d)/;
const notMoneyBefore = /(?:\b(?:the|on|el|dia|on the|by the|at|a las|chapter|capitulo|ch|option|opcion|number|numero|#|zip|last|ultimos|age)\s*|[/:-])$/;
/** "more than 400", "at least 50": a limit in money when it has two digits or more and no unit after. */
const limitBefore = /\b(?:more|less|no more|not more|higher|lower|bigger|smaller|over|under|greater) than\s+$|\b(?:at least|at most|up to|over|under|above|below|no more than|max(?:imum)?|min(?:imum)?)\s+$/;
const notMoneyUnitAfter = /^\s*(?:times|people|persons|items|calls|texts|messages|miles|mi|km|lbs?|kgs?|pounds? of|feet|ft|inches|points|pts|percent|x)\b/;

/**
 * Every amount of money in a message. Digits are read as strings, never through floats:
 * "$1,240.50" is 124050 cents. In Spanish "1.240,50" uses the opposite separators. A bare number
 * counts only with a cue (currency, a rate, or a paying verb before it), so "the 15th" and "1" are
 * not money.
 */
export function findAmounts(text: string, language: Language): AmountMention[] {
  const folded = normalizeForMatching(text);
  const found: AmountMention[] = [];
  const digits = /(?:(\$|usd\s?|us\$)\s?)?(\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+(?=,\d{1,2}\b|\s|$|[^\d.,])|\d+)(?:([.,])(\d{1,2}))?(?![\d.,]\d)(\s?k\b|\s(?:thousand|grand)\b)?/g;
  for (const match of folded.matchAll(digits)) {
    const [whole, currency, integerText, separator, fractionText, thousands] = match;
    const start = match.index!;
    const end = start + whole.length;
    const groupedWithDots = /\.\d{3}/.test(integerText!);
    const groupedWithCommas = /,\d{3}/.test(integerText!);
    // "1.240" in Spanish is one thousand two hundred forty; "1,50" is one fifty.
    if (groupedWithDots && language !== 'es' && separator !== ',') continue;
    if (separator === ',' && (language !== 'es' || groupedWithCommas)) {
      if (!fractionText || fractionText.length !== 2 || language !== 'es') continue;
    }
    const integerDigits = integerText!.replace(/[.,]/g, '');
    let cents = centsFromDigits(integerDigits, fractionText ?? '');
    if (thousands) cents *= 1000;
    if (!Number.isSafeInteger(cents)) continue;
    const before = folded.slice(Math.max(0, start - 24), start);
    const after = folded.slice(end, end + 30);
    if (foreignAfter.test(after) || (!currency && foreignBefore.test(before))) continue;
    // "the 66.1 dollars payment", "84$": a currency after the number outweighs a date-like "the" before it.
    const currencyFollows = currencyAfter.test(after);
    if (!currency && !currencyFollows && (notMoneyAfter.test(after) || notMoneyBefore.test(before))) continue;
    // "200 on Friday", "150 by the 15th": a number opening the message before a date is what they will pay.
    const opensPromise = !folded.slice(0, start).trim() && /^\s+(?:on|by|this|next|el|para|este)\b/.test(after);
    // "500 is all I can do", "400 total", "300 y cerramos": a number opening the message as a counter-offer.
    const opensOffer = !folded.slice(0, start).trim() && /^\s+(?:is (?:all|the most|my (?:final|best|last))|total|in total|es (?:todo|lo maximo|mi)|y (?:cerramos|quedamos))\b/.test(after);
    const limit = integerDigits.length >= 2 && limitBefore.test(before) && !notMoneyUnitAfter.test(after) ? 'context' : null;
    const cue = classify(Boolean(currency) || currencyFollows || Boolean(thousands), after, before) ?? (opensPromise || opensOffer ? 'context' : limit);
    if (cue) found.push({ cents, start, end, cue });
  }
  for (const words of findNumberWords(folded)) {
    const before = folded.slice(Math.max(0, words.start - 24), words.start);
    const after = folded.slice(words.end, words.end + 30);
    if (words.value === 0 || notMoneyAfter.test(after) || foreignAfter.test(after) || foreignBefore.test(before)) continue;
    const cue = classify(currencyAfter.test(after) || /\$\s*$/.test(before), after, before);
    if (cue) found.push({ cents: words.value * 100, start: words.start, end: words.end, cue });
  }
  // A number standing alone answers "how much can you pay?": "150", "a hundred", "cien".
  if (found.length === 0 && /^\s*(?:(?:\$\s?)?\d{2,3}(?:[.,]\d{2})?|\d{6,}|\$\s?\d+|[a-z\s-]+)\s*(?:dollars?|bucks|dolares)?[.!]?\s*$/.test(folded)) {
    const alone = findNumberWords(folded);
    const digitsAlone = /\d+(?:[.,]\d{2})?/.exec(folded);
    if (alone.length === 1 && alone[0]!.value >= 10 && !folded.slice(0, alone[0]!.start).trim() && /^\s*(?:dollars?|bucks|dolares)?[.!]?\s*$/.test(folded.slice(alone[0]!.end))) found.push({ cents: alone[0]!.value * 100, start: alone[0]!.start, end: alone[0]!.end, cue: 'context' });
    else if (alone.length === 0 && digitsAlone) {
      const [integer, fraction] = digitsAlone[0].split(/[.,]/);
      found.push({ cents: centsFromDigits(integer ?? '', fraction ?? ''), start: digitsAlone.index, end: digitsAlone.index + digitsAlone[0].length, cue: 'context' });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function classify(currency: boolean, after: string, before: string): AmountMention['cue'] | null {
  if (rateAfter.test(after) || rateAfter.test(after.replace(currencyAfter, '')) || twoDaysAfter.test(after)) return 'rate';
  if (currency) return 'currency';
  if (payBefore.test(before)) return 'context';
  return null;
}

/**
 * The amount the debtor offers: one tied to a rate wins ("can't do 1240, maybe 100/mo" is 100),
 * then the last one with a currency, then the last one after a paying verb.
 */
export function parseAmount(text: string, language: Language): number | undefined {
  const found = findAmounts(text, language);
  const pick = (cue: AmountMention['cue']) => found.filter((a) => a.cue === cue).at(-1)?.cents;
  return pick('rate') ?? pick('currency') ?? pick('context');
}
