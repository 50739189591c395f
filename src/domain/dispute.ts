import type { Channel } from './channel';
import { DomainError } from './errors';
import { DAY_MS } from './clock';

export const disputeStates = ['received', 'information_requested', 'validation_sent', 'resolved'] as const;
export type DisputeState = (typeof disputeStates)[number];

/** upheld: the debtor was right; corrected: an adjustment set the balance right; withdrawn: the debtor took it back. */
export const disputeResolutions = ['upheld', 'corrected', 'withdrawn'] as const;
export type DisputeResolution = (typeof disputeResolutions)[number];

export interface DisputeStep {
  state: DisputeState;
  /** "debtor" for the receipt; otherwise the specialist or operator who moved it. */
  by: string;
  at: string;
  note?: string;
}

/**
 * A dispute of the debt (RF-18), from the debtor's words to its resolution. Collection stays held
 * from receipt to resolution; `dueAt` is the response clock the policy sets.
 */
export interface Dispute {
  id: string;
  accountId: string;
  state: DisputeState;
  receivedAt: string;
  dueAt: string;
  /** Where the debtor raised it: transitions are told in that conversation's transcript. */
  conversationId: string;
  channel: Channel;
  steps: DisputeStep[];
  resolution?: DisputeResolution;
  /** corrected only: the adjustment that set the balance right. */
  adjustmentId?: string;
}

/** Where each state may go next. A resolved dispute is final: a new dispute is a new record. */
const next: Record<DisputeState, readonly DisputeState[]> = {
  received: ['information_requested', 'validation_sent', 'resolved'],
  // The debtor may send what was asked for, or more may be asked after validation went out.
  information_requested: ['validation_sent', 'resolved'],
  validation_sent: ['information_requested', 'resolved'],
  resolved: [],
};

export function allowedTransitions(state: DisputeState): readonly DisputeState[] {
  return next[state];
}


export function openDispute(input: { id: string; accountId: string; at: Date; responseDays: number; conversationId: string; channel: Channel }): Dispute {
  const receivedAt = input.at.toISOString();
  return {
    id: input.id,
    accountId: input.accountId,
    state: 'received',
    receivedAt,
    dueAt: new Date(input.at.getTime() + input.responseDays * DAY_MS).toISOString(),
    conversationId: input.conversationId,
    channel: input.channel,
    steps: [{ state: 'received', by: 'debtor', at: receivedAt }],
  };
}

export type DisputeTransition =
  | { to: 'information_requested' | 'validation_sent'; by: string; at: Date; note?: string }
  | { to: 'resolved'; by: string; at: Date; note?: string; resolution: DisputeResolution; adjustmentId?: string };

/**
 * Moves a dispute one step; throws DomainError `invalid_transition` for a step the machine does
 * not allow, and `adjustment_required` when a correction names no adjustment (and the reverse).
 */
export function transitionDispute(dispute: Dispute, transition: DisputeTransition): Dispute {
  if (!next[dispute.state].includes(transition.to)) {
    throw new DomainError('invalid_transition', `a dispute ${dispute.state.replace('_', ' ')} cannot move to ${transition.to.replace('_', ' ')}`, 'conflict');
  }
  const step: DisputeStep = { state: transition.to, by: transition.by, at: transition.at.toISOString(), ...(transition.note ? { note: transition.note } : {}) };
  if (transition.to !== 'resolved') return { ...dispute, state: transition.to, steps: [...dispute.steps, step] };
  const corrected = transition.resolution === 'corrected';
  if (corrected !== (transition.adjustmentId !== undefined)) {
    throw new DomainError('adjustment_required', corrected ? 'a corrected dispute posts its adjustment' : 'only a corrected dispute posts an adjustment');
  }
  return {
    ...dispute,
    state: 'resolved',
    resolution: transition.resolution,
    steps: [...dispute.steps, step],
    ...(transition.adjustmentId ? { adjustmentId: transition.adjustmentId } : {}),
  };
}

export type ClockState = 'on_time' | 'due_soon' | 'overdue';

/** A response or SLA clock: overdue past `dueAt`, due soon within `soonMs` of it. */
export function clockState(dueAt: string, now: Date, soonMs: number): ClockState {
  const left = Date.parse(dueAt) - now.getTime();
  if (left < 0) return 'overdue';
  return left <= soonMs ? 'due_soon' : 'on_time';
}
