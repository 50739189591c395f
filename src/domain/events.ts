import type { Channel } from './arrangement';
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
  'cease': { conversationId: string; channel: Channel };
  'optout': { channel: Channel };
  'handoff.created': { handoffId: string; reason: string; conversationId: string; channel: Channel };
  'handoff.claimed': { handoffId: string; reason: string; specialist: string; secondsToClaim: number; channel: Channel };
  /** Nobody claimed the case within its SLA: it moved to the top of the queue and the debtor was told when to expect contact. */
  'handoff.escalated': { handoffId: string; reason: string; channel: Channel; expectedContactBy: string };
  'handoff.resolved': { handoffId: string; reason: string; outcome: string; handBackTo: string | null; channel: Channel };
}

interface ArrangementCreated {
  arrangementId: string;
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
  'adjustment.posted',
  'dispute.opened',
  'handoff.created',
  'handoff.escalated',
  'handoff.resolved',
  'optout',
  'cease',
];
