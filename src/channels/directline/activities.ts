import type { Activity } from 'botbuilder';
import { z } from 'zod';
import type { NewActivity } from './activity-log';
import { renderedReply } from '../../conversation/rendered-reply';

/** Longest message a visitor may send; the assistant has nothing to gain from essays. */
const MAX_TEXT = 2_000;

/** POST tokens/generate: who the portal says the visitor is. */
export const tokenRequestSchema = z.strictObject({
  user: z.strictObject({ id: z.string().trim().min(1).max(128), name: z.string().trim().max(128).optional() }).optional(),
  accountId: z.string().trim().min(1).max(64).optional(),
});

/** POST conversations: Direct Line clients send the user id they were started with (ignored for tokens). */
export const startConversationSchema = z
  .looseObject({ user: z.looseObject({ id: z.string().min(1).max(128).optional() }).optional() })
  .optional();

/**
 * The part of a posted activity we read. Web Chat sends more (locale, entities, timestamps the
 * client chose); only these fields are kept, so nothing a browser invents reaches other readers.
 */
export const postedActivitySchema = z.looseObject({
  type: z.string().min(1).max(32),
  text: z.string().max(MAX_TEXT).optional(),
  locale: z.string().max(16).optional(),
  from: z.looseObject({ id: z.string().max(128).optional(), name: z.string().max(128).optional() }).optional(),
  channelData: z.looseObject({ clientActivityID: z.string().max(100).optional() }).optional(),
  attachments: z.array(z.unknown()).max(0, 'attachments are not accepted in this chat').optional(),
});

export type PostedActivity = z.infer<typeof postedActivitySchema>;

/** The visitor's message as echoed back to Web Chat, which expects to see its own activity. */
export function echoOf(posted: PostedActivity, from: { id: string; name?: string }): NewActivity {
  const clientActivityID = posted.channelData?.clientActivityID;
  return {
    type: 'message',
    text: posted.text ?? '',
    textFormat: 'plain',
    from: { ...from, role: 'user' },
    ...(posted.locale ? { locale: posted.locale } : {}),
    ...(clientActivityID ? { channelData: { clientActivityID } } : {}),
  };
}

/**
 * What the bot sends, as the channel will show it. Text is always plain: Web Chat renders markdown
 * by default, and a reply quotes portfolio data (a name "[Maria](https://...)" would become a link).
 * Buttons and cards are attachments and suggested actions, untouched.
 */
export function botActivityOf(reply: Partial<Activity>, from: { id: string; name: string }, replyToId?: string): NewActivity {
  const type = reply.type ?? 'message';
  return {
    ...renderedReply(reply),
    type,
    ...(type === 'message' ? { textFormat: 'plain' } : {}),
    from: { ...from, role: 'bot' },
    ...(replyToId ? { replyToId } : {}),
  };
}
