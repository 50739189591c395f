import { EventFactory, type Activity, type TurnContext } from 'botbuilder';
import type { HandoffCase } from '../src/domain/handoff-case';
import type { AccountFlag } from '../src/domain/account';
import { handoffRuleFor, type HandoffReason } from '../src/domain/policy';
import type { Intent, Recognition } from '../src/language/recognition';
import { turnFacts, type TurnFacts } from '../src/conversation/turn-facts';
import { message, messagesFor } from './say';
import type { DialogServices } from './services';

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
  wrong_number: { flag: 'wrong_number' },
};

export function rightsInvoked(recognition: Recognition): boolean {
  return recognition.intents.some((intent) => intent in rightsByIntent);
}

function rightsIn(recognition: Recognition) {
  return recognition.intents.flatMap((intent) => {
    const rights = rightsByIntent[intent];
    return rights ? [rights] : [];
  });
}

export async function handleRights(context: TurnContext, services: DialogServices): Promise<void> {
  const { policy } = services;
  const say = messagesFor(context);
  const invoked = rightsIn(turnFacts(context).recognition);
  const flags = await recordRightsFlags(context, services);
  const reasons = invoked.flatMap((rights) => (rights.handoff ? [rights.handoff] : []));
  const reason = reasons.sort((a, b) => handoffRuleFor(policy, a).priority - handoffRuleFor(policy, b).priority)[0];
  if (reason) await openHandoff(context, services, reason);
  else if (flags.includes('cease')) await context.sendActivity(message(say.ceaseAcknowledged));
  else if (flags.includes('wrong_number')) await context.sendActivity(message(say.wrongNumber));
}

/**
 * Raises the flags the debtor's words call for, as durable account events, whatever else is going
 * on (even while a specialist holds the conversation). Returns the flags raised.
 */
export async function recordRightsFlags(context: TurnContext, services: DialogServices): Promise<AccountFlag[]> {
  const { store, clock, transcripts, events } = services;
  const facts = turnFacts(context);
  const invoked = rightsIn(facts.recognition);
  const flags = [...new Set(invoked.flatMap((rights) => (rights.flag ? [rights.flag] : [])))];
  // Before verification the flags still protect the accounts on file for this number: stopping
  // collection is the safe direction, and nothing about them is said.
  const accountIds = facts.account ? [facts.account.id] : facts.phoneAccountIds;
  const at = clock.now().toISOString();
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
    const where = { conversationId: facts.conversationId, channel: facts.channel };
    if (newlyRaised.includes('dispute')) {
      await events.publish('dispute.opened', accountId, where, facts.effects.id(`dispute.opened:${accountId}`));
      await services.disputes.received(accountId, where);
    }
    if (newlyRaised.includes('cease')) await events.publish('cease', accountId, where, facts.effects.id(`cease:${accountId}`));
  }
  for (const flag of flags) {
    await transcripts.record(
      {
        at,
        direction: 'event',
        channel: facts.channel,
        conversationId: facts.conversationId,
        actor: 'debtor',
        text: `Flag raised: ${flag}`,
        event: `flag.${flag}`,
      },
      facts.effects.id(`flag.${flag}`),
    );
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

/** Opens a case for a person to take over, and tells the debtor with care what happens next. */
export async function openHandoff(context: TurnContext, services: DialogServices, reason: HandoffReason): Promise<void> {
  const facts = turnFacts(context);
  const handoff = await services.handoffs.open({
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
  const say = messagesFor(context);
  await context.sendActivity(message(facts.account ? say.handoff[reason] : say.handoffUnverified));
  if (facts.channel === 'botframework') await initiateChannelHandoff(context, services, handoff);
}

/**
 * Azure Bot Service desks (Omnichannel, a Teams-based desk) take conversations by the Bot
 * Framework handoff protocol: a `handoff.initiate` event carrying the case and the transcript.
 * The case stays in our queue too; whichever desk claims it first holds it.
 */
async function initiateChannelHandoff(context: TurnContext, services: DialogServices, handoff: HandoffCase): Promise<void> {
  const entries = await services.transcripts.forConversation(handoff.conversationId);
  const activities: Partial<Activity>[] = entries
    .filter((entry) => entry.direction !== 'event')
    .map((entry) => ({ type: 'message', timestamp: new Date(entry.at), text: entry.text, from: { id: entry.actor, name: entry.actor, role: entry.direction === 'in' ? 'user' : 'bot' } }));
  const { id, reason, priority, slaDueAt, summary, accountId } = handoff;
  await context.sendActivity(EventFactory.createHandoffInitiation(context, { handoffId: id, reason, priority, slaDueAt, summary, accountId }, { activities: activities as Activity[] }));
}
