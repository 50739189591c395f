import { DateTime } from 'luxon';
import type { Language } from '../domain/account';
import { allowedNow, nextAllowedTime, type ContactWindow } from './contact-window';

/**
 * RF-02, debtor writing at an inconvenient time (e.g. 22:15 local): the assistant sends ONE reply
 * that says it is late and offers to continue now or after the window opens, and nothing pushing
 * payment. If the debtor then says in their own words to go on, that is direct consent for this
 * session (1006.6(b)(4)(i)) and the conversation goes on; anything else gets a short `wait` reply
 * saying when the assistant will pick up, never silence (issue #15 item 3).
 */
export type LateNightAction = 'proceed' | 'notice' | 'wait';

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
  /** The debtor's message is agreement to go on now (language/go-on-consent.ts reads it). */
  goOn: boolean;
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
  if (input.goOn) return { action: 'proceed', recordConsent: true, resumeAt };
  return { action: 'wait', recordConsent: false, resumeAt };
}

/** "8:00 AM" / "8:00" in the debtor's primary zone, for prompts' lateNightReply and lateNightWait. */
export function resumeTimeText(resumeAt: Date, zone: string, language: Language): string {
  const local = DateTime.fromJSDate(resumeAt, { zone });
  return language === 'es' ? local.setLocale('es-US').toFormat('H:mm') : local.setLocale('en-US').toFormat('h:mm a');
}
