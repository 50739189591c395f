import express, { Router } from 'express';
import { z } from 'zod';
import type { Clock } from '../domain/clock';
import { readPayment } from '../domain/payment';
import { importPayments } from '../payments/payment-import';
import { SIGNATURE_HEADER, signatureValid } from '../outreach/creditor-signature';
import type { PaymentPosting } from '../payments/payment-posting';
import { InvalidInput, NotFound, Unauthorized } from '../errors';
import { requireOperator } from './operator-auth';

const paymentBody = z.strictObject({
  paymentId: z.string({ error: 'paymentId: a string is required' }),
  accountId: z.string({ error: 'accountId: a string is required' }),
  amount: z.string({ error: 'amount: a decimal string in dollars is required, e.g. "103.38"' }),
  paidAt: z.string({ error: 'paidAt: an ISO date-time is required' }),
});

/**
 * Payments in (CONTRACT.md): the creditor's billing system posts each payment signed with
 * CREDITOR_WEBHOOK_SECRET; an operator may upload a CSV of them. Both post through PaymentPosting.
 */
export function paymentsRoutes(deps: { posting: PaymentPosting; clock: Clock; secret: string | null; operatorToken: string | null }): Router {
  const router = Router();

  // The raw text is what was signed; it is parsed only after the signature matched.
  router.post('/api/payments', express.text({ type: () => true, limit: '16kb' }), async (req, res) => {
    if (deps.secret === null) throw new NotFound('payments_off', 'Posting payments is off: set CREDITOR_WEBHOOK_SECRET to enable it');
    const raw = typeof req.body === 'string' ? req.body : '';
    if (!signatureValid(deps.secret, raw, req.header(SIGNATURE_HEADER), deps.clock.now())) {
      throw new Unauthorized('bad_signature', `${SIGNATURE_HEADER} is missing, older than 5 minutes, or does not match the body`);
    }
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      throw new InvalidInput('invalid_json', 'The body is not JSON');
    }
    const parsed = paymentBody.safeParse(json);
    if (!parsed.success) throw new InvalidInput('invalid_body', parsed.error.issues.map((issue) => issue.message).join('; '));
    const result = await deps.posting.post(readPayment(parsed.data, deps.clock.now()));
    res.status(result.status === 'posted' ? 201 : 200).json({ status: result.status, payment: result.payment });
  });

  router.post(
    '/api/payments/import',
    requireOperator(deps.operatorToken),
    express.text({ type: ['text/csv', 'text/plain', 'application/csv'], limit: '10mb' }),
    async (req, res) => {
      if (typeof req.body !== 'string' || req.body === '') throw new InvalidInput('invalid_body', 'Send the payments CSV as text/csv');
      res.json(await importPayments(req.body, { posting: deps.posting, now: deps.clock.now() }));
    },
  );

  return router;
}
