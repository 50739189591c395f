import { ActionTypes, type Activity, type CardAction } from 'botbuilder';
import { replyInstructions } from '../../prompts/channel-wording';
import { textsByPhone, type Channel } from '../domain/channel';

/** Fields of a reply a channel shows the debtor; channelData (the outbound gate's notes) and addressing stay inside. */
export const RENDERED_FIELDS = ['type', 'text', 'textFormat', 'speak', 'inputHint', 'locale', 'suggestedActions', 'attachments', 'attachmentLayout', 'name', 'value'] as const;

/** A reply as a channel renders it: what a redelivered message gets again, and all the channels send. */
export function renderedReply(reply: Partial<Activity>): Partial<Activity> {
  const picked: Record<string, unknown> = {};
  for (const field of RENDERED_FIELDS) if (reply[field] !== undefined) picked[field] = reply[field];
  return picked as Partial<Activity>;
}

const instructions = Object.values(replyInstructions).flat();

/**
 * Issue #15 item 5, each channel its own way: SMS and the terminal chat keep the "Reply ..."
 * wording (a text is all a phone shows); channels with buttons get the instruction out of the
 * text and its choices as suggested actions, beside any the dialog already offered.
 */
export function replyForChannel(reply: Partial<Activity>, channel: Channel): Partial<Activity> {
  if (textsByPhone(channel) || reply.type !== 'message' || !reply.text) return reply;
  let text = reply.text;
  const actions: CardAction[] = [...(reply.suggestedActions?.actions ?? [])];
  for (const instruction of instructions) {
    if (!text.includes(instruction.sms)) continue;
    text = text.replace(instruction.sms, '');
    for (const button of instruction.buttons) {
      if (!actions.some((action) => action.title.toLowerCase() === button.title.toLowerCase())) actions.push({ type: ActionTypes.ImBack, ...button });
    }
  }
  if (text === reply.text) return reply;
  const tidy = text.replace(/[ \t]+\n/g, '\n').replace(/[ \t]{2,}/g, ' ').trim();
  return { ...reply, text: tidy, ...(actions.length > 0 ? { suggestedActions: { to: reply.suggestedActions?.to ?? [], actions } } : {}) };
}
