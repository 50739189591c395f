import express, { Router } from 'express';
import { z } from 'zod';
import type { TranscriptLog } from '../audit/transcript-log';
import { redactSensitive } from '../compliance/redaction';
import type { OptOutRegistry } from '../conversation/opt-outs';
import { specialistClearedFlags, type AccountFlag } from '../domain/account';
import type { Clock } from '../domain/clock';
import type { ConsoleSessions } from '../handoff/console-sessions';
import { actingSpecialist, specialistAuth } from '../handoff/specialist-auth';
import type { ArrangementHolds } from '../payments/arrangement-holds';
import { recordLedgerEvent } from '../payments/ledger-keys';
import type { Store } from '../store/store';
import { accountView } from './account-view';
import { InvalidInput, NotFound } from '../errors';

const personName = z.string().trim().regex(/^[\p{L}\p{N} ._'-]{1,64}$/u, 'a name of up to 64 letters, digits, spaces or . _ \' -');
const actionBody = z.strictObject({
  actor: personName.optional(),
  note: z.string().trim().max(1000, 'note: at most 1000 characters').optional(),
});

/**
 * What a specialist does once they have spoken with the debtor (README "Safety and holds"):
 * clear a crisis or threat flag (collection, campaigns and reminders resume), and resume a promise
 * or plan that a hold suspended. Auth like adjustments: a console session, or the operator token
 * naming the `actor`. Every action lands in the account's ledger transcript. Mount before the
 * operator-only `/api/accounts` guard, so console sessions reach it.
 */
export function accountHoldsRoutes(deps: {
  store: Store;
  clock: Clock;
  transcripts: TranscriptLog;
  optOuts: OptOutRegistry;
  holds: ArrangementHolds;
  operatorToken: string | null;
  sessions: ConsoleSessions;
}): Router {
  const router = Router();
  const auth = specialistAuth(deps.operatorToken, deps.sessions);

  function parse(body: unknown) {
    const parsed = actionBody.safeParse(body ?? {});
    if (!parsed.success) {
      throw new InvalidInput('invalid_body', parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; '));
    }
    return { ...parsed.data, note: parsed.data.note ? redactSensitive(parsed.data.note).text : null };
  }

  router.post('/api/accounts/:id/flags/:flag/clear', auth, express.json({ limit: '16kb' }), async (req, res) => {
    const body = parse(req.body);
    const actor = actingSpecialist(res, body.actor);
    const id = req.params.id as string;
    const flag = req.params.flag as AccountFlag;
    if (!specialistClearedFlags.includes(flag)) {
      throw new InvalidInput('flag_not_clearable', `Only ${specialistClearedFlags.join(' and ')} are cleared here; "${req.params.flag}" is not`);
    }
    if (!(await deps.store.getAccount(id))) throw new NotFound('account_not_found', `No account "${id}"`);
    let wasRaised = false;
    const account = await deps.store.updateAccount(id, (current) => {
      wasRaised = current.flags.includes(flag);
      return wasRaised ? { ...current, flags: current.flags.filter((raised) => raised !== flag) } : current;
    });
    if (wasRaised) {
      await recordLedgerEvent(deps.transcripts, id, {
        at: deps.clock.now().toISOString(),
        actor,
        text: `Flag cleared: ${flag}${body.note ? `: ${body.note}` : ''}`,
        event: `flag.${flag}.cleared`,
      });
    }
    res.json(await accountView(account, deps));
  });

  router.post('/api/accounts/:id/arrangements/:arrangementId/resume', auth, express.json({ limit: '16kb' }), async (req, res) => {
    const body = parse(req.body);
    const actor = actingSpecialist(res, body.actor);
    const arrangement = await deps.holds.resume(req.params.id as string, req.params.arrangementId as string, actor, body.note);
    res.json({ arrangement });
  });

  return router;
}
