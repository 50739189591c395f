import { Router } from 'express';
import { z } from 'zod';
import type { Clock } from '../domain/clock';
import type { DeadJob, Store } from '../store/store';
import { NotFound } from '../errors';
import { requireOperator } from './operator-auth';

/**
 * A dead job's id in the API: its queue and job id, base64url-encoded, because both may hold
 * colons (`campaign:<id>`, `summary:<case>`) and only the pair is unique.
 */
export const deadJobId = (queue: string, jobId: string): string => Buffer.from(JSON.stringify([queue, jobId])).toString('base64url');

const idPair = z.tuple([z.string(), z.string()]);

/** The queue and job id an API id names; 404 for anything that is not one. */
function queueAndJobId(id: string): { queue: string; jobId: string } {
  let decoded: unknown = null;
  try {
    decoded = JSON.parse(Buffer.from(id, 'base64url').toString('utf8'));
  } catch {
    // Not ours: answered as unknown below.
  }
  const pair = idPair.safeParse(decoded);
  if (!pair.success) throw deadJobNotFound(id);
  return { queue: pair.data[0], jobId: pair.data[1] };
}

const deadJobNotFound = (id: string) => new NotFound('dead_job_not_found', `No dead job "${id}"`);

const view = (dead: DeadJob) => ({
  id: deadJobId(dead.queue, dead.job.id),
  queue: dead.queue,
  jobId: dead.job.id,
  attempts: dead.job.attempts,
  error: dead.error,
  diedAt: dead.diedAt,
  payload: dead.job.payload,
});

/**
 * The dead-letter list (issue 17 item 6): jobs their runner gave up on after their retry policy's
 * last attempt. An operator retries one (back in its queue, due now, for one more try) or
 * discards it (forgotten as if done).
 */
export function deadJobsRoutes(deps: { store: Store; clock: Clock; operatorToken: string | null }): Router {
  const router = Router();
  router.use('/api/jobs/dead', requireOperator(deps.operatorToken));

  router.get('/api/jobs/dead', async (_req, res) => {
    res.json({ deadJobs: (await deps.store.listDeadJobs()).map(view) });
  });

  router.post('/api/jobs/dead/:id/retry', async (req, res) => {
    const id = req.params.id as string;
    const { queue, jobId } = queueAndJobId(id);
    const runAt = deps.clock.now();
    if (!(await deps.store.reviveJob(queue, jobId, runAt))) throw deadJobNotFound(id);
    res.json({ id, queue, jobId, runAt: runAt.toISOString() });
  });

  router.post('/api/jobs/dead/:id/discard', async (req, res) => {
    const id = req.params.id as string;
    const { queue, jobId } = queueAndJobId(id);
    if (!(await deps.store.discardDeadJob(queue, jobId))) throw deadJobNotFound(id);
    res.json({ id, queue, jobId, discarded: true });
  });

  return router;
}
