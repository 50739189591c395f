import { collectionStopped, type Account } from '../domain/account';
import { statedAmounts, withoutLinks } from './claims';
import { mediumOf } from '../domain/contact-preferences';
import { allowedNow, contactWindowFor, nextAllowedTime } from './contact-window';
import { debtorZones, regionForZip } from './debtor-location';
import { capReached, frequencyCapFor } from './frequency';
import { normalizeForMatching } from './normalize';
import type { OutboundMessage } from './outbound-message';
import { redactSensitive } from './redaction';
import { checkWording } from './wording-guard';

/** Why a message may not go now. */
export interface Stop {
  action: 'block' | 'hold';
  ruleIds: string[];
  reason: string;
  holdUntil?: string;
}

/** A check either stops the message or reports the rules it applied (evidence, RF-24). */
export type CheckResult = { stopped: Stop } | { passed: string[] };

const passed = (...ruleIds: string[]): CheckResult => ({ passed: ruleIds });
const block = (ruleIds: string[], reason: string): CheckResult => ({ stopped: { action: 'block', ruleIds, reason } });

const isBotInitiated = (message: OutboundMessage) => message.initiator === 'bot' || message.initiator === 'follow-up';

/** Collection is stopped by a dispute's validation hold and nothing else (RF-18). */
function stoppedOnlyByDispute(account: Account): boolean {
  const withoutDispute: Account = { ...account, status: account.status === 'disputed' ? 'active' : account.status, flags: account.flags.filter((flag) => flag !== 'dispute') };
  return !collectionStopped(withoutDispute);
}

/** The rules behind each restriction on an account, for the decision record. */
function stopRulesFor(account: Account): string[] {
  const rules = new Set<string>();
  const raised = new Set<string>([...account.flags, account.status]);
  if (raised.has('cease') || raised.has('refusal_to_pay')) rules.add('RF-07');
  if (raised.has('attorney')) rules.add('RF-08');
  if (raised.has('deceased')) rules.add('RF-12');
  if (raised.has('dispute') || raised.has('disputed')) rules.add('RF-18');
  if (raised.has('bankruptcy') || raised.has('identity_theft')) rules.add('RF-22');
  if (raised.has('crisis')) rules.add('AI-02');
  if (raised.has('threat')) rules.add('RF-14');
  return [...rules];
}

/**
 * §8.1 step 1, tenant eligibility (ST-07): a tenant licensed only in some states says nothing to a
 * debtor elsewhere, nor to one we cannot place. Only the opt-out confirmation still goes (TC-02).
 * TC-09 is the other half of step 1, checked once at startup (tenant-mode.ts).
 */
export function tenantEligibility(message: OutboundMessage): CheckResult {
  const licensed = message.policy.creditor.licensedStates;
  if (!licensed || !message.account || message.optOutConfirmation) return passed();
  const state = regionForZip(message.account.zip)?.state;
  if (state && licensed.includes(state)) return passed('ST-07');
  return block(['ST-07'], `the tenant is not licensed in ${state ?? 'the debtor\'s state (unknown ZIP)'}; licensed in ${licensed.join(', ')}`);
}

/**
 * §8.1 step 2, account hard stops (RF-07, RF-08, RF-12, RF-18, RF-22): no collection content
 * while collection is stopped, and nothing bot-initiated at all: a reminder on a stopped account
 * has no permitted purpose here (the permitted notices are a specialist's to send); the one
 * exception is a follow-up on the debtor's own dispute (see Initiator). RF-11: a
 * number reported as wrong gets nothing the assistant or a specialist starts again.
 */
export function accountHardStops(message: OutboundMessage): CheckResult {
  const { account } = message;
  // AI-02, RF-14: after words of crisis or a threat, nothing in this conversation asks for money,
  // whether or not an account is known yet.
  if (message.safetyHold && message.collectionContent) {
    return block([message.safetyHold === 'crisis' ? 'AI-02' : 'RF-14'], `collection content after a ${message.safetyHold} in this conversation`);
  }
  if (!account) return passed();
  const disputeFollowUp = message.initiator === 'follow-up' && stoppedOnlyByDispute(account);
  if (collectionStopped(account) && (message.collectionContent || (isBotInitiated(message) && !disputeFollowUp))) {
    const what = message.collectionContent ? 'collection content' : 'a bot-initiated message';
    return block(stopRulesFor(account), `${what} while collection is stopped (${account.status}; ${account.flags.join(', ') || 'no flags'})`);
  }
  if ((isBotInitiated(message) || message.initiator === 'specialist') && account.flags.includes('wrong_number')) {
    return block(['RF-11', 'TC-06'], 'the number was reported as a wrong number');
  }
  return passed('RF-07', 'RF-08', 'RF-12', 'RF-18', 'RF-22');
}

/** §8.1 step 3: the assistant never texts first without recorded consent (TC-01, RF-05, ST-02). */
export function recipientConsent(message: OutboundMessage): CheckResult {
  if (!isBotInitiated(message) || message.channel !== 'sms') return passed();
  if (!message.account?.smsConsent) return block(['TC-01', 'RF-05'], 'no SMS consent on record for a bot-initiated text');
  return passed('TC-01', 'RF-05');
}

/**
 * §8.1 step 4: after an opt-out only the single confirmation may go (TC-02, RF-06, TC-04). A
 * debtor who writes to us in crisis is answered with care and the 988 Lifeline even so: it is a
 * reply they started (TC-04), it carries no account or marketing content, and safety comes first.
 */
export function optOuts(message: OutboundMessage): CheckResult {
  if (!message.optedOut) return passed('TC-02');
  if (message.optOutConfirmation) return passed('TC-02');
  if (message.crisisCare && message.initiator === 'reply') return passed('TC-02', 'AI-02');
  return block(['TC-02', 'RF-06'], 'the debtor opted out of this channel at this address');
}

/**
 * §8.1 step 4 too, RF-06 / 1006.14(h)(1): a medium the debtor asked us to stop ("stop texting,
 * email is fine", said in web chat or on a call) is not used to start contact, by the assistant or
 * a specialist. A reply to the debtor's own message in that medium still goes (1006.14(h)(2)).
 */
export function stoppedMedia(message: OutboundMessage): CheckResult {
  const medium = mediumOf(message.channel);
  const stopped = message.account?.contactPreferences?.stoppedMedia ?? [];
  if (!medium || message.initiator === 'reply' || message.optOutConfirmation) return passed();
  if (stopped.includes(medium)) return block(['RF-06'], `the debtor asked not to be contacted by ${medium}`);
  return passed('RF-06');
}

/**
 * §8.1 step 5: bot-initiated messages wait for a moment convenient in every known zone and
 * outside the times the debtor designated, read from the account in their zone (RF-02, TC-05);
 * held, never dropped. Replies to the debtor go at any hour: the conversation limits itself to
 * one late reply. A specialist's messages keep out of the times the debtor designated only.
 */
export function contactTime(message: OutboundMessage): CheckResult {
  if (!isBotInitiated(message) && message.initiator !== 'specialist') return passed();
  const zones = message.account ? debtorZones(message.account) : [];
  const designated = contactWindowFor(message.policy, message.account);
  // A specialist answers a debtor who asked for a person, at any hour the debtor did not rule out.
  const window = message.initiator === 'specialist' ? { ...designated, start: '00:00', end: '24:00' } : designated;
  if (allowedNow(zones, message.now, window)) return passed('RF-02');
  const next = nextAllowedTime(zones, message.now, window);
  if (!next) return block(['RF-02'], 'the debtor designated every hour of the week as inconvenient');
  return {
    stopped: { action: 'hold', ruleIds: ['RF-02'], reason: `outside the contact window in ${zones.join(', ') || 'an unknown zone'}`, holdUntil: next.toISOString() },
  };
}

/** §8.1 step 6: the strictest 7-day cap of the policy and the debtor's state (RF-13, ST-01..03). */
export function contactFrequency(message: OutboundMessage): CheckResult {
  if (!isBotInitiated(message) || !message.account) return passed();
  const cap = frequencyCapFor(message.account, message.policy);
  if (capReached(cap, message.botInitiatedLast7Days)) {
    return block([cap.ruleId], `${message.botInitiatedLast7Days} bot-initiated messages in 7 days; the cap is ${cap.limit}`);
  }
  return passed(cap.ruleId);
}

/** RF-01: words that reveal a debt, in English and Spanish. */
const debtWords = /\b(?:debts?|owes?|owed|owing|balances?|past due|overdue|collections?|delinquen\w*|deudas?|debe[sn]?|adeud\w*|saldos?|vencid\w*|cobranzas?|cobros?)\b/;

/**
 * §8.1 step 7, content lint: before verification nothing may reveal a debt (RF-01); the wording
 * guard (RF-14/15/18/19, FL-01/02, TC-01); one link at most (TC-07); no card numbers, SSNs or
 * bank numbers (PAY-01, PRV-02, TC-07).
 */
export function contentLint(message: OutboundMessage): CheckResult {
  const verified = message.verified && message.account !== null;
  if (!verified) {
    const revealsDebt =
      message.collectionContent || statedAmounts(message.text).length > 0 || debtWords.test(normalizeForMatching(message.text));
    if (revealsDebt) return block(['RF-01'], 'mentions a debt or an amount before the debtor is verified');
  }
  const wording = checkWording(message.text, message);
  if (!wording.ok) return block(wording.ruleIds, wording.reason);
  const links = message.text.match(/\bhttps?:\/\/\S+/gi) ?? [];
  if (links.length > 1) return block(['TC-07'], `${links.length} links; carriers filter messages with more than one`);
  const sensitive = redactSensitive(withoutLinks(message.text)).found;
  if (sensitive.length > 0) return block(['PAY-01', 'PRV-02'], `contains ${sensitive.join(', ')} numbers`);
  return passed(...(verified ? [] : ['RF-01']), 'RF-14', 'RF-15', 'RF-16', 'FL-01', 'TC-07', 'PAY-01');
}
