import type { HandoffCase } from '../domain/handoff-case';

/** The queue a specialist works: priority 1 (most urgent) first, then the SLA that runs out first. */
export function byUrgency(a: HandoffCase, b: HandoffCase): number {
  if (a.priority !== b.priority) return a.priority - b.priority;
  if (a.slaDueAt !== b.slaDueAt) return a.slaDueAt < b.slaDueAt ? -1 : 1;
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}

/**
 * A case as the queue shows it (CONTRACT.md "Handoff API"). The reply address (a phone number or
 * a conversation id) stays server-side: the desk routes replies, nobody needs to copy it.
 */
export function queueItem(handoff: HandoffCase) {
  const { id, accountId, reason, priority, status, channel, createdAt, slaDueAt, claimedBy, summary } = handoff;
  return { id, accountId, reason, priority, status, channel, createdAt, slaDueAt, claimedBy, summary, escalatedAt: handoff.escalatedAt ?? null, expectedContactBy: handoff.expectedContactBy ?? null };
}

export type QueueItem = ReturnType<typeof queueItem>;
