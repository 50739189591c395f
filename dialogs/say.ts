import { ActionTypes, type Activity, type TurnContext } from 'botbuilder';
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
  if (turnFacts(context).channel === 'sms' || turnFacts(context).channel === 'cli') return activity;
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
  if (turnFacts(context).channel === 'sms' || turnFacts(context).channel === 'cli') return activity;
  const { yes, no } = messagesFor(context).confirmChoices;
  return {
    ...activity,
    suggestedActions: { to: [], actions: [yes, no].map((title) => ({ type: ActionTypes.ImBack, title, value: title })) },
  };
}
