import { DAY_MS, type Clock } from '../domain/clock';
import type { RetryPolicy } from '../outreach/job-runner';
import type { ScheduledJob, Store } from '../store/store';
import type { Retention } from './retention';

export const RETENTION_QUEUE = 'retention';
/** A purge missed for a few hours is caught by the next day's; ten tries span about three hours. */
export const RETENTION_RETRY: RetryPolicy = { maxAttempts: 10 };

/** 03:00 UTC: a quiet hour in every US time zone. */
const PURGE_HOUR_UTC = 3;

export interface RetentionPurge {
  /** The purge date (YYYY-MM-DD, UTC); the job id is `purge:<day>`, so a day is scheduled once. */
  day: string;
}

/** The first purge slot strictly after `now`: today's 03:00 UTC if still ahead, else tomorrow's. */
export function nextPurgeSlot(now: Date): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), PURGE_HOUR_UTC);
  return new Date(today > now.getTime() ? today : today + DAY_MS);
}

function purgeJob(runAt: Date): ScheduledJob<RetentionPurge> {
  const day = runAt.toISOString().slice(0, 10);
  return { id: `purge:${day}`, runAt: runAt.toISOString(), attempts: 0, payload: { day } };
}

/**
 * The daily RF-24 purge on the durable job queue. Each run schedules the next slot before it
 * purges, so the chain survives a failed purge (the runner retries that day's job) and a restart
 * (schedule() again is a no-op: the id is already queued). A run that was late (the process was
 * down) purges once and goes on from the next slot, without catching up day by day.
 */
export class RetentionJob {
  private scheduled: Promise<void> | undefined;

  constructor(private readonly deps: { store: Store; clock: Clock; retention: Retention; retentionDays: number }) {}

  /** Queues the next purge unless it is queued already; call at start-up. */
  async schedule(): Promise<boolean> {
    return this.deps.store.scheduleJob(RETENTION_QUEUE, purgeJob(nextPurgeSlot(this.deps.clock.now())));
  }

  /** schedule() once per process (again after a failure), so start-up seeds the chain without waiting for a poll. */
  ensureScheduled(): Promise<void> {
    this.scheduled ??= this.schedule().then(
      () => undefined,
      (error: unknown) => {
        this.scheduled = undefined;
        throw error;
      },
    );
    return this.scheduled;
  }

  handle = async (_job: ScheduledJob<RetentionPurge>): Promise<{ done: true }> => {
    await this.schedule();
    await this.deps.retention.purge(this.deps.clock.now(), this.deps.retentionDays);
    return { done: true };
  };
}
