import express, { Router } from 'express';
import { z } from 'zod';
import { redactSensitive } from '../compliance/redaction';
import { parseDollars } from '../domain/money';
import type { Policy } from '../domain/policy';
import type { ConsoleSessions } from '../handoff/console-sessions';
import { disputesOf, type DisputeDesk, type DisputeStepRequest } from '../handoff/dispute-desk';
import { parse, specialistName } from '../handoff/handoff-routes';
import { actingSpecialist, specialistAuth } from '../handoff/specialist-auth';
import type { Store } from '../store/store';
import { adjustmentBody } from './adjustments-routes';
import { Forbidden, InvalidInput, NotFound } from '../errors';

const note = z.string().trim().min(1).max(1000).optional();
const correction = adjustmentBody.omit({ actor: true, approvedBy: true, adjustmentId: true });
const resolvedBody = z.discriminatedUnion('resolution', [
  z.strictObject({ specialist: specialistName.optional(), to: z.literal('resolved'), resolution: z.enum(['upheld', 'withdrawn']), note }),
  z.strictObject({
    specialist: specialistName.optional(),
    to: z.literal('resolved'),
    resolution: z.literal('corrected'),
    note,
    adjustment: correction,
    approvedBy: specialistName.optional(),
  }),
]);
const stepBody = z.discriminatedUnion('to', [
  z.strictObject({ specialist: specialistName.optional(), to: z.literal('information_requested'), note }),
  z.strictObject({ specialist: specialistName.optional(), to: z.literal('validation_sent'), note }),
  resolvedBody,
]);

/** Codes the caller can act on; the rest of the domain's refusals answer 422. */
/**
 * The dispute workflow (README "Disputes"): `GET /api/accounts/:id/disputes` and
 * `POST /api/accounts/:id/dispute` to move the open one a step, by a specialist in the console or
 * the operator token naming one. A correction posts its adjustment through the adjustment path,
 * with the same approval rule (AdjustmentPosting counts the day's unapproved adjustments).
 * Mount before the operator-only `/api/accounts` guard.
 */
export function disputeRoutes(deps: { store: Store; policy: Policy; disputes: DisputeDesk; sessions: ConsoleSessions; operatorToken: string | null }): Router {
  const router = Router();
  const auth = specialistAuth(deps.operatorToken, deps.sessions);

  router.get('/api/accounts/:id/disputes', auth, async (req, res) => {
    const id = req.params.id as string;
    if (!(await deps.store.getAccount(id))) throw new NotFound('account_not_found', `No account "${id}"`);
    res.json({ accountId: id, disputes: await disputesOf(deps.store, id) });
  });

  router.post('/api/accounts/:id/dispute', auth, express.json({ limit: '16kb' }), async (req, res) => {
    const body = parse(stepBody, req.body);
    const actor = actingSpecialist(res, body.specialist);
    const redacted = body.note ? redactSensitive(body.note).text : undefined;
    let request: DisputeStepRequest;
    if (body.to === 'resolved' && body.resolution === 'corrected') {
      const amountCents = parseDollars(body.adjustment.amount);
      if (amountCents <= 0) throw new InvalidInput('invalid_amount', 'adjustment.amount must be more than zero');
      const bySession = typeof res.locals.sessionSpecialist === 'string';
      if (body.approvedBy !== undefined && bySession) throw new Forbidden('approval_required', 'An approval comes from an operator: send the step with the operator token');
      const { kind, direction, charge, paymentId, reason } = body.adjustment;
      request = {
        to: 'resolved',
        resolution: 'corrected',
        ...(redacted && { note: redacted }),
        adjustment: { kind, amountCents, reason: redactSensitive(reason).text, approvedBy: body.approvedBy ?? null, ...(direction && { direction }), ...(charge && { charge }), ...(paymentId && { paymentId }) },
      };
    } else if (body.to === 'resolved') {
      request = { to: 'resolved', resolution: body.resolution as 'upheld' | 'withdrawn', ...(redacted && { note: redacted }) };
    } else {
      request = { to: body.to, ...(redacted && { note: redacted }) };
    }
    const id = req.params.id as string;
    if (!(await deps.store.getAccount(id))) throw new NotFound('account_not_found', `No account "${id}"`);
    const { dispute, adjustment } = await deps.disputes.step(id, actor, request);
    res.json({ dispute, adjustment });
  });

  return router;
}
