import type { Clock } from '../domain/clock';
import type { ScheduledJob, Store } from '../store/store';
import { scrubFreeText } from '../observability/logger';
import { PollingLoop } from './polling-loop';

/** What a handler decides: done, or run again later (a hold until the window opens, a retry). */
export type JobOutcome = { done: true } | { runAt: Date; attempts?: number };

export type JobHandler<T> = (job: ScheduledJob<T>) => Promise<JobOutcome>;

/**
 * How a kind of job is retried after its handler throws: exponential backoff from `firstDelayMs`,
 * doubling, capped at `longestDelayMs`; after `maxAttempts` tries in all it goes to the
 * dead-letter list (Store.buryJob) for an operator to retry or discard.
 */
export interface RetryPolicy {
  maxAttempts: number;
  firstDelayMs?: number;
  longestDelayMs?: number;
}

export interface JobRunnerOptions<T> {
  store: Store;
  clock: Clock;
  queue: string;
  handle: JobHandler<T>;
  retry: RetryPolicy;
  /** Reports a handler that threw (the job is retried with backoff, or buried) or a pass that failed (no job). */
  onError?: (error: unknown, job?: ScheduledJob<T>) => void;
  /** How long a claimed job is its runner's before another may take it (the runner may have died). */
  leaseMs?: number;
  batchSize?: number;
}

const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 3_600_000;

/** By default 30 s, 1 min, 2 min ... capped at an hour: a receiver down for a day is retried about 30 times. */
export function retryDelayMs(attempts: number, policy: RetryPolicy): number {
  const first = policy.firstDelayMs ?? FIRST_RETRY_MS;
  return Math.min(first * 2 ** Math.max(0, attempts - 1), policy.longestDelayMs ?? LONGEST_RETRY_MS);
}

/**
 * What becomes of a job whose handler threw: due again after the policy's backoff, or dead once
 * its tries are spent. A job revived from the dead list keeps its count, so it gets one more try.
 */
export async function retryOrBury<T>(store: Store, clock: Clock, queue: string, job: ScheduledJob<T>, error: unknown, policy: RetryPolicy): Promise<void> {
  const attempts = job.attempts + 1;
  const now = clock.now();
  if (attempts >= policy.maxAttempts) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    await store.buryJob({ queue, job: { ...job, attempts }, error: scrubFreeText(reason).slice(0, 500), diedAt: now.toISOString() });
    return;
  }
  await store.rescheduleJob(queue, { ...job, attempts, runAt: new Date(now.getTime() + retryDelayMs(attempts, policy)).toISOString() });
}

/**
 * Runs the due jobs of one durable queue. Due times are the injected clock's, so a test replays
 * two weeks by moving the clock and calling runDue(); in production start() polls. Any number of
 * processes may run the same queue: the store leases each job to one of them.
 */
export class JobRunner<T> extends PollingLoop {
  constructor(private readonly options: JobRunnerOptions<T>) {
    super((error) => options.onError?.(error));
  }

  /** Runs every job due now, batch after batch; resolves with how many ran. */
  protected async pass(): Promise<number> {
    const { store, clock, queue } = this.options;
    const batchSize = this.options.batchSize ?? 50;
    let ran = 0;
    for (;;) {
      const jobs = await store.claimDueJobs<T>(queue, clock.now(), batchSize, this.options.leaseMs ?? 60_000);
      for (const job of jobs) await this.runOne(job);
      ran += jobs.length;
      if (jobs.length < batchSize) return ran;
    }
  }

  private async runOne(job: ScheduledJob<T>): Promise<void> {
    const { store, clock, queue } = this.options;
    let outcome: JobOutcome;
    try {
      outcome = await this.options.handle(job);
    } catch (error) {
      this.options.onError?.(error, job);
      await retryOrBury(store, clock, queue, job, error, this.options.retry);
      return;
    }
    if ('done' in outcome) await store.completeJob(queue, job.id);
    else await store.rescheduleJob(queue, { ...job, runAt: outcome.runAt.toISOString(), attempts: outcome.attempts ?? job.attempts });
  }
}
