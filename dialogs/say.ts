import { ActionTypes, CardFactory, type Activity, type ReceiptCard, type TurnContext } from 'botbuilder';
import { money } from '../prompts/format';
import { conversationMessages, type ConversationMessages } from '../prompts/conversation';
import { withOutboundMeta, type OutboundMeta } from '../src/conversation/outbound-meta';
import { turnFacts } from '../src/conversation/turn-facts';

/** The message catalogue in the conversation's language. */
export function messagesFor(context: TurnContext): ConversationMessages {
  return conversationMessages[turnFacts(context).session.language];
}

/** A message with what the outbound gate needs to know about it. */
export function message(text: string, meta: Partial<OutboundMeta> = {}): Partial<Activity> {
  return withOutboundMeta({ type: 'message', text }, { collectionContent: false, amounts: [], dates: [], ...meta });
}

export interface Choice {
  /** What the debtor types or the button sends back ("1"). */
  value: string;
  title: string;
}

/**
 * One definition of a choice list serves every channel: numbered lines over SMS, buttons where
 * the channel has them (web chat). The debtor may always answer with the number.
 */
export function choiceMessage(context: TurnContext, intro: string, choices: Choice[], meta: Partial<OutboundMeta> = {}): Partial<Activity> {
  const numbered = [`${intro} ${messagesFor(context).replyWithNumber}`, ...choices.map((choice) => `${choice.value} ${choice.title}`)].join('\n');
  const activity = message(numbered, meta);
  if (textOnly(context)) return activity;
  return {
    ...activity,
    text: intro,
    suggestedActions: {
      to: [],
      actions: choices.map((choice) => ({ type: ActionTypes.ImBack, title: choice.title, value: choice.value })),
    },
  };
}

/** A yes/no question: the words "Reply YES or NO" over SMS, Yes and No buttons elsewhere. */
export function confirmMessage(context: TurnContext, text: string, meta: Partial<OutboundMeta> = {}): Partial<Activity> {
  const activity = message(text, meta);
  if (textOnly(context)) return activity;
  const { yes, no } = messagesFor(context).confirmChoices;
  return {
    ...activity,
    suggestedActions: { to: [], actions: [yes, no].map((title) => ({ type: ActionTypes.ImBack, title, value: title })) },
  };
}

function textOnly(context: TurnContext): boolean {
  const { channel } = turnFacts(context);
  return channel === 'sms' || channel === 'cli';
}

/** The signed payment link: in the text over SMS, a button where the channel has buttons (PAY-01). */
export function paymentLinkMessage(context: TurnContext, amountCents: number, link: string): Partial<Activity> {
  const say = messagesFor(context);
  const meta = { collectionContent: true, amounts: [amountCents] };
  if (textOnly(context)) return message(say.paymentLink(amountCents, link), meta);
  return {
    ...message(say.paymentButtonIntro, meta),
    attachments: [CardFactory.heroCard('', undefined, [{ type: ActionTypes.OpenUrl, title: say.payButton(amountCents), value: link }])],
  };
}

/**
 * Adds a receipt card (label and amount rows, a total) where the channel renders cards; SMS keeps
 * the text alone. Built only from the amounts the message already declares to the gate.
 */
export function withReceiptCard(
  context: TurnContext,
  activity: Partial<Activity>,
  card: { title: string; rows: { label: string; amountCents: number }[]; totalLabel: string; totalCents: number },
): Partial<Activity> {
  if (textOnly(context)) return activity;
  // The schema types every receipt field as required; channels render the ones given here.
  const receipt = CardFactory.receiptCard({
    title: card.title,
    items: card.rows.map((row) => ({ title: row.label, price: money(row.amountCents) })),
    total: money(card.totalCents),
  } as ReceiptCard);
  return { ...activity, attachments: [receipt] };
}
