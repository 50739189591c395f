import type { Channel } from './channel';
import type { Cents } from './money';

/**
 * What happened, as the creditor's systems and the reports see it. Every event is kept in the
 * activity log (the reports read it); the creditor's types also go out to CREDITOR_WEBHOOK_URL.
 * Shape fixed by CONTRACT.md: `{ id, type, occurredAt, accountId, data }`.
 */
export interface EventData {
  'conversation.started': { conversationId: string; channel: Channel };
  /** `method`: the debtor answered the policy's factors, or the billing portal vouched for them. */
  'verification.succeeded': { conversationId: string; channel: Channel; method: 'factors' | 'portal' };
  'promise.created': ArrangementCreated;
  'plan.created': ArrangementCreated;
  'settlement.accepted': ArrangementCreated;
  'pay_in_full.created': ArrangementCreated;
  'payment.posted': { paymentId: string; amountCents: Cents; paidAt: string; balanceCents: Cents };
  /** A promise (or pay-in-full / settlement) paid in full by its due date. */
  'promise.kept': { arrangementId: string; kind: string; dueDate: string; paidCents: Cents };
  /** `partial`: something was paid by the due date, but not all of it. */
  'promise.broken': { arrangementId: string; kind: string; dueDate: string; paidCents: Cents; shortCents: Cents; partial: boolean };
  'plan.completed': { arrangementId: string; totalCents: Cents };
  /** Collection stopped on the account (`reason`: the flag), so its promise or plan is on hold. */
  'arrangement.suspended': { arrangementId: string; kind: string; reason: string };
  /** A specialist resumed a suspended promise or plan. */
  'arrangement.resumed': { arrangementId: string; kind: string; actor: string };
  /** A fee waiver, credit, correction or refund (README "Adjustments"): `amountCents` as entered, `balanceChangeCents` signed. */
  'adjustment.posted': {
    adjustmentId: string;
    kind: 'fee_waiver' | 'credit' | 'correction' | 'refund';
    amountCents: Cents;
    balanceChangeCents: Cents;
    balanceCents: Cents;
    reason: string;
    actor: string;
    approvedBy: string | null;
    correctedArrangementIds: string[];
  };
  'dispute.opened': { conversationId: string; channel: Channel };
  /** The dispute workflow's steps (README "Disputes"): who moved it, when its answer is due. */
  'dispute.information_requested': DisputeStepData;
  'dispute.validation_sent': DisputeStepData;
  'dispute.resolved': DisputeStepData & { resolution: 'upheld' | 'corrected' | 'withdrawn'; adjustmentId: string | null };
  'cease': { conversationId: string; channel: Channel };
  'optout': { channel: Channel };
  'handoff.created': { handoffId: string; reason: string; conversationId: string; channel: Channel };
  'handoff.claimed': { handoffId: string; reason: string; specialist: string; secondsToClaim: number; channel: Channel };
  /** Nobody claimed the case within its SLA: it moved to the top of the queue and the debtor was told when to expect contact. */
  'handoff.escalated': { handoffId: string; reason: string; channel: Channel; expectedContactBy: string };
  /**
   * `outcomeCode` and the times feed the desk report: `handleSeconds` from claim to resolution,
   * `firstReplySeconds` from the case opening to the first message a specialist wrote (null: none).
   */
  'handoff.resolved': {
    handoffId: string;
    reason: string;
    outcome: string;
    outcomeCode: string;
    specialist: string;
    handleSeconds: number | null;
    firstReplySeconds: number | null;
    handBackTo: string | null;
    channel: Channel;
  };
  /** A case routed to a specialist (assignment), before or instead of their own claim. */
  'handoff.assigned': { handoffId: string; reason: string; assignedTo: string; by: string; channel: Channel };
}

interface DisputeStepData {
  disputeId: string;
  by: string;
  receivedAt: string;
  dueAt: string;
  note: string | null;
}

interface ArrangementCreated {
  arrangementId: string;
  /** A specialist's arrangement: who proposed it in the console (the debtor confirmed it). */
  proposedBy?: string;
  conversationId: string;
  channel: Channel;
  totalCents: Cents;
  installmentCount: number;
  firstDueDate: string;
}

export type EventType = keyof EventData;

export type DomainEvent<T extends EventType = EventType> = {
  [K in T]: { id: string; type: K; occurredAt: string; accountId: string | null; data: EventData[K] };
}[T];

/** The types the creditor's webhook receives (CONTRACT.md, issue #7); the rest feed reports only. */
export const creditorEventTypes: readonly EventType[] = [
  'promise.created',
  'plan.created',
  'settlement.accepted',
  'pay_in_full.created',
  'payment.posted',
  'promise.kept',
  'promise.broken',
  'plan.completed',
  'arrangement.suspended',
  'arrangement.resumed',
  'adjustment.posted',
  'dispute.opened',
  'dispute.information_requested',
  'dispute.validation_sent',
  'dispute.resolved',
  'handoff.created',
  'handoff.escalated',
  'handoff.resolved',
  'optout',
  'cease',
];
