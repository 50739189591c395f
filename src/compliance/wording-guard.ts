import type { Language } from '../domain/account';
import { formatUsd } from '../domain/money';
import { dateAllowed, statedAmounts, statedDates, statesPercentage } from './claims';
import { normalizeForMatching } from './normalize';
import { blockedWording } from './wording-blocklist';

export type WordingCheck = { ok: true } | { ok: false; ruleIds: string[]; reason: string };

/** What the draft may state: amounts (cents) and dates (YYYY-MM-DD) from the account or an offer. */
export interface AllowedClaims {
  language: Language;
  allowedAmounts: readonly number[];
  allowedDates: readonly string[];
}

/**
 * Content lint for one outbound draft (§8.1 step 7): the blocklist (RF-14, RF-15, RF-18, FL-01,
 * FL-02, TC-01) and the claim validator: every amount and date must come from the system of
 * record or the offer engine, never from the model (RF-15, RF-16, FL-01).
 */
export function checkWording(text: string, claims: AllowedClaims): WordingCheck {
  const plain = normalizeForMatching(text);
  const problems: { ruleIds: string[]; what: string }[] = blockedWording
    .filter((entry) => entry.pattern.test(plain))
    .map(({ ruleId, what }) => ({ ruleIds: [ruleId], what }));

  for (const cents of statedAmounts(text)) {
    if (!claims.allowedAmounts.includes(cents)) problems.push({ ruleIds: ['RF-16', 'FL-01'], what: `amount ${formatUsd(cents)} not from the account or offer` });
  }
  for (const date of statedDates(text, claims.language)) {
    if (!dateAllowed(date, claims.allowedDates)) {
      problems.push({ ruleIds: ['RF-15'], what: `date ${[date.year, date.month, date.day].filter(Boolean).join('-')} not from the account or offer` });
    }
  }
  if (statesPercentage(text)) problems.push({ ruleIds: ['FL-01'], what: 'a percentage (offers state amounts)' });

  if (problems.length === 0) return { ok: true };
  return { ok: false, ruleIds: [...new Set(problems.flatMap((p) => p.ruleIds))], reason: problems.map((p) => p.what).join('; ') };
}
