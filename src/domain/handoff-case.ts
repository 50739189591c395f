import type { Language } from './account';
import type { Channel } from './channel';
import type { DisputeState } from './dispute';
import type { Authority, CounterOffer, SpecialistOfferRequest, SpecialistOfferTerms } from './offers';
import type { HandoffReason } from './policy';

export type HandoffStatus = 'open' | 'claimed' | 'resolved';

/** How a case ended (README "Outcome codes"); the free-text `outcome` stays beside it. */
export const outcomeCodes = [
  'promise_taken',
  'plan_set',
  'settled',
  'dispute_upheld',
  'dispute_corrected',
  'dispute_withdrawn',
  'hardship_referral',
  'no_contact',
  'other',
] as const;
export type OutcomeCode = (typeof outcomeCodes)[number];

/** Terms a specialist put to the debtor from the console; recorded as an arrangement on their yes. */
export interface SpecialistProposal {
  id: string;
  request: SpecialistOfferRequest;
  terms: SpecialistOfferTerms;
  authority: Authority;
  proposedBy: string;
  /** The operator who approved terms beyond the specialist's authority. */
  approvedBy: string | null;
  proposedAt: string;
  status: 'pending' | 'accepted' | 'declined' | 'withdrawn';
  answeredAt?: string;
  arrangementId?: string;
}

/** A conversation the assistant handed to a human specialist. */
export interface HandoffCase {
  id: string;
  accountId: string | null;
  conversationId: string;
  reason: HandoffReason;
  /**
   * Every reason the case stands for, the first one included: rights the debtor invoked while
   * waiting for a person add theirs (issue #15 item 4). Absent on cases with only `reason`.
   */
  reasons?: HandoffReason[];
  priority: number;
  status: HandoffStatus;
  channel: Channel;
  /** Where replies go: an E.164 phone for SMS, the Direct Line conversation for web chat. */
  address: string;
  createdAt: string;
  slaDueAt: string;
  claimedBy: string | null;
  summary: string;
  /** The debtor's language when the case opened (absent on cases opened before it was kept). */
  language?: Language;
  /** Who the case is routed to; claiming makes it the claimant. */
  assignedTo?: string | null;
  claimedAt?: string;
  /** The first message a specialist wrote to the debtor (time to first reply). */
  firstReplyAt?: string;
  resolvedAt?: string;
  outcome?: string;
  outcomeCode?: OutcomeCode;
  proposal?: SpecialistProposal;
  /** reason settlement_beyond_policy: the settlement the debtor held to, below what policy allows. */
  counterOffer?: CounterOffer;
  /** The account's open dispute as the queue shows it: its state and response clock. */
  dispute?: { state: DisputeState; dueAt: string } | null;
  /** Nobody claimed it within its SLA: when it was escalated, and the contact time the debtor was given. */
  escalatedAt?: string;
  expectedContactBy?: string;
  /** The model's reading of the debtor, when a model is configured (words only, never numbers). */
  summaryByModel?: { gist: string; debtorAsks: string[]; tone: 'calm' | 'frustrated' | 'distressed'; promptVersion: string };
}
