import type { Account, Language } from '../domain/account';
import type { Channel } from '../domain/channel';
import type { Policy } from '../domain/policy';

/**
 * Who started the exchange matters: a reply to the debtor's own message is consumer-initiated
 * (RF-02 comment 6(b)(1)-2), a reminder or campaign message is bot-initiated. A 'follow-up' is
 * the assistant's own later word on a request the debtor made (the handoff SLA apology): it is
 * bot-initiated in every respect, except that a dispute's validation hold does not stop it (RF-18
 * stops collection, not the answer to the debtor's own dispute).
 */
export type Initiator = 'reply' | 'bot' | 'follow-up' | 'specialist';

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
  /**
   * The debtor opted out of this channel at this address (RF-06, TC-02). The times, media and
   * workplace they designated travel on the account (contactPreferences) and are read from it.
   */
  optedOut: boolean;
  /**
   * This is the single confirmation of an opt-out (TC-02, 64.1200(a)(12)): it may go to an
   * opted-out address, and it carries no opt-out notice or other disclosure.
   */
  optOutConfirmation?: boolean;
  /** The reply of care to words of crisis (AI-02): it may answer a debtor who had opted out. */
  crisisCare?: boolean;
  /**
   * Words of crisis or a threat earlier in this conversation (AI-02, RF-14): no collection
   * content follows in it, verified or not.
   */
  safetyHold?: 'crisis' | 'threat' | null;
}
