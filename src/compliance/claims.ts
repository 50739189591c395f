import type { Language } from '../domain/account';
import { centsFromDigits } from '../domain/money';
import { normalizeForMatching } from './normalize';

/**
 * The amounts, dates and percentages a draft states, so each can be traced to the account or an
 * engine offer (RF-15 claim validator, RF-16, FL-01). Links are skipped: their digits are tokens.
 */
export interface StatedDate {
  month: number;
  day: number;
  /** Absent for "March 14": then any allowed date on that day of the year matches. */
  year?: number;
}

/** Our own links carry ids and signatures whose digits are neither claims nor card numbers. */
export const withoutLinks = (text: string): string => text.replace(/\bhttps?:\/\/\S+/gi, ' ');


const number = '(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?';
const dollarSign = new RegExp(`\\$\\s?${number}(?!\\d)`, 'g');
const dollarWord = new RegExp(`(?<![\\d$.,])${number}\\s?(?:dollars?|dolares|usd)\\b`, 'g');

/** "$1,240.50", "$25", "80 dollars", "80 dólares" -> cents. */
export function statedAmounts(text: string): number[] {
  const plain = normalizeForMatching(withoutLinks(text));
  return [...plain.matchAll(dollarSign), ...plain.matchAll(dollarWord)].map((match) => centsFromDigits((match[1] ?? '0').replace(/,/g, ''), match[2]));
}

/** "40%", "40 percent", "40 por ciento": an engine offer states amounts, never percentages. */
export function statesPercentage(text: string): boolean {
  return /\d\s?%|\d\s?(?:percent|por ?ciento)\b/.test(normalizeForMatching(withoutLinks(text)));
}

const monthsEn = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const monthsEs = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

/** "march", "mar", "sept" -> 3, 9; Spanish names separately so "mar" is never read in Spanish. */
const monthByEnglishName = new Map<string, number>([
  ...monthsEn.map((name, i) => [name, i + 1] as const),
  ...monthsEn.map((name, i) => [name.slice(0, 3), i + 1] as const),
  ['sept', 9],
]);
const monthBySpanishName = new Map<string, number>([...monthsEs.map((name, i) => [name, i + 1] as const), ['setiembre', 9]]);
const alternatives = (names: Map<string, number>) => [...names.keys()].sort((a, b) => b.length - a.length).join('|');

const fullYear = (year: string | undefined): number | undefined => {
  if (year === undefined) return undefined;
  const value = Number(year);
  return year.length === 2 ? (value < 70 ? 2000 + value : 1900 + value) : value;
};

const monthNameEn = `(${alternatives(monthByEnglishName)})\\.?`;
const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const numeric = /(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/])/g;
const monthDayEn = new RegExp(`\\b${monthNameEn} (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b`, 'g');
const dayMonthEn = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${monthNameEn}(?:,? (\\d{4}))?\\b`, 'g');
const dayMonthEs = new RegExp(`\\b(\\d{1,2}) de (${alternatives(monthBySpanishName)})(?: de(?:l)? (\\d{4}))?\\b`, 'g');

/**
 * Every calendar date the text states. Numeric dates are read the way the language writes them:
 * 3/14 in English, 14/3 in Spanish.
 */
export function statedDates(text: string, language: Language): StatedDate[] {
  const plain = normalizeForMatching(withoutLinks(text));
  const dates: StatedDate[] = [];
  const add = (month: number, day: number, year?: number) => {
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) dates.push(year === undefined ? { month, day } : { month, day, year });
  };
  for (const m of plain.matchAll(iso)) add(Number(m[2]), Number(m[3]), Number(m[1]));
  for (const m of plain.matchAll(numeric)) {
    const [first, second] = [Number(m[1]), Number(m[2])];
    if (language === 'es') add(second, first, fullYear(m[3]));
    else add(first, second, fullYear(m[3]));
  }
  const month = (names: Map<string, number>, name: string | undefined) => names.get(name ?? '') ?? 0;
  for (const m of plain.matchAll(monthDayEn)) add(month(monthByEnglishName, m[1]), Number(m[2]), fullYear(m[3]));
  for (const m of plain.matchAll(dayMonthEn)) add(month(monthByEnglishName, m[2]), Number(m[1]), fullYear(m[3]));
  for (const m of plain.matchAll(dayMonthEs)) add(month(monthBySpanishName, m[2]), Number(m[1]), fullYear(m[3]));
  return dates;
}

/** A stated date matches an allowed YYYY-MM-DD; without a year, on the same month and day. */
export function dateAllowed(date: StatedDate, allowedIsoDates: readonly string[]): boolean {
  return allowedIsoDates.some((iso) => {
    const [year, month, day] = iso.split('-').map(Number);
    return month === date.month && day === date.day && (date.year === undefined || date.year === year);
  });
}
