import express, { Router } from 'express';
import twilio from 'twilio';
import { z } from 'zod';
import type { Assistant } from '../../conversation/assistant';
import { normalizePhone } from '../../domain/phone';
import { InvalidInput } from '../../errors';
import { smsTexts, type SmsReplyOptions } from './sms-replies';
import { twilioFormBody, twilioSignatureCheck } from './twilio-signature';

/** The part of Twilio's Messaging webhook we rely on; Twilio sends many more fields. */
const inboundSmsSchema = z.looseObject({
  From: z.string().min(1).max(32),
  To: z.string().max(32).optional(),
  Body: z.string().max(10_000).default(''),
  MessageSid: z.string().min(1).max(64),
});

export interface SmsInboundOptions {
  assistant: Assistant;
  publicBaseUrl: string;
  /** Null only in development without TWILIO_AUTH_TOKEN: signatures are then not checked. */
  authToken: string | null;
  replies: SmsReplyOptions;
}

/**
 * POST /sms/inbound: check Twilio's signature against the public URL, answer in TwiML. Later
 * messages (specialists, reminders) go out by REST; the reply to a text rides in the response.
 */
export function smsInboundRoute(options: SmsInboundOptions): Router {
  const router = Router();
  router.post('/sms/inbound', express.urlencoded(twilioFormBody), twilioSignatureCheck(options.publicBaseUrl, options.authToken), async (req, res) => {
    const parsed = inboundSmsSchema.safeParse(req.body ?? {});
    if (!parsed.success) throw new InvalidInput('invalid_webhook', 'From and MessageSid are required');
    const phone = normalizePhone(parsed.data.From);
    if (!phone) throw new InvalidInput('invalid_phone', `From "${parsed.data.From}" is not a phone number`);

    const replies = await options.assistant.handle({
      channel: 'sms',
      conversationId: `sms:${phone}`,
      address: phone,
      text: parsed.data.Body,
      messageId: parsed.data.MessageSid,
    });
    const twiml = new twilio.twiml.MessagingResponse();
    // Issue #15 item 6: the turn's replies as few whole messages, each closing with the opt-out notice (RF-04).
    for (const text of await smsTexts(replies, options.replies)) twiml.message(text);
    res.type('text/xml').send(twiml.toString());
  });
  return router;
}
