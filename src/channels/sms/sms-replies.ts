import type { Activity } from 'botbuilder';
import { combineSms, smsParts } from '../../compliance/sms-segments';
import type { ShortLinks } from '../../payments/short-links';
import type { SmsSender } from './sender';

export interface SmsReplyOptions {
  /** Null where no server answers /p/<id> (the terminal chat running the assistant in process): links go whole. */
  shortLinks: ShortLinks | null;
  /** The signed payment links' base (PAYMENT_LINK_BASE_URL): links to it go out short. */
  paymentLinkBaseUrl: string;
}

/**
 * The texts one turn's replies go out as over SMS and the terminal chat: payment links shortened
 * to our /p/<id>, the replies joined into as few whole messages as cost no more (combineSms), a
 * message too long for one chain split, each part closing with the opt-out notice (RF-04).
 */
export async function smsTexts(replies: readonly Partial<Activity>[], options: SmsReplyOptions): Promise<string[]> {
  const texts: string[] = [];
  for (const reply of replies) if (reply.text) texts.push(options.shortLinks ? await options.shortLinks.shortenIn(reply.text, options.paymentLinkBaseUrl) : reply.text);
  return combineSms(texts).flatMap((text) => smsParts(text));
}

/** Texts sent later (reminders, a specialist's replies) carry the same short links as a turn's replies. */
export function withShortLinks(sender: SmsSender, options: SmsReplyOptions): SmsSender {
  const { shortLinks, paymentLinkBaseUrl } = options;
  if (!shortLinks) return sender;
  return { send: async (to, body) => sender.send(to, await shortLinks.shortenIn(body, paymentLinkBaseUrl)) };
}
