import type { Intent } from '../domain/intents';
import { classifyKeyword, type Keyword } from './keywords';
import { normalizeForMatching } from './normalize';
import { rightsPatterns, textingStillWelcome, textOptOutPatterns } from './rights-patterns';

export interface RightsDetection {
  intents: Intent[];
  keyword: 'opt_out' | 'opt_in' | 'help' | null;
}

/**
 * Reads the rights a debtor invokes before any conversation logic runs (RULES.md §8.2, AI-02).
 * Rule based so counsel can read every phrase (rights-patterns.ts); several intents may fire at
 * once ("I'm not paying, my lawyer says this isn't mine" → cease, attorney, dispute).
 *
 * `keyword` is the whole-message keyword (§8.3) or, failing that, a free-text opt-out from texts
 * ("please stop texting me"): Twilio does not act on those, so the app must (TC-04).
 * "I already paid this" yields payment_already_made and dispute_not_my_debt: a paid debt is not
 * owed, and RF-18 lists it among indirect disputes.
 */
export function detectRights(text: string): RightsDetection {
  const normalized = normalizeForMatching(text);
  const intents = rightsPatterns
    .filter(({ patterns }) => patterns.some((pattern) => pattern.test(normalized)))
    .map(({ intent }) => intent);
  if (intents.includes('payment_already_made') && !intents.includes('dispute_not_my_debt')) {
    intents.push('dispute_not_my_debt');
  }
  return { intents: withoutCallsOnlyCease(intents, normalized), keyword: keywordIn(text, normalized) };
}

function keywordIn(text: string, normalized: string): Keyword | null {
  const whole = classifyKeyword(text);
  if (whole) return whole;
  return textOptOutPatterns.some((pattern) => pattern.test(normalized)) ? 'opt_out' : null;
}

/** RF-06: "stop calling me, texting is fine" asks for one medium to stop, not a cease (RF-07). */
function withoutCallsOnlyCease(intents: Intent[], normalized: string): Intent[] {
  return textingStillWelcome.test(normalized) ? intents.filter((intent) => intent !== 'cease_contact') : intents;
}
