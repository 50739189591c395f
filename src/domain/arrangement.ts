import type { AccountFlag } from './account';
import type { Cents } from './money';
import type { Channel } from './channel';

export type ArrangementKind = 'promise' | 'plan' | 'settlement' | 'pay_in_full';
/**
 * `partial`: a single-payment arrangement (promise, pay in full, settlement) paid only in part by
 * its due date. `suspended`: collection stopped on the account (a dispute, a cease...) while it was
 * active; nothing is reminded or judged until a specialist resumes it.
 */
export type ArrangementStatus = 'active' | 'suspended' | 'kept' | 'broken' | 'partial' | 'cancelled' | 'completed';
export type InstallmentStatus = 'scheduled' | 'paid' | 'partial' | 'missed';
export interface Installment {
  /** YYYY-MM-DD in the debtor's time zone */
  dueDate: string;
  amountCents: Cents;
  status: InstallmentStatus;
  /** Paid toward this installment so far; absent means nothing yet. */
  paidCents?: Cents;
}

/** What the debtor agreed to and the assistant recorded; shape fixed by CONTRACT.md. */
export interface Arrangement {
  id: string;
  accountId: string;
  kind: ArrangementKind;
  status: ArrangementStatus;
  totalCents: Cents;
  installments: Installment[];
  channel: Channel;
  createdAt: string;
  /** Settlement only: what the debtor would otherwise owe. */
  originalBalanceCents?: Cents;
  frequency?: 'weekly' | 'biweekly' | 'monthly';
  paymentLink?: string;
  /** A specialist's terms the debtor confirmed: who proposed them (the assistant's own: absent). */
  proposedBy?: string;
  /** While `suspended`: the account flag that stopped collection, and when (ISO). */
  suspendedReason?: AccountFlag;
  suspendedAt?: string;
}
