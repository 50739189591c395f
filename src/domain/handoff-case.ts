import type { Channel } from './arrangement';
import type { HandoffReason } from './policy';

export type HandoffStatus = 'open' | 'claimed' | 'resolved';

/** A conversation the assistant handed to a human specialist. */
export interface HandoffCase {
  id: string;
  accountId: string | null;
  conversationId: string;
  reason: HandoffReason;
  priority: number;
  status: HandoffStatus;
  channel: Channel;
  /** Where replies go: an E.164 phone for SMS, the Direct Line conversation for web chat. */
  address: string;
  createdAt: string;
  slaDueAt: string;
  claimedBy: string | null;
  summary: string;
  resolvedAt?: string;
  outcome?: string;
  /** Nobody claimed it within its SLA: when it was escalated, and the contact time the debtor was given. */
  escalatedAt?: string;
  expectedContactBy?: string;
  /** The model's reading of the debtor, when a model is configured (words only, never numbers). */
  summaryByModel?: { gist: string; debtorAsks: string[]; tone: 'calm' | 'frustrated' | 'distressed'; promptVersion: string };
}
