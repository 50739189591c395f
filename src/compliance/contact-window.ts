import { DateTime } from 'luxon';
import type { Account } from '../domain/account';
import type { InconvenientTime } from '../domain/contact-preferences';
import type { Policy } from '../domain/policy';
import { localTimeIn } from '../domain/zone-time';

/**
 * When the debtor may be contacted (RF-02, TC-05, ST-06): inside the policy's daily window
 * (default 08:00-21:00) in EVERY zone the debtor may be in, and outside the times they said are
 * inconvenient. A message is judged at the moment it is sent (1006.6(b)(1) comment).
 */
export interface ContactWindow {
  /** "HH:MM", inclusive. */
  start: string;
  /** "HH:MM", exclusive: at 21:00 the window is closed. */
  end: string;
  /** Read in the debtor's primary zone (the first zone given). */
  inconvenientTimes: readonly InconvenientTime[];
}

export function contactWindowOf(policy: Policy, inconvenientTimes: readonly InconvenientTime[]): ContactWindow {
  return { start: policy.contact.windowStart, end: policy.contact.windowEnd, inconvenientTimes };
}

/** The window for one debtor: the policy's, less the times they designated (RF-02); an unknown sender has none. */
export function contactWindowFor(policy: Policy, account: Pick<Account, 'contactPreferences'> | null): ContactWindow {
  return contactWindowOf(policy, account?.contactPreferences?.inconvenientTimes ?? []);
}

/**
 * With no known location, "8 a.m. to 9 p.m. local" must hold wherever in the continental US the
 * debtor might be (ST-*: if unknown, apply the strictest profile).
 */
export const zonesWhenUnknown: readonly string[] = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'];

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
/** NaN in a zone luxon does not know: no window holds there. */
const minuteOfDay = (at: Date, zone: string): number => {
  const local = localTimeIn(at, zone);
  return local ? local.hour * 60 + local.minute : NaN;
};

/** A span may run past midnight ("22:00"-"07:00"). */
function within(minute: number, start: string, end: string): boolean {
  const from = minutesOf(start);
  const to = minutesOf(end);
  return from <= to ? minute >= from && minute < to : minute >= from || minute < to;
}

function effectiveZones(zones: readonly string[]): readonly string[] {
  return zones.length > 0 ? zones : zonesWhenUnknown;
}

function designatedInconvenient(zone: string, at: Date, times: readonly InconvenientTime[]): boolean {
  const local = localTimeIn(at, zone);
  return local !== null && times.some((time) => time.days.includes(local.weekday) && within(local.hour * 60 + local.minute, time.start, time.end));
}

export function allowedNow(zones: readonly string[], now: Date, window: ContactWindow): boolean {
  const all = effectiveZones(zones);
  const insideEveryWindow = all.every((zone) => within(minuteOfDay(now, zone), window.start, window.end));
  return insideEveryWindow && !designatedInconvenient(all[0] ?? 'UTC', now, window.inconvenientTimes);
}

/** How far ahead to look: a week plus a day covers every weekly designation. */
const SEARCH_DAYS = 8;

/**
 * The earliest instant from `now` at which contact is allowed, or null when the debtor's
 * designations leave no time at all. It is `now` itself or the moment some restriction lifts:
 * a window opening in one of the zones or a designated time ending.
 */
export function nextAllowedTime(zones: readonly string[], now: Date, window: ContactWindow): Date | null {
  if (allowedNow(zones, now, window)) return now;
  const all = effectiveZones(zones);
  const primary = all[0] ?? 'UTC';
  const at = (zone: string, dayOffset: number, hhmm: string): number =>
    DateTime.fromJSDate(now, { zone })
      .startOf('day')
      .plus({ days: dayOffset })
      .set({ hour: Number(hhmm.slice(0, 2)), minute: Number(hhmm.slice(3, 5)) })
      .toMillis();
  const candidates: number[] = [];
  for (let day = 0; day <= SEARCH_DAYS; day++) {
    for (const zone of all) candidates.push(at(zone, day, window.start));
    for (const time of window.inconvenientTimes) candidates.push(at(primary, day, time.end));
  }
  const next = candidates
    .filter((millis) => millis > now.getTime())
    .sort((a, b) => a - b)
    .find((millis) => allowedNow(zones, new Date(millis), window));
  return next === undefined ? null : new Date(next);
}
