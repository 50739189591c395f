import { z } from 'zod';
import { clockState, type ClockState } from '../domain/dispute';
import type { HandoffCase } from '../domain/handoff-case';
import { normalizePhone } from '../domain/phone';
import { handoffReasons } from '../domain/policy';
import { DAY_MS } from '../domain/clock';

/** The queue a specialist works: priority 1 (most urgent) first, then the SLA that runs out first. */
export function byUrgency(a: HandoffCase, b: HandoffCase): number {
  if (a.priority !== b.priority) return a.priority - b.priority;
  if (a.slaDueAt !== b.slaDueAt) return a.slaDueAt < b.slaDueAt ? -1 : 1;
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}

/** An SLA within half an hour of running out is due soon; a dispute's answer within three days. */
const SLA_SOON_MS = 30 * 60_000;
const DISPUTE_SOON_MS = 3 * DAY_MS;

/** Where a case stands against its SLA: met once someone claimed it, else the clock's state. */
export type SlaState = ClockState | 'met';

export function slaStateOf(handoff: HandoffCase, now: Date): SlaState {
  return handoff.status === 'open' ? clockState(handoff.slaDueAt, now, SLA_SOON_MS) : 'met';
}

/**
 * A case as the queue shows it (CONTRACT.md "Handoff API", plus the desk's fields). The reply
 * address (a phone number or a conversation id) stays server-side: the desk routes replies and
 * searches by phone here, nobody needs to copy it.
 */
export function queueItem(handoff: HandoffCase, now: Date) {
  const { id, accountId, reason, priority, status, channel, createdAt, slaDueAt, claimedBy, summary } = handoff;
  const dispute = handoff.dispute ? { ...handoff.dispute, clock: clockState(handoff.dispute.dueAt, now, DISPUTE_SOON_MS) } : null;
  return {
    id,
    accountId,
    reason,
    priority,
    status,
    channel,
    createdAt,
    slaDueAt,
    claimedBy,
    summary,
    escalatedAt: handoff.escalatedAt ?? null,
    expectedContactBy: handoff.expectedContactBy ?? null,
    language: handoff.language ?? 'en',
    assignedTo: handoff.assignedTo ?? null,
    slaState: slaStateOf(handoff, now),
    dispute,
  };
}

export type QueueItem = ReturnType<typeof queueItem>;

const specialistOrNone = z.string().trim().regex(/^[\p{L}\p{N} ._'-]{1,64}$/u, 'a specialist\'s name, or "none" for cases nobody holds');

/** The desk's filters (README "Queue"); every one optional, all given must match. */
export const queueFilterSchema = z.object({
  status: z.enum(['open', 'claimed', 'resolved']).optional(),
  reason: z.enum(handoffReasons).optional(),
  channel: z.enum(['sms', 'webchat', 'botframework', 'cli', 'console']).optional(),
  language: z.enum(['en', 'es']).optional(),
  priority: z.coerce.number().int().min(1).max(5).optional(),
  sla: z.enum(['on_time', 'due_soon', 'overdue', 'met']).optional(),
  /** Who holds it or it is assigned to; "none": nobody. */
  assignee: specialistOrNone.optional(),
  /** An account id (or part of one), or a phone number (the whole of it, or its last four digits or more). */
  q: z.string().trim().min(1).max(64).optional(),
});
export type QueueFilter = z.infer<typeof queueFilterSchema>;

export function matchesQueueFilter(handoff: HandoffCase, filter: QueueFilter, now: Date): boolean {
  if (filter.status && handoff.status !== filter.status) return false;
  if (filter.reason && handoff.reason !== filter.reason) return false;
  if (filter.channel && handoff.channel !== filter.channel) return false;
  if (filter.language && (handoff.language ?? 'en') !== filter.language) return false;
  if (filter.priority !== undefined && handoff.priority !== filter.priority) return false;
  if (filter.sla && slaStateOf(handoff, now) !== filter.sla) return false;
  if (filter.assignee) {
    const holder = handoff.claimedBy ?? handoff.assignedTo ?? null;
    if (filter.assignee === 'none' ? holder !== null : holder !== filter.assignee) return false;
  }
  return filter.q === undefined || matchesSearch(handoff, filter.q);
}

function matchesSearch(handoff: HandoffCase, q: string): boolean {
  if (handoff.accountId?.toLowerCase().includes(q.toLowerCase())) return true;
  // Only SMS cases are addressed by phone; a web chat's address is a conversation id.
  if (handoff.channel !== 'sms' && handoff.channel !== 'cli') return false;
  const phone = normalizePhone(q);
  if (phone) return handoff.address === phone;
  const digits = q.replace(/[\s().-]/g, '');
  return /^\d{4,}$/.test(digits) && handoff.address.endsWith(digits);
}

/** The queue through a filter, most urgent first. */
export function queueView(cases: HandoffCase[], filter: QueueFilter, now: Date): QueueItem[] {
  return cases.filter((handoff) => matchesQueueFilter(handoff, filter, now)).sort(byUrgency).map((handoff) => queueItem(handoff, now));
}
