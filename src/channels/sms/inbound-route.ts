import express, { Router } from 'express';
import twilio from 'twilio';
import { z } from 'zod';
import { smsParts } from '../../compliance/sms-segments';
import type { Assistant } from '../../conversation/assistant';
import { normalizePhone } from '../../domain/phone';
import { InvalidInput } from '../../errors';
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
    // RF-04: a long reply goes as several messages, each ending with the opt-out notice.
    for (const reply of replies) if (reply.text) for (const part of smsParts(reply.text)) twiml.message(part);
    res.type('text/xml').send(twiml.toString());
  });
  return router;
}
