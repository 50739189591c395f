import type { Account, Language } from '../domain/account';
import type { Channel } from '../domain/arrangement';
import type { Policy } from '../domain/policy';
import type { ComplianceDecision } from '../domain/transcript';

/**
 * Who started the exchange matters: a reply to the debtor's own message is consumer-initiated
 * (RF-02 comment 6(b)(1)-2), a reminder or campaign message is bot-initiated.
 */
export type Initiator = 'reply' | 'bot' | 'specialist';

/** Everything the gate needs to decide about one outbound message; gathered by the caller. */
export interface OutboundMessage {
  text: string;
  channel: Channel;
  language: Language;
  initiator: Initiator;
  /** Null before the debtor is identified and verified: nothing about a debt may be said (RF-01). */
  account: Account | null;
  verified: boolean;
  /** The message asks for or offers payment, or states an amount owed. */
  collectionContent: boolean;
  /** Amounts (cents) and dates (YYYY-MM-DD) the message may state: from the account or an engine offer. */
  allowedAmounts: number[];
  allowedDates: string[];
  /** First message of this conversation session (AI-01 disclosure). */
  sessionStart: boolean;
  now: Date;
  policy: Policy;
  /** Bot-initiated messages already sent to this account in the last 7 days (RF-13, ST-*). */
  botInitiatedLast7Days: number;
  /** The debtor opted out of this channel at this address (RF-06, TC-02). */
  optedOut: boolean;
  /** Structured inconvenient times the debtor designated (RF-02). */
  inconvenientTimes: InconvenientTime[];
}

/** "Not on weekdays 9-5": days are ISO weekdays (1 = Monday). */
export interface InconvenientTime {
  days: number[];
  start: string;
  end: string;
}

export interface GateResult {
  decision: ComplianceDecision;
  /** The text as it may be sent (disclosures appended); absent when blocked. */
  text?: string;
}

export type OutboundGate = (message: OutboundMessage) => GateResult;
