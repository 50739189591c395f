import { Router } from 'express';
import { z } from 'zod';
import { InvalidInput } from '../../errors';
import { normalizePhone } from '../../domain/phone';
import type { LocalSmsOutbox } from './local-outbox';

const outboxQuery = z.object({
  phone: z.string().trim().min(1).max(32),
  /** How many of the number's messages the caller already has: only later ones come back. */
  after: z.coerce.number().int().min(0).default(0),
});

/**
 * `GET /dev/sms-outbox?phone=+15125550101&after=N`: what the local outbox kept for one number,
 * so `npm run chat` can print a specialist's reply or a reminder. Mounted only when the local
 * outbox stands in for an SMS provider, which is never in production (like the portal demo).
 */
export function localOutboxRoute(outbox: LocalSmsOutbox): Router {
  const router = Router();
  router.get('/dev/sms-outbox', async (req, res) => {
    const parsed = outboxQuery.safeParse(req.query);
    const phone = parsed.success ? normalizePhone(parsed.data.phone) : null;
    if (!parsed.success || !phone) throw new InvalidInput('invalid_query', 'phone: a phone number; after: a whole number');
    const messages = await outbox.read(phone);
    res.json({ phone, total: messages.length, messages: messages.slice(parsed.data.after).map(({ sid, body, at }) => ({ sid, body, at })) });
  });
  return router;
}
