import { DAY_MS } from '../domain/clock';
/**
 * RF-24 record retention: records are kept until the retention period after the LAST activity on
 * the debt (1006.100(a): three years after the last collection activity), then deleted (PRV-04).
 * A conversation about an account therefore lives as long as the account's newest activity, not
 * only its own.
 */

/** Reg F 1006.100(a): three years. A shorter setting is raised to this, never obeyed. */
export const MIN_RETENTION_DAYS = 1095;

export interface ConversationActivity {
  conversationId: string;
  /** ISO instant of the conversation's last message or event. */
  lastActivityAt: string;
  /** ISO instants of the last activity of each account the conversation concerns. */
  accountLastActivityAt: readonly string[];
}

export function effectiveRetentionDays(configuredDays: number): number {
  return Math.max(configuredDays, MIN_RETENTION_DAYS);
}

/** Records whose last activity is at or before this instant are due. */
export function retentionCutoff(now: Date, configuredDays: number): Date {
  return new Date(now.getTime() - effectiveRetentionDays(configuredDays) * DAY_MS);
}

/** The instant retention runs from: the newest of the conversation's and its accounts' activity. */
export function lastActivityOf(activity: ConversationActivity): Date {
  const instants = [activity.lastActivityAt, ...activity.accountLastActivityAt].map((iso) => Date.parse(iso)).filter(Number.isFinite);
  // An unreadable timestamp must never make a record look old: treat it as "now" by the caller's clock.
  return new Date(instants.length > 0 ? Math.max(...instants) : Number.POSITIVE_INFINITY);
}

export function dueForPurge(activity: ConversationActivity, now: Date, configuredDays: number): boolean {
  const last = lastActivityOf(activity).getTime();
  return Number.isFinite(last) && last <= retentionCutoff(now, configuredDays).getTime();
}
