import { DateTime } from 'luxon';
import type { Language } from '../domain/account';
import { allowedNow, nextAllowedTime, type ContactWindow } from './contact-window';
import { normalizeForMatching } from './normalize';

/**
 * RF-02, debtor writing at an inconvenient time (e.g. 22:15 local): the assistant sends ONE reply
 * that says it is late and offers to continue now or after the window opens, and nothing pushing
 * payment. If the debtor then expressly says to continue, that is direct consent for this session
 * (1006.6(b)(4)(i)) and the conversation goes on; otherwise it stays silent until the window opens.
 */
export type LateNightAction = 'proceed' | 'notice' | 'silent';

export interface LateNightDecision {
  action: LateNightAction;
  /** True when this message is the debtor's consent: the caller records it (RF-24) in the session. */
  recordConsent: boolean;
  /** When contact is convenient again, for the notice's wording; null inside the window or when none is left. */
  resumeAt: Date | null;
}

export interface LateNightInput {
  now: Date;
  /** Every zone the debtor may be in (debtorZones); empty means unknown, judged in all continental zones. */
  zones: readonly string[];
  window: ContactWindow;
  /** ISO instant the late-night notice went out in this session, if it did. */
  noticeSentAt?: string;
  /** ISO instant the debtor consented to continue in this session, if they did. */
  consentAt?: string;
  /** What the debtor just wrote. */
  text: string;
}

// An express "go on", the whole message made of these words: "continue", "yes please", "sí, continuar"...
const consentWords = new Set(['continue', 'continuar', 'seguir', 'sigamos', 'adelante', 'yes', 'yeah', 'yep', 'ok', 'okay', 'sure', 'si', 'claro', 'vale', 'now', 'ahora', 'go']);
// ...optionally with these around them; anything else ("not now", "no", a question) is not consent.
const fillerWords = new Set(['please', 'por', 'favor', 'on', 'ahead', 'keep', 'going', 'lets', "let's", 'sounds', 'good', 'and', 'y', 'we', 'can']);

export function isContinueConsent(text: string): boolean {
  const words = normalizeForMatching(text)
    .replace(/[^\p{L}\s']/gu, ' ')
    .split(' ')
    .filter(Boolean);
  return words.some((word) => consentWords.has(word)) && words.every((word) => consentWords.has(word) || fillerWords.has(word));
}

/** The restriction a past event belongs to is still running: the window has not opened since. */
function sameClosedStretch(at: string | undefined, input: LateNightInput): boolean {
  if (!at || !Number.isFinite(Date.parse(at))) return false;
  const opens = nextAllowedTime(input.zones, new Date(at), input.window);
  return opens === null || opens.getTime() > input.now.getTime();
}

export function decideLateNight(input: LateNightInput): LateNightDecision {
  if (allowedNow(input.zones, input.now, input.window)) return { action: 'proceed', recordConsent: false, resumeAt: null };
  const resumeAt = nextAllowedTime(input.zones, input.now, input.window);
  if (sameClosedStretch(input.consentAt, input)) return { action: 'proceed', recordConsent: false, resumeAt };
  if (!sameClosedStretch(input.noticeSentAt, input)) return { action: 'notice', recordConsent: false, resumeAt };
  if (isContinueConsent(input.text)) return { action: 'proceed', recordConsent: true, resumeAt };
  return { action: 'silent', recordConsent: false, resumeAt };
}

/** "8:00 AM" / "8:00" in the debtor's primary zone, for prompts' lateNightReply(resumeTime). */
export function resumeTimeText(resumeAt: Date, zone: string, language: Language): string {
  const local = DateTime.fromJSDate(resumeAt, { zone });
  return language === 'es' ? local.setLocale('es-US').toFormat('H:mm') : local.setLocale('en-US').toFormat('h:mm a');
}
