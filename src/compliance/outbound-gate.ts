import { textsByPhone } from '../domain/channel';
import type { ComplianceDecision } from '../domain/transcript';
import { withDisclosures } from './disclosures';
import { endingNotice, MAX_SMS_SEGMENTS, splitSms } from './sms-segments';
import { accountHardStops, contactFrequency, contactTime, contentLint, optOuts, recipientConsent, stoppedMedia, tenantEligibility } from './gate-checks';
import type { OutboundMessage } from './outbound-message';

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
