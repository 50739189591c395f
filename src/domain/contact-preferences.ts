import type { Channel } from './channel';

/**
 * A time the debtor said is inconvenient (RF-02), read in their time zone: "not weekdays 7-3" is
 * { days: [1..5], start: "07:00", end: "15:00" }. Days are ISO weekdays (1 = Monday); `end` is
 * exclusive and may be earlier than `start` for a span past midnight ("after 5pm": 17:00-00:00).
 */
export interface InconvenientTime {
  days: number[];
  start: string;
  end: string;
}

/** The media a debtor may ask us to stop using or to use instead (RF-06); calls and email have no sender here yet. */
export const contactMedia = ['sms', 'email', 'calls'] as const;
export type ContactMedium = (typeof contactMedia)[number];

/**
 * What one message designated: times, media and the workplace. None of it is a cease (RF-07) or
 * an opt-out from the conversation under way; each only narrows when and how we may start contact.
 */
export interface ContactPreference {
  inconvenientTimes: InconvenientTime[];
  /** RF-06: "stop texting me, email is fine" stops sms and welcomes email. */
  stoppedMedia: ContactMedium[];
  preferredMedia: ContactMedium[];
  /** RF-03: "don't call my office", "no me llamen al trabajo". */
  noWorkplaceContact: boolean;
  /** "Not during my shift" without the hours: the assistant asks for them. */
  workHoursUnknown: boolean;
}

/** Everything the debtor designated so far, kept on the account and shown to specialists. */
export interface ContactPreferences {
  inconvenientTimes: InconvenientTime[];
  stoppedMedia: ContactMedium[];
  preferredMedia: ContactMedium[];
  noWorkplaceContact: boolean;
  /** When the debtor last designated something (ISO instant). */
  updatedAt: string;
}

export const noContactPreferences: ContactPreferences = { inconvenientTimes: [], stoppedMedia: [], preferredMedia: [], noWorkplaceContact: false, updatedAt: '' };

export const sameTime = (a: InconvenientTime, b: InconvenientTime) => a.start === b.start && a.end === b.end && a.days.join() === b.days.join();

/**
 * Designations add up: a later one narrows contact further and never silently lifts an earlier
 * one (a specialist can). A medium asked for again is preferred, yet stays stopped if it was: only
 * the debtor's START or a specialist re-enables it (TC-02).
 */
export function withPreference(current: ContactPreferences | undefined, said: ContactPreference, at: Date): ContactPreferences {
  const base = current ?? noContactPreferences;
  const inconvenientTimes = [...base.inconvenientTimes];
  for (const time of said.inconvenientTimes) if (!inconvenientTimes.some((kept) => sameTime(kept, time))) inconvenientTimes.push(time);
  const stoppedMedia = [...new Set([...base.stoppedMedia, ...said.stoppedMedia])];
  const preferredMedia = [...new Set([...base.preferredMedia, ...said.preferredMedia])].filter((medium) => !said.stoppedMedia.includes(medium));
  return { inconvenientTimes, stoppedMedia, preferredMedia, noWorkplaceContact: base.noWorkplaceContact || said.noWorkplaceContact, updatedAt: at.toISOString() };
}

/** The medium a channel reaches the debtor by; web chat and the console are not media a debtor stops this way. */
export function mediumOf(channel: Channel): ContactMedium | null {
  return channel === 'sms' ? 'sms' : null;
}
