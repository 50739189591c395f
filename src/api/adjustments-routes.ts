import { randomUUID } from 'node:crypto';
import express, { Router } from 'express';
import { z } from 'zod';
import { redactSensitive } from '../compliance/redaction';
import { adjustmentKinds } from '../domain/adjustment';
import { parseDollars } from '../domain/money';
import type { ConsoleSessions } from '../handoff/console-sessions';
import { actingSpecialist, specialistAuth } from '../handoff/specialist-auth';
import { AdjustmentPosting, type AdjustmentPostingDeps } from '../payments/adjustment-posting';
import { Forbidden, InvalidInput } from '../errors';

// Names come from console logins or what an operator types; shown with textContent only.
const personName = z.string().trim().regex(/^[\p{L}\p{N} ._'-]{1,64}$/u, 'a name of up to 64 letters, digits, spaces or . _ \' -');
const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/, 'letters, digits, ".", "_", ":" or "-", at most 100');

export const adjustmentBody = z.strictObject({
  kind: z.enum(adjustmentKinds),
  amount: z.string().regex(/^\d{1,9}(\.\d{1,2})?$/, 'a decimal string in dollars, e.g. "12.50"'),
  reason: z.string().trim().min(1).max(500),
  actor: personName.optional(),
  approvedBy: personName.optional(),
  adjustmentId: id.optional(),
  direction: z.enum(['increase', 'decrease']).optional(),
  charge: z.enum(['fees', 'interest']).optional(),
  paymentId: id.optional(),
});

export interface AdjustmentsRoutesDeps extends AdjustmentPostingDeps {
  operatorToken: string | null;
  sessions: ConsoleSessions;
}

/**
 * `POST /api/accounts/:id/adjustments` (README "Adjustments"): a specialist signed in to the
 * console, or the operator token naming the `actor`. Above the policy's limit an adjustment needs
 * an operator's approval: it must come with the operator token and name `approvedBy`.
 * Mount before the operator-only `/api/accounts` guard, so console sessions reach it.
 */
export function adjustmentsRoutes(deps: AdjustmentsRoutesDeps): Router {
  const posting = new AdjustmentPosting(deps);
  const router = Router();

  router.post('/api/accounts/:id/adjustments', specialistAuth(deps.operatorToken, deps.sessions), express.json({ limit: '16kb' }), async (req, res) => {
    const parsed = adjustmentBody.safeParse(req.body ?? {});
    if (!parsed.success) {
      throw new InvalidInput('invalid_body', parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; '));
    }
    const body = parsed.data;
    const bySession = typeof res.locals.sessionSpecialist === 'string';
    if (!bySession && body.actor === undefined) throw new InvalidInput('invalid_body', 'actor: required with the operator token');
    const actor = actingSpecialist(res, body.actor);
    if (bySession && body.approvedBy !== undefined) {
      throw new Forbidden('approval_required', 'An approval comes from an operator: send the adjustment with the operator token');
    }
    const amountCents = parseDollars(body.amount);
    if (amountCents <= 0) throw new InvalidInput('invalid_amount', 'amount must be more than zero');
    const result = await posting.post({
      adjustmentId: body.adjustmentId ?? randomUUID(),
      accountId: req.params.id as string,
      kind: body.kind,
      amountCents,
      ...(body.direction && { direction: body.direction }),
      ...(body.charge && { charge: body.charge }),
      ...(body.paymentId && { paymentId: body.paymentId }),
      reason: redactSensitive(body.reason).text,
      actor,
      approvedBy: body.approvedBy ?? null,
    });
    res.status(result.status === 'posted' ? 201 : 200).json(result);
  });

  return router;
}
