import type { TurnContext } from 'botbuilder';
import type { AccountFlag } from '../src/domain/account';
import { turnFacts } from '../src/conversation/turn-facts';
import { initiateChannelHandoff, openCase, raiseFlags } from './rights';
import { message, messagesFor } from './say';
import type { DialogServices } from './services';

export type SafetyConcern = 'crisis' | 'threat';

/**
 * Safety outranks everything in the turn (ARCHITECTURE.md). Words of crisis (AI-02 SELF_HARM) are
 * answered first and only with care and the 988 Suicide & Crisis Lifeline; a threat of violence
 * (RF-14) with a neutral acknowledgement. Either way the account is flagged (collection pauses,
 * campaigns and reminders skip it until a specialist clears the flag), its promises and plans
 * are suspended, an urgent case opens, and no amount or payment ask follows in this conversation
 * (the session's hold, which the outbound gate reads). Nothing else in the message is acted on:
 * a crisis is never recorded as a dispute. Crisis outranks a threat said with it.
 */
export async function handleSafety(context: TurnContext, services: DialogServices, concerns: SafetyConcern[]): Promise<void> {
  const facts = turnFacts(context);
  const lead: SafetyConcern = concerns.includes('crisis') ? 'crisis' : 'threat';
  facts.session.safetyHold = facts.session.safetyHold === 'crisis' ? 'crisis' : lead;
  delete facts.session.pendingRequest;
  await context.sendActivity(message(messagesFor(context).handoff[lead], { crisisCare: lead === 'crisis' }));
  await raiseFlags(context, services, concerns as AccountFlag[]);
  const current = facts.session.handoffId ? await services.store.getHandoff(facts.session.handoffId) : null;
  // One urgent case a conversation: a debtor who writes again in distress is answered again, not queued twice.
  if (current && current.status !== 'resolved' && current.reason === lead) return;
  const handoff = await openCase(context, services, lead);
  // The notice just sent stands for the case: the next message is not answered with it again unless needed.
  facts.session.holdingNoticeSent = true;
  if (facts.channel === 'botframework') await initiateChannelHandoff(context, services, handoff);
}
