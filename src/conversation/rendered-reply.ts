import type { Activity } from 'botbuilder';

/** Fields of a reply a channel shows the debtor; channelData (the outbound gate's notes) and addressing stay inside. */
export const RENDERED_FIELDS = ['type', 'text', 'textFormat', 'speak', 'inputHint', 'locale', 'suggestedActions', 'attachments', 'attachmentLayout', 'name', 'value'] as const;

/** A reply as a channel renders it: what a redelivered message gets again, and all the channels send. */
export function renderedReply(reply: Partial<Activity>): Partial<Activity> {
  const picked: Record<string, unknown> = {};
  for (const field of RENDERED_FIELDS) if (reply[field] !== undefined) picked[field] = reply[field];
  return picked as Partial<Activity>;
}
