import type { Language } from '../src/domain/account';
import { formatUsd } from '../src/domain/money';

// One formatter per language, built once: a new Intl formatter per date was a visible cost per turn.
const dateFormats: Record<Language, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  es: new Intl.DateTimeFormat('es', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
};

/** "December 7, 2026" / "7 de diciembre de 2026": calendar dates are never shifted by a zone. */
export function formatDate(isoDate: string, language: Language): string {
  return dateFormats[language].format(new Date(`${isoDate}T00:00:00Z`));
}

export const money = formatUsd;
