import { DateTime } from 'luxon';
import type { Language } from '../src/domain/account';
import { formatUsd } from '../src/domain/money';

/** "December 7, 2026" / "7 de diciembre de 2026": calendar dates are never shifted by a zone. */
export function formatDate(isoDate: string, language: Language): string {
  return DateTime.fromISO(isoDate, { zone: 'utc' }).setLocale(language === 'es' ? 'es' : 'en-US').toLocaleString(DateTime.DATE_FULL);
}

export const money = formatUsd;
