import type { Activity, TurnContext } from 'botbuilder';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { confirmation, sayNotRecorded } from './confirm-prompt';
import type { Arrangement, ArrangementKind, Installment } from '../src/domain/arrangement';
import type { EventType } from '../src/domain/events';
import { idFrom } from '../src/domain/ids';
import { turnFacts } from '../src/conversation/turn-facts';
import { paymentLinkMessage } from './say';
import type { DialogServices } from './services';

/** The creditor's name for each kind of arrangement being made (CONTRACT.md events). */
const createdEventOf = {
  promise: 'promise.created',
  plan: 'plan.created',
  settlement: 'settlement.accepted',
  pay_in_full: 'pay_in_full.created',
} as const satisfies Record<ArrangementKind, EventType>;

/**
 * Stores what the debtor confirmed, exactly as the engine offered it, and sends the signed
 * payment link for the first amount due (PAY-01: card details only on the payment page).
 * The arrangement's id derives from the turn's inbound message: a redelivered "yes" whose first
 * attempt already recorded it records nothing more and returns what was recorded.
 */
export async function recordArrangement(
  context: TurnContext,
  services: DialogServices,
  terms: {
    kind: ArrangementKind;
    installments: Installment[];
    totalCents: number;
    frequency?: Arrangement['frequency'];
    originalBalanceCents?: number;
    /** The specialist whose terms the debtor confirmed (dialogs/specialist-proposal.ts). */
    proposedBy?: string;
  },
): Promise<Arrangement> {
  const facts = turnFacts(context);
  const account = facts.account;
  if (!account) throw new Error('an arrangement is only recorded for a verified account');
  const now = services.clock.now();
  const id = facts.effects.id('arrangement');
  const first = terms.installments[0];
  if (!first) throw new Error('an arrangement has at least one installment');
  const paymentLink = services.paymentLinks.create({ accountId: account.id, amountCents: first.amountCents, reference: id }, now);
  const arrangement: Arrangement = {
    id,
    accountId: account.id,
    kind: terms.kind,
    status: 'active',
    totalCents: terms.totalCents,
    installments: terms.installments,
    channel: facts.channel,
    createdAt: now.toISOString(),
    paymentLink,
    ...(terms.frequency ? { frequency: terms.frequency } : {}),
    ...(terms.originalBalanceCents !== undefined ? { originalBalanceCents: terms.originalBalanceCents } : {}),
    ...(terms.proposedBy ? { proposedBy: terms.proposedBy } : {}),
  };
  const recorded = (await services.store.addArrangement(arrangement)) ? arrangement : await storedArrangement(services, arrangement);
  // Each step below is idempotent too, so a retry completes whatever an interrupted attempt left undone.
  await services.transcripts.record(
    {
      at: now.toISOString(),
      direction: 'event',
      channel: facts.channel,
      conversationId: facts.conversationId,
      actor: 'debtor',
      text: `Recorded ${recorded.kind} ${id}${terms.proposedBy ? `, as proposed by ${terms.proposedBy}` : ''}`,
      event: `${recorded.kind}.created`,
    },
    idFrom(id, 'transcript'),
  );
  await services.events.publish(
    createdEventOf[recorded.kind],
    account.id,
    {
      arrangementId: id,
      conversationId: facts.conversationId,
      channel: facts.channel,
      totalCents: recorded.totalCents,
      installmentCount: recorded.installments.length,
      firstDueDate: (recorded.installments[0] ?? first).dueDate,
      ...(terms.proposedBy ? { proposedBy: terms.proposedBy } : {}),
    },
    idFrom(id, 'created'),
  );
  await services.reminders.arrangementRecorded(recorded, account);
  return recorded;
}

async function storedArrangement(services: DialogServices, arrangement: Arrangement): Promise<Arrangement> {
  const stored = (await services.store.listArrangements(arrangement.accountId)).find((candidate) => candidate.id === arrangement.id);
  if (!stored) throw new Error(`arrangement ${arrangement.id} was added, then not found`);
  return stored;
}

export async function sendPaymentLink(context: TurnContext, arrangement: Arrangement): Promise<void> {
  const first = arrangement.installments[0];
  if (!first || !arrangement.paymentLink) return;
  await context.sendActivity(paymentLinkMessage(context, first.amountCents, arrangement.paymentLink));
}

/**
 * The last step of every single-payment offer: on an explicit yes record the terms, say exactly
 * what was recorded, and send the payment link; otherwise record nothing and say so.
 */
export async function recordIfConfirmed(
  step: WaterfallStepContext,
  services: DialogServices,
  terms: Parameters<typeof recordArrangement>[2],
  recorded: Partial<Activity>,
): Promise<DialogTurnResult> {
  const consent = confirmation(step.context);
  if (consent !== 'yes') {
    await sayNotRecorded(step.context, consent);
    return step.endDialog();
  }
  const arrangement = await recordArrangement(step.context, services, terms);
  await step.context.sendActivity(recorded);
  await sendPaymentLink(step.context, arrangement);
  return step.endDialog(arrangement.id);
}
