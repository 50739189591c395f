import { EventFactory, type Activity, type TurnContext } from 'botbuilder';
import type { HandoffCase } from '../src/domain/handoff-case';
import type { HandoffRequest } from '../src/handoff/handoff-desk';
import type { AccountFlag } from '../src/domain/account';
import { suspendingFlagIn } from '../src/domain/suspension';
import { handoffRuleFor, type HandoffReason } from '../src/domain/policy';
import type { Intent, Recognition } from '../src/language/recognition';
import { turnFacts, type TurnFacts } from '../src/conversation/turn-facts';
import { message, messagesFor } from './say';
import type { DialogServices } from './services';
import { recordTurnEvent } from './turn-event';

/**
 * Rights the debtor invokes create durable account events, not just replies (RULES.md §0.2, AI-02):
 * the flag that restricts collection, and a handoff case where a person must take over.
 */
const rightsByIntent: Partial<Record<Intent, { flag?: AccountFlag; handoff?: HandoffReason }>> = {
  dispute_not_my_debt: { flag: 'dispute', handoff: 'dispute' },
  dispute_wrong_amount: { flag: 'dispute', handoff: 'dispute' },
  debt_validation_request: { flag: 'dispute', handoff: 'dispute' },
  payment_already_made: { flag: 'dispute', handoff: 'dispute' },
  dispute_identity_theft: { flag: 'identity_theft', handoff: 'identity_theft' },
  attorney_represented: { flag: 'attorney', handoff: 'attorney' },
  bankruptcy: { flag: 'bankruptcy', handoff: 'bankruptcy' },
  deceased: { flag: 'deceased', handoff: 'deceased' },
  hardship: { flag: 'hardship', handoff: 'hardship' },
  request_human: { handoff: 'requested_person' },
  collector_conduct_complaint: { handoff: 'complaint' },
  abusive: { handoff: 'abuse' },
  cease_contact: { flag: 'cease' },
  refusal_to_pay: { flag: 'refusal_to_pay' },
  wrong_number: { flag: 'wrong_number' },
  // RF-01 / RF-11: told only the account holder may discuss the account; nothing to flag.
  third_party: {},
};

export function rightsInvoked(recognition: Recognition): boolean {
  return recognition.intents.some((intent) => intent in rightsByIntent);
}

/** The case reasons the debtor's words call for ("this isn't my debt": dispute). */
export function handoffReasonsIn(recognition: Recognition): HandoffReason[] {
  return [...new Set(rightsIn(recognition).flatMap((rights) => (rights.handoff ? [rights.handoff] : [])))];
}

function rightsIn(recognition: Recognition) {
  return recognition.intents.flatMap((intent) => {
    const rights = rightsByIntent[intent];
    return rights ? [rights] : [];
  });
}

export async function handleRights(context: TurnContext, services: DialogServices): Promise<void> {
  const { policy } = services;
  const facts = turnFacts(context);
  const say = messagesFor(context);
  const flags = await recordRightsFlags(context, services);
  if (facts.recognition.intents.includes('third_party') && !facts.recognition.intents.includes('deceased')) {
    await answerThirdParty(context, services);
    return;
  }
  const reason = handoffReasonsIn(facts.recognition).sort((a, b) => handoffRuleFor(policy, a).priority - handoffRuleFor(policy, b).priority)[0];
  if (reason) await openHandoff(context, services, reason);
  else if (flags.includes('refusal_to_pay')) await context.sendActivity(message(say.refusalAcknowledged));
  else if (flags.includes('cease')) await context.sendActivity(message(say.ceaseAcknowledged));
}

/**
 * RF-01 / RF-11 / RF-12: someone other than the debtor ("this is his wife", "soy su hermana") is
 * told only the account holder can discuss the account. They are not asked to verify, and nothing
 * the conversation knew about an account is used again with them.
 */
async function answerThirdParty(context: TurnContext, services: DialogServices): Promise<void> {
  const facts = turnFacts(context);
  delete facts.session.accountId;
  delete facts.session.pendingRequest;
  facts.account = null;
  await recordTurnEvent(context, services, 'third_party.declared', 'Someone other than the account holder is writing; told only the account holder can discuss the account (RF-11)');
  await context.sendActivity(message(messagesFor(context).thirdParty));
}

/**
 * RF-11 / TC-06: a wrong number gets one apology with no debt cue, and the number is suppressed
 * for every outbound message: an opt-out of this address plus the wrong_number mark on the
 * accounts that carry it (the gate blocks whatever the assistant would start). No dispute, no
 * case, no "we'll follow up": the apology is the single confirmation TC-02 allows.
 */
export async function handleWrongNumber(context: TurnContext, services: DialogServices): Promise<void> {
  const { optOuts, clock, events } = services;
  const facts = turnFacts(context);
  await raiseFlags(context, services, ['wrong_number']);
  const already = facts.optedOut;
  await optOuts.optOut(facts.channel, facts.address, clock.now());
  facts.optedOut = true;
  if (!already) await events.publish('optout', caseAccountId(facts), { channel: facts.channel }, facts.effects.id('optout'));
  delete facts.session.accountId;
  delete facts.session.pendingRequest;
  facts.account = null;
  if (!already) await context.sendActivity(message(messagesFor(context).wrongNumber, { optOutConfirmation: true }));
}

/**
 * Raises the flags the debtor's words call for, as durable account events, whatever else is going
 * on (even while a specialist holds the conversation). Returns the flags raised.
 */
export async function recordRightsFlags(context: TurnContext, services: DialogServices): Promise<AccountFlag[]> {
  const invoked = rightsIn(turnFacts(context).recognition);
  return raiseFlags(context, services, [...new Set(invoked.flatMap((rights) => (rights.flag ? [rights.flag] : [])))]);
}

/**
 * Raises `flags` on the verified account, or before verification on the accounts on file for
 * this number (stopping collection is the safe direction, and nothing about them is said). A flag
 * that stops collection also suspends the account's active promises and plans (issue #19 item 11).
 */
export async function raiseFlags(context: TurnContext, services: DialogServices, flags: AccountFlag[]): Promise<AccountFlag[]> {
  const { store, events, holds } = services;
  const facts = turnFacts(context);
  const accountIds = facts.account ? [facts.account.id] : facts.phoneAccountIds;
  for (const accountId of accountIds) {
    if (!flags.length) continue;
    let newlyRaised: AccountFlag[] = [];
    await store.updateAccount(accountId, (account) => {
      newlyRaised = flags.filter((flag) => !account.flags.includes(flag));
      // A new dispute starts a new validation hold (RF-18): verification sent earlier no longer lifts it.
      const kept = flags.includes('dispute') ? account.flags.filter((flag) => flag !== 'validation_sent') : account.flags;
      return { ...account, flags: [...new Set([...kept, ...flags])] };
    });
    // The creditor hears of a dispute or a cease once, when it starts, not every time it is repeated.
    // A refusal to pay is a cease under §805(c) (RF-07).
    const where = { conversationId: facts.conversationId, channel: facts.channel };
    if (newlyRaised.includes('dispute')) {
      await events.publish('dispute.opened', accountId, where, facts.effects.id(`dispute.opened:${accountId}`));
      await services.disputes.received(accountId, where);
    }
    if (newlyRaised.includes('cease') || newlyRaised.includes('refusal_to_pay')) await events.publish('cease', accountId, where, facts.effects.id(`cease:${accountId}`));
    const suspending = suspendingFlagIn(newlyRaised);
    if (suspending) await holds.suspendAll(accountId, suspending);
  }
  for (const flag of flags) {
    await recordTurnEvent(context, services, `flag.${flag}`, `Flag raised: ${flag}`);
  }
  return flags;
}

/**
 * The account a case concerns: the verified one, or before verification the only account on file
 * for the sender's number (the specialist confirms identity; nothing is said to the sender).
 */
export function caseAccountId(facts: TurnFacts): string | null {
  if (facts.account) return facts.account.id;
  return facts.phoneAccountIds.length === 1 ? (facts.phoneAccountIds[0] ?? null) : null;
}

/**
 * Issue #15 item 4: a right invoked while a case is open ("this isn't my debt" after "talk to a
 * person") is not swallowed: its flags were raised (recordRightsFlags), the case takes its reason
 * and priority too, and the debtor hears it acknowledged in its own words. Returns the texts sent;
 * none when the right adds nothing the case and the debtor had not heard already.
 */
export async function addRightsToCase(context: TurnContext, services: DialogServices, handoff: HandoffCase): Promise<number> {
  const facts = turnFacts(context);
  const say = messagesFor(context);
  const invoked = rightsIn(facts.recognition);
  const known = new Set(handoff.reasons ?? [handoff.reason]);
  const reasons = handoffReasonsIn(facts.recognition).filter((reason) => !known.has(reason));
  reasons.sort((a, b) => handoffRuleFor(services.policy, a).priority - handoffRuleFor(services.policy, b).priority);
  for (const reason of reasons) await services.handoffs.addReason(handoff.id, reason);
  const flags = new Set(invoked.flatMap((rights) => (rights.flag ? [rights.flag] : [])));
  const texts = [
    ...reasons.map((reason) => handoffNotice(context, reason)),
    ...(flags.has('refusal_to_pay') ? [say.refusalAcknowledged] : flags.has('cease') ? [say.ceaseAcknowledged] : []),
  ];
  for (const text of texts) await context.sendActivity(message(text));
  return texts.length;
}

/** What the debtor is told when a case opens: before verification, only what reveals no account (RF-01). */
export function handoffNotice(context: TurnContext, reason: HandoffReason): string {
  const say = messagesFor(context);
  return turnFacts(context).account || sayableBeforeVerification.has(reason) ? say.handoff[reason] : say.handoffUnverified;
}

/** Their wording says nothing of a debt, and the care or the request in it matters before verification too. */
const sayableBeforeVerification = new Set<HandoffReason>(['deceased', 'crisis', 'threat']);

/** What a case carries beyond its reason: the counter-offer a settlement_beyond_policy case reviews. */
type CaseDetails = Pick<HandoffRequest, 'counterOffer'>;

/** Opens a case for a person to take over, and tells the debtor with care what happens next. */
export async function openHandoff(context: TurnContext, services: DialogServices, reason: HandoffReason, details: CaseDetails = {}): Promise<void> {
  const handoff = await openCase(context, services, reason, details);
  await context.sendActivity(message(handoffNotice(context, reason)));
  if (turnFacts(context).channel === 'botframework') await initiateChannelHandoff(context, services, handoff);
}

/** Opens a case a person takes over; the assistant stays out of the conversation while it is open. */
export async function openCase(context: TurnContext, services: DialogServices, reason: HandoffReason, details: CaseDetails = {}): Promise<HandoffCase> {
  const facts = turnFacts(context);
  const handoff = await services.handoffs.open({
    ...details,
    id: facts.effects.id(`handoff:${reason}`),
    reason,
    accountId: caseAccountId(facts),
    conversationId: facts.conversationId,
    channel: facts.channel,
    address: facts.address,
    language: facts.session.language,
  });
  facts.session.handoffId = handoff.id;
  facts.session.holdingNoticeSent = false;
  return handoff;
}

/**
 * Azure Bot Service desks (Omnichannel, a Teams-based desk) take conversations by the Bot
 * Framework handoff protocol: a `handoff.initiate` event carrying the case and the transcript.
 * The case stays in our queue too; whichever desk claims it first holds it.
 */
export async function initiateChannelHandoff(context: TurnContext, services: DialogServices, handoff: HandoffCase): Promise<void> {
  const entries = await services.transcripts.forConversation(handoff.conversationId);
  const activities: Partial<Activity>[] = entries
    .filter((entry) => entry.direction !== 'event')
    .map((entry) => ({ type: 'message', timestamp: new Date(entry.at), text: entry.text, from: { id: entry.actor, name: entry.actor, role: entry.direction === 'in' ? 'user' : 'bot' } }));
  const { id, reason, priority, slaDueAt, summary, accountId } = handoff;
  await context.sendActivity(EventFactory.createHandoffInitiation(context, { handoffId: id, reason, priority, slaDueAt, summary, accountId }, { activities: activities as Activity[] }));
}
