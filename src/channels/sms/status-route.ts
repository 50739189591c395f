import express, { Router } from 'express';
import { z } from 'zod';
import type { TranscriptLog } from '../../audit/transcript-log';
import type { Clock } from '../../domain/clock';
import { smsMessageKey, type SmsMessageRecord } from '../../outreach/outreach-sender';
import type { Store } from '../../store/store';
import { InvalidInput } from '../../errors';
import { twilioFormBody, twilioSignatureCheck } from './twilio-signature';

const statusCallbackSchema = z.looseObject({
  MessageSid: z.string().min(1).max(64),
  MessageStatus: z.string().min(1).max(32),
  ErrorCode: z.string().max(16).optional(),
});

export interface SmsDeliveryStatus {
  status: string;
  errorCode: string | null;
  at: string;
}

export const smsStatusKey = (sid: string) => `sms-status:${sid}`;
const STATUS_TTL_SECONDS = 90 * 86_400;

/**
 * POST /sms/status: Twilio's delivery reports for the messages we sent by REST. The latest
 * status is kept per message (campaign progress reads it) and lands in the transcript beside
 * the message (RF-24). Reports for messages we do not know are acknowledged and dropped.
 */
export function smsStatusRoute(options: { publicBaseUrl: string; authToken: string | null; store: Store; transcripts: TranscriptLog; clock: Clock }): Router {
  const router = Router();
  router.post('/sms/status', express.urlencoded(twilioFormBody), twilioSignatureCheck(options.publicBaseUrl, options.authToken), async (req, res) => {
    const parsed = statusCallbackSchema.safeParse(req.body ?? {});
    if (!parsed.success) throw new InvalidInput('invalid_webhook', 'MessageSid and MessageStatus are required');
    const { MessageSid: sid, MessageStatus: status, ErrorCode: errorCode } = parsed.data;
    const sent = await options.store.getDocument<SmsMessageRecord>(smsMessageKey(sid));
    if (sent) {
      const at = options.clock.now().toISOString();
      await options.store.setDocument<SmsDeliveryStatus>(smsStatusKey(sid), { status, errorCode: errorCode ?? null, at }, STATUS_TTL_SECONDS);
      await options.transcripts.record({
        at,
        direction: 'event',
        channel: 'sms',
        conversationId: sent.conversationId,
        actor: 'twilio',
        text: `Message ${sid}: ${status}${errorCode ? ` (error ${errorCode})` : ''}`,
        event: `sms.${status}`,
      });
    }
    res.status(204).end();
  });
  return router;
}
