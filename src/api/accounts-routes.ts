import { Router } from 'express';
import type { TranscriptLog } from '../audit/transcript-log';
import type { OptOutRegistry } from '../conversation/opt-outs';
import type { Store } from '../store/store';
import { accountTimeline } from './account-timeline';
import { accountView } from './account-view';
import { NotFound } from '../errors';

/** The account as the assistant sees it, in CONTRACT.md's shape, its full transcript and its timeline. */
export function accountsRoutes(deps: { store: Store; transcripts: TranscriptLog; optOuts: OptOutRegistry }): Router {
  const router = Router();

  async function accountOr404(id: string) {
    const account = await deps.store.getAccount(id);
    if (!account) throw new NotFound('account_not_found', `No account "${id}"`);
    return account;
  }

  router.get('/api/accounts/:id', async (req, res) => {
    const account = await accountOr404(req.params.id as string);
    res.json(await accountView(account, deps));
  });

  router.get('/api/accounts/:id/transcript', async (req, res) => {
    const account = await accountOr404(req.params.id as string);
    res.json({ accountId: account.id, transcript: await deps.transcripts.forAccount(account.id) });
  });

  router.get('/api/accounts/:id/timeline', async (req, res) => {
    const account = await accountOr404(req.params.id as string);
    res.json({ accountId: account.id, timeline: await accountTimeline(deps, account.id) });
  });

  return router;
}
