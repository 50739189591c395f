import express, { Router } from 'express';
import { z } from 'zod';
import type { TranscriptLog } from '../audit/transcript-log';
import { redactSensitive } from '../compliance/redaction';
import type { OptOutRegistry } from '../conversation/opt-outs';
import type { Clock } from '../domain/clock';
import type { Store } from '../store/store';
import { accountView } from './account-view';
import { InvalidInput, NotFound } from '../errors';
import { requireOperator } from './operator-auth';

const verificationSentBody = z.strictObject({
  note: z.string().trim().max(1000, 'note: at most 1000 characters').optional(),
});

/**
 * Operator actions the compliance rules call for. RF-18 / FDCPA §809(b): a dispute stops
 * collection until verification is sent; the operator records that here, which lifts the hold
 * (`collectionStopped` in domain/account.ts reads the 'validation_sent' flag).
 */
export function complianceRoutes(deps: {
  store: Store;
  transcripts: TranscriptLog;
  optOuts: OptOutRegistry;
  clock: Clock;
  operatorToken: string | null;
}): Router {
  const router = Router();

  router.post('/api/accounts/:id/verification-sent', requireOperator(deps.operatorToken), express.json({ limit: '16kb' }), async (req, res) => {
    const id = req.params.id as string;
    const parsed = verificationSentBody.safeParse(req.body ?? {});
    if (!parsed.success) {
      throw new InvalidInput('invalid_body', parsed.error.issues.map((issue) => issue.message).join('; '));
    }
    if (!(await deps.store.getAccount(id))) throw new NotFound('account_not_found', `No account "${id}"`);

    const account = await deps.store.updateAccount(id, (current) =>
      current.flags.includes('validation_sent') ? current : { ...current, flags: [...current.flags, 'validation_sent'] },
    );
    // RF-24: the operator's action is evidence; the note is free text, so it is redacted like debtor text (PRV-02).
    const conversationId = `operator:${account.id}`;
    const note = parsed.data.note ? redactSensitive(parsed.data.note).text : undefined;
    await deps.transcripts.linkAccount(account.id, conversationId);
    await deps.transcripts.record({
      at: deps.clock.now().toISOString(),
      direction: 'event',
      channel: 'console',
      conversationId,
      actor: 'operator',
      text: note ? `Verification of the debt sent: ${note}` : 'Verification of the debt sent',
      event: 'flag.validation_sent',
    });

    res.json(await accountView(account, deps));
  });

  return router;
}
