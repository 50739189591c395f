import type { Channel } from './channel';

/** What the outbound gate decided about one message, kept as audit evidence (RULES.md RF-24). */
export interface ComplianceDecision {
  action: 'allow' | 'rewrite' | 'hold' | 'block';
  ruleIds: string[];
  policyVersion: string;
  reason?: string;
  holdUntil?: string;
}

export interface TranscriptEntry {
  /** On what a debtor's turn records: derived from the inbound message, so a retried turn's entry is kept once. */
  id?: string;
  at: string;
  direction: 'in' | 'out' | 'event';
  channel: Channel;
  conversationId: string;
  /** Who spoke: "debtor", "assistant", or a specialist/operator name. */
  actor: string;
  /** Already redacted of card numbers, SSNs and bank accounts. */
  text: string;
  decision?: ComplianceDecision;
  /** For events: what happened (e.g. "verified", "handoff.created", "flag.dispute"). */
  event?: string;
}
