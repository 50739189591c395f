import express, { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { deskTemplateIds } from '../../prompts/desk';
import { accountTimeline } from '../api/account-timeline';
import { Forbidden, InvalidInput, Refused } from '../errors';
import type { TranscriptLog } from '../audit/transcript-log';
import type { Clock } from '../domain/clock';
import { allowedTransitions } from '../domain/dispute';
import { outcomeCodes, type OutcomeCode } from '../domain/handoff-case';
import { frequencySchema } from '../domain/policy';
import type { Store } from '../store/store';
import type { CaseProposals } from './case-proposals';
import type { ConsoleSessions } from './console-sessions';
import { openDisputeOf } from './dispute-desk';
import type { QueueFeed } from './queue-feed';
import { queueFilterSchema, queueItem, queueView } from './queue-order';
import { actingSpecialist, specialistAuth } from './specialist-auth';
import { handBackSteps, type SpecialistDesk } from './specialist-desk';

// Names come from console logins or an external desk's agent names; shown with textContent only.
export const specialistName = z.string().trim().regex(/^[\p{L}\p{N} ._'-]{1,64}$/u, 'a name of up to 64 letters, digits, spaces or . _ \' -');
const messageText = z.string().trim().min(1).max(1600);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

const claimBody = z.strictObject({ specialist: specialistName.optional() });
const assignBody = z.strictObject({ specialist: specialistName.optional(), assignee: specialistName });
const textBody = z.strictObject({ specialist: specialistName.optional(), text: messageText });
const replyBody = z.union([
  textBody,
  z.strictObject({ specialist: specialistName.optional(), template: z.enum(deskTemplateIds) }),
]);
const previewBody = z.strictObject({ text: messageText });
const offerRequest = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('plan'), frequency: frequencySchema, count: z.number().int().min(2).max(600), firstDueDate: isoDate.optional() }),
  z.strictObject({ kind: z.literal('settlement'), discountPercent: z.number().int().min(1).max(90), dueDate: isoDate.optional() }),
  z.strictObject({ kind: z.literal('promise'), dueDate: isoDate.optional() }),
]);
const proposalBody = z.strictObject({ specialist: specialistName.optional(), offer: offerRequest, approvedBy: specialistName.optional() });
/** `outcome` stays free text (CONTRACT.md); `outcomeCode` is the report's. Either one suffices. */
const resolveBody = z
  .strictObject({
    specialist: specialistName.optional(),
    outcome: z.string().trim().min(1).max(500).optional(),
    outcomeCode: z.enum(outcomeCodes).optional(),
    handBackTo: z.enum(handBackSteps).nullable(),
  })
  .refine((body) => body.outcome !== undefined || body.outcomeCode !== undefined, { message: 'outcome or outcomeCode: one is required', path: ['outcome'] });

const outcomeLabels: Record<OutcomeCode, string> = {
  promise_taken: 'Promise taken',
  plan_set: 'Plan set',
  settled: 'Settled',
  dispute_upheld: 'Dispute upheld',
  dispute_corrected: 'Dispute corrected',
  dispute_withdrawn: 'Dispute withdrawn',
  hardship_referral: 'Hardship referral',
  no_contact: 'No contact',
  other: 'Other',
};

/** An old client's free-text outcome that is itself a code counts as that code; other text is "other". */
function outcomeCodeOf(body: { outcome?: string | undefined; outcomeCode?: OutcomeCode | undefined }): OutcomeCode {
  return body.outcomeCode ?? (outcomeCodes as readonly string[]).find((code) => code === body.outcome) as OutcomeCode | undefined ?? 'other';
}

export function parse<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value ?? {});
  if (!parsed.success) {
    const message = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');
    throw new InvalidInput('invalid_body', message);
  }
  return parsed.data;
}

const idOf = (req: Request) => req.params.id as string;

/** An approval comes from an operator (the token), never from a console session, as for adjustments. */
function approverOf(res: Response, approvedBy: string | undefined): string | null {
  if (approvedBy !== undefined && typeof res.locals.sessionSpecialist === 'string') {
    throw new Forbidden('approval_required', 'An approval comes from an operator: send the proposal with the operator token');
  }
  return approvedBy ?? null;
}

export interface HandoffRoutesDeps {
  store: Store;
  clock: Clock;
  transcripts: TranscriptLog;
  desk: SpecialistDesk;
  proposals: CaseProposals;
  feed: QueueFeed;
  sessions: ConsoleSessions;
  operatorToken: string | null;
}

/** The queue and everything a specialist does with a case (CONTRACT.md "Handoff API", README "Handoff API"). */
export function handoffRoutes(deps: HandoffRoutesDeps): Router {
  const { store, clock, desk, proposals, feed, transcripts } = deps;
  const router = Router();
  router.use('/api/handoffs', specialistAuth(deps.operatorToken, deps.sessions), express.json({ limit: '16kb' }));

  router.get('/api/handoffs', async (req, res) => {
    const filter = parse(queueFilterSchema, req.query);
    res.json({ handoffs: queueView(await store.listHandoffs(filter.status ? { status: filter.status } : {}), filter, clock.now()) });
  });

  router.get('/api/handoffs/events', async (req, res) => {
    await feed.watch(res, parse(queueFilterSchema, req.query));
  });

  router.get('/api/handoffs/:id', async (req, res) => {
    const handoff = await desk.find(idOf(req));
    const [transcript, account, summary, verified, dispute, templates] = await Promise.all([
      transcripts.forConversation(handoff.conversationId),
      desk.accountSnapshot(handoff),
      desk.currentSummary(handoff),
      desk.verified(handoff),
      handoff.accountId ? openDisputeOf(store, handoff.accountId) : null,
      desk.templates(handoff, handoff.claimedBy ?? res.locals.sessionSpecialist ?? 'the specialist'),
    ]);
    res.json({
      ...queueItem(handoff, clock.now()),
      summary,
      language: handoff.language ?? account?.language ?? 'en',
      verified,
      summaryByModel: handoff.summaryByModel ?? null,
      claimedAt: handoff.claimedAt ?? null,
      firstReplyAt: handoff.firstReplyAt ?? null,
      resolvedAt: handoff.resolvedAt ?? null,
      outcome: handoff.outcome ?? null,
      outcomeCode: handoff.outcomeCode ?? null,
      proposal: handoff.proposal ?? null,
      dispute: dispute ? { ...dispute, next: allowedTransitions(dispute.state) } : null,
      templates,
      transcript,
      account,
    });
  });

  router.get('/api/handoffs/:id/offers', async (req, res) => {
    res.json(await proposals.menu(await desk.find(idOf(req))));
  });

  router.get('/api/handoffs/:id/timeline', async (req, res) => {
    const handoff = await desk.find(idOf(req));
    res.json({ accountId: handoff.accountId, timeline: handoff.accountId ? await accountTimeline({ store, transcripts }, handoff.accountId) : [] });
  });

  router.post('/api/handoffs/:id/claim', async (req, res) => {
    const body = parse(claimBody, req.body);
    const { handoff, notice } = await desk.claim(idOf(req), actingSpecialist(res, body.specialist));
    void feed.refresh();
    res.json({ ...queueItem(handoff, clock.now()), notice });
  });

  router.post('/api/handoffs/:id/assign', async (req, res) => {
    const body = parse(assignBody, req.body);
    const assigned = await desk.assign(idOf(req), actingSpecialist(res, body.specialist), body.assignee);
    void feed.refresh();
    res.json(queueItem(assigned, clock.now()));
  });

  router.post('/api/handoffs/:id/messages/preview', async (req, res) => {
    const body = parse(previewBody, req.body);
    const preview = await desk.preview(idOf(req), body.text);
    res.json({ ...preview, languageMismatch: preview.writtenIn !== preview.debtorLanguage });
  });

  router.post('/api/handoffs/:id/messages', async (req, res) => {
    const body = parse(replyBody, req.body);
    const specialist = actingSpecialist(res, body.specialist);
    const delivery = 'text' in body ? await desk.reply(idOf(req), specialist, body.text) : await desk.replyWithTemplate(idOf(req), specialist, body.template);
    if (!delivery.sent) {
      throw new Refused('blocked_by_compliance', `The outbound gate did not send this message: ${delivery.decision.reason ?? delivery.decision.action}`);
    }
    res.status(202).json({ status: 'sent', decision: delivery.decision, delivered: !delivery.keptLocally });
  });

  router.post('/api/handoffs/:id/notes', async (req, res) => {
    const body = parse(textBody, req.body);
    await desk.note(idOf(req), actingSpecialist(res, body.specialist), body.text);
    res.status(201).json({ status: 'noted' });
  });

  router.post('/api/handoffs/:id/proposals', async (req, res) => {
    const body = parse(proposalBody, req.body);
    const specialist = actingSpecialist(res, body.specialist);
    const { proposal, delivery } = await proposals.propose(idOf(req), specialist, body.offer, approverOf(res, body.approvedBy));
    res.status(201).json({ proposal, decision: delivery.decision, delivered: !delivery.keptLocally });
  });

  router.post('/api/handoffs/:id/resolve', async (req, res) => {
    const body = parse(resolveBody, req.body);
    const outcomeCode = outcomeCodeOf(body);
    const { handoff, notice } = await desk.resolve(idOf(req), actingSpecialist(res, body.specialist), {
      outcome: body.outcome ?? outcomeLabels[outcomeCode],
      outcomeCode,
      handBackTo: body.handBackTo,
    });
    void feed.refresh();
    res.json({ ...queueItem(handoff, clock.now()), resolvedAt: handoff.resolvedAt, outcome: handoff.outcome, outcomeCode: handoff.outcomeCode, handBackTo: handoff.handBackTo, notice });
  });

  return router;
}
