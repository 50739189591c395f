import type { Account, Language } from '../domain/account';
import { textsByPhone, type Channel } from '../domain/arrangement';
import type { Policy } from '../domain/policy';
import type { ComplianceDecision } from '../domain/transcript';
import { withDisclosures } from './disclosures';
import { endingNotice, MAX_SMS_SEGMENTS, splitSms } from './sms-segments';
import { accountHardStops, contactFrequency, contactTime, contentLint, optOuts, recipientConsent, stoppedMedia, tenantEligibility } from './gate-checks';

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

export interface GateResult {
  decision: ComplianceDecision;
  /** The text as it may be sent (disclosures appended); absent when blocked. */
  text?: string;
}

export type OutboundGate = (message: OutboundMessage) => GateResult;

/**
 * The pre-send gate, in the order of RULES.md §8.1. Tenant eligibility (step 1) is checked per
 * message for licensing (ST-07); channel eligibility (a third-party tenant may not use Twilio
 * SMS, TC-09) is checked once at startup, and its consequence for each message, the
 * debt-collector disclosure (RF-09), is added with the others in step 8.
 * Logging (step 9) is the caller's: it records the decision returned here beside the message.
 * A held message carries no text: it is gated again when it is due, against the facts of then.
 */
const checks = [tenantEligibility, accountHardStops, recipientConsent, optOuts, stoppedMedia, contactTime, contactFrequency, contentLint] as const;

export const decideOutbound: OutboundGate = (message) => {
  const policyVersion = message.policy.version;
  const applied: string[] = [];
  for (const check of checks) {
    const result = check(message);
    if ('stopped' in result) {
      const { action, ruleIds, reason, holdUntil } = result.stopped;
      return { decision: { action, ruleIds, policyVersion, reason, ...(holdUntil ? { holdUntil } : {}) } };
    }
    applied.push(...result.passed);
  }
  const disclosed = withDisclosures(message);
  // RF-04: fail closed when no split into chains of MAX_SMS_SEGMENTS could end each with the notice.
  // The split itself is the transport's (smsParts): the decision and the transcript keep one text.
  if (textsByPhone(message.channel) && !message.optOutConfirmation) {
    const split = splitSms(disclosed.text, endingNotice(disclosed.text) ?? '');
    if (!split.ok) {
      const reason = `a ${split.word.length}-character word leaves no room for the opt-out notice within ${MAX_SMS_SEGMENTS} SMS segments`;
      return { decision: { action: 'block', ruleIds: ['RF-04'], policyVersion, reason } };
    }
  }
  return {
    decision: {
      action: disclosed.text === message.text ? 'allow' : 'rewrite',
      ruleIds: [...new Set([...applied, ...disclosed.ruleIds])],
      policyVersion,
    },
    text: disclosed.text,
  };
};
