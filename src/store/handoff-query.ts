import type { HandoffCase, HandoffStatus } from '../domain/handoff-case';

export interface HandoffFilter {
  status?: HandoffStatus;
  accountId?: string;
}

export function matchesHandoffFilter(handoff: HandoffCase, filter: HandoffFilter): boolean {
  if (filter.status !== undefined && handoff.status !== filter.status) return false;
  if (filter.accountId !== undefined && handoff.accountId !== filter.accountId) return false;
  return true;
}

/** The order every store lists cases in: oldest first, ties by id, so both stores agree exactly. */
export function oldestFirst(a: HandoffCase, b: HandoffCase): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
