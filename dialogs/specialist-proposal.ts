import type { TurnContext } from 'botbuilder';
import { deskMessages } from '../prompts/desk';
import { collectionStopped } from '../src/domain/account';
import type { HandoffCase, SpecialistProposal } from '../src/domain/handoff-case';
import type { SpecialistOfferTerms } from '../src/domain/offers';
import { turnFacts } from '../src/conversation/turn-facts';
import { confirmation } from './confirm-prompt';
import { recordArrangement, sendPaymentLink } from './record-arrangement';
import { message, messagesFor } from './say';
import type { DialogServices } from './services';

/** What the debtor is told once the specialist's terms are recorded: the assistant's own words for each kind. */
function recordedMessage(context: TurnContext, terms: SpecialistOfferTerms) {
  const say = messagesFor(context);
  const amounts = [terms.totalCents, ...terms.installments.map((i) => i.amountCents)];
  const dates = terms.installments.map((i) => i.dueDate);
  const meta = { collectionContent: true, amounts, dates };
  if (terms.kind === 'plan') return message(say.recordedPlan(terms.runs, terms.frequency, terms.firstDueDate), meta);
  if (terms.kind === 'settlement') return message(say.recordedSettlement(terms.totalCents, terms.dueDate), meta);
  return message(say.recordedPromise(terms.totalCents, terms.dueDate), meta);
}

/**
 * The debtor's answer to terms a specialist proposed from the console (README "Offers inside the
 * case"), read while the specialist holds the conversation. Only an answer the confirmation
 * prompt reads as an explicit yes or a clear no counts (the same reading as every other
 * confirmation); anything else is for the specialist. A yes records the terms exactly as the engine computed them, as
 * the specialist's arrangement, with reminders and events like any other. Returns whether it
 * answered the turn.
 */
export async function answerProposal(context: TurnContext, services: DialogServices, handoff: HandoffCase): Promise<boolean> {
  const facts = turnFacts(context);
  const pending = handoff.proposal;
  // RF-01: only the verified account holder may agree to terms on the account.
  if (pending?.status !== 'pending' || !facts.account || facts.account.id !== handoff.accountId) return false;
  // An explicit yes or a clear no; anything unclear (a question, "wait") is for the specialist.
  const answer = confirmation(context);
  if (answer === 'unclear') return false;

  const { store, clock, transcripts } = services;
  const at = clock.now().toISOString();
  // A flag raised since the terms went out (a dispute, a cease) stops collection: a yes records nothing.
  const stopped = collectionStopped(facts.account);
  const status = answer === 'no' ? 'declined' : stopped ? 'withdrawn' : 'accepted';
  // One answer counts: a redelivered "yes", or a "no" racing it, finds the proposal already answered.
  let answered: SpecialistProposal | null = null;
  await store.updateHandoff(handoff.id, 'claimed', (current) => {
    answered = current.proposal?.id === pending.id && current.proposal.status === 'pending' ? { ...current.proposal, status, answeredAt: at } : null;
    return answered ? { ...current, proposal: answered } : current;
  });
  if (!answered) return false;
  const proposal: SpecialistProposal = answered;
  const record = (text: string, event: string) =>
    transcripts.record({ at, direction: 'event', channel: facts.channel, conversationId: facts.conversationId, actor: 'debtor', text, event }, facts.effects.id(event));

  if (status !== 'accepted') {
    const why = status === 'declined' ? 'declined' : 'accepted, but collection has stopped since: nothing recorded,';
    await record(`The debtor ${why} the terms ${proposal.proposedBy} proposed`, `proposal.${status}`);
    await context.sendActivity(message(status === 'declined' ? deskMessages[facts.session.language].declined(proposal.proposedBy) : messagesFor(context).noOffers));
    return true;
  }
  const { terms } = proposal;
  const arrangement = await recordArrangement(context, services, {
    kind: terms.kind,
    installments: terms.installments.map((installment) => ({ ...installment, status: 'scheduled' })),
    totalCents: terms.totalCents,
    proposedBy: proposal.proposedBy,
    ...(terms.kind === 'plan' && { frequency: terms.frequency }),
    ...(terms.kind === 'settlement' && { originalBalanceCents: terms.originalBalanceCents }),
  });
  await store.updateHandoff(handoff.id, 'claimed', (current) =>
    current.proposal?.id === proposal.id ? { ...current, proposal: { ...current.proposal, arrangementId: arrangement.id } } : current,
  );
  await record(`The debtor accepted the terms ${proposal.proposedBy} proposed: ${terms.kind} ${arrangement.id} recorded`, 'proposal.accepted');
  await context.sendActivity(recordedMessage(context, terms));
  await sendPaymentLink(context, arrangement);
  return true;
}
