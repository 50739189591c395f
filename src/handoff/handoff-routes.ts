import express, { Router, type Request } from 'express';
import { z } from 'zod';
import { HttpError } from '../api/errors';
import type { TranscriptLog } from '../audit/transcript-log';
import type { Store } from '../store/store';
import type { ConsoleSessions } from './console-sessions';
import { actingSpecialist, specialistAuth } from './specialist-auth';
import { handBackSteps, type SpecialistDesk } from './specialist-desk';
import type { QueueFeed } from './queue-feed';
import { byUrgency, queueItem } from './queue-order';

// Names come from console logins or an external desk's agent names; shown with textContent only.
const specialistName = z.string().trim().regex(/^[\p{L}\p{N} ._'-]{1,64}$/u, 'a name of up to 64 letters, digits, spaces or . _ \' -');
const messageText = z.string().trim().min(1).max(1600);

const listQuery = z.object({ status: z.enum(['open', 'claimed', 'resolved']).optional() });
const claimBody = z.strictObject({ specialist: specialistName.optional() });
const textBody = z.strictObject({ specialist: specialistName.optional(), text: messageText });
const resolveBody = z.strictObject({
  specialist: specialistName.optional(),
  outcome: z.string().trim().min(1).max(500),
  handBackTo: z.enum(handBackSteps).nullable(),
});

function parse<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value ?? {});
  if (!parsed.success) {
    const message = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');
    throw new HttpError(400, 'invalid_body', message);
  }
  return parsed.data;
}

const idOf = (req: Request) => req.params.id as string;

export interface HandoffRoutesDeps {
  store: Store;
  transcripts: TranscriptLog;
  desk: SpecialistDesk;
  feed: QueueFeed;
  sessions: ConsoleSessions;
  operatorToken: string | null;
}

/** The queue and everything a specialist does with a case (CONTRACT.md "Handoff API"). */
export function handoffRoutes(deps: HandoffRoutesDeps): Router {
  const { store, desk, feed, transcripts } = deps;
  const router = Router();
  router.use('/api/handoffs', specialistAuth(deps.operatorToken, deps.sessions), express.json({ limit: '16kb' }));

  router.get('/api/handoffs', async (req, res) => {
    const { status } = parse(listQuery, req.query);
    const handoffs = await store.listHandoffs(status ? { status } : {});
    res.json({ handoffs: handoffs.sort(byUrgency).map(queueItem) });
  });

  router.get('/api/handoffs/events', async (_req, res) => {
    await feed.watch(res);
  });

  router.get('/api/handoffs/:id', async (req, res) => {
    const handoff = await desk.find(idOf(req));
    const [transcript, account] = await Promise.all([transcripts.forConversation(handoff.conversationId), desk.accountSnapshot(handoff)]);
    res.json({ ...queueItem(handoff), summaryByModel: handoff.summaryByModel ?? null, resolvedAt: handoff.resolvedAt ?? null, outcome: handoff.outcome ?? null, transcript, account });
  });

  router.post('/api/handoffs/:id/claim', async (req, res) => {
    const body = parse(claimBody, req.body);
    const claimed = await desk.claim(idOf(req), actingSpecialist(req, res, body.specialist));
    void feed.refresh();
    res.json(queueItem(claimed));
  });

  router.post('/api/handoffs/:id/messages', async (req, res) => {
    const body = parse(textBody, req.body);
    const delivery = await desk.reply(idOf(req), actingSpecialist(req, res, body.specialist), body.text);
    if (!delivery.sent) {
      throw new HttpError(422, 'blocked_by_compliance', `The outbound gate did not send this message: ${delivery.decision.reason ?? delivery.decision.action}`);
    }
    res.status(202).json({ status: 'sent', decision: delivery.decision });
  });

  router.post('/api/handoffs/:id/notes', async (req, res) => {
    const body = parse(textBody, req.body);
    await desk.note(idOf(req), actingSpecialist(req, res, body.specialist), body.text);
    res.status(201).json({ status: 'noted' });
  });

  router.post('/api/handoffs/:id/resolve', async (req, res) => {
    const body = parse(resolveBody, req.body);
    const resolved = await desk.resolve(idOf(req), actingSpecialist(req, res, body.specialist), body.outcome, body.handBackTo);
    void feed.refresh();
    res.json({ ...queueItem(resolved), resolvedAt: resolved.resolvedAt, outcome: resolved.outcome, handBackTo: resolved.handBackTo });
  });

  return router;
}
