import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/domain/clock';
import { JobRunner, retryDelayMs, type RetryPolicy } from '../../../src/outreach/job-runner';
import { createStore } from '../../../src/store/create-store';

const start = new Date('2026-11-23T15:00:00.000Z');
const policy: RetryPolicy = { maxAttempts: 4, firstDelayMs: 30_000, longestDelayMs: 90_000 };

/** A queue whose handler always throws (a receiver that never comes back), with its own clock and store. */
function alwaysFailing(options: { fail?: () => boolean } = {}) {
  const clock = new ManualClock(start);
  const store = createStore({ kind: 'memory', clock });
  const tries: string[] = [];
  const errors: unknown[] = [];
  const runner = new JobRunner<{ n: number }>({
    store,
    clock,
    queue: 'q',
    retry: policy,
    handle: async () => {
      tries.push(clock.now().toISOString());
      if (options.fail?.() ?? true) throw new Error('receiver answered 503 for +15125550101');
      return { done: true };
    },
    onError: (error) => errors.push(error),
  });
  return { clock, store, runner, tries, errors };
}

describe('a queue that gives up (issue 17 item 6)', () => {
  it('backs off exponentially up to the cap by the injected clock', () => {
    expect([1, 2, 3, 4, 5].map((attempts) => retryDelayMs(attempts, policy))).toEqual([30_000, 60_000, 90_000, 90_000, 90_000]);
    expect([1, 2, 3].map((attempts) => retryDelayMs(attempts, { maxAttempts: 3 }))).toEqual([30_000, 60_000, 120_000]);
  });

  it('tries a job that always throws maxAttempts times, each after its backoff, then buries it', async () => {
    const { clock, store, runner, tries, errors } = alwaysFailing();
    await store.scheduleJob('q', { id: 'job-1', runAt: start.toISOString(), attempts: 0, payload: { n: 1 } });
    await runner.runDue();
    // Not due again before its backoff has passed.
    clock.advance(29_999);
    await runner.runDue();
    expect(tries).toHaveLength(1);
    for (const delay of [1, 60_000, 90_000]) {
      clock.advance(delay);
      await runner.runDue();
    }
    expect(tries).toEqual(['2026-11-23T15:00:00.000Z', '2026-11-23T15:00:30.000Z', '2026-11-23T15:01:30.000Z', '2026-11-23T15:03:00.000Z']);
    expect(errors).toHaveLength(4);
    expect(await store.countJobs('q')).toBe(0);
    const [dead] = await store.listDeadJobs();
    expect(dead).toMatchObject({ queue: 'q', job: { id: 'job-1', attempts: 4, payload: { n: 1 } }, diedAt: '2026-11-23T15:03:00.000Z' });
    // PRV-02: the reason is shown to operators, so a phone number in an error message is scrubbed.
    expect(dead!.error).toMatch(/^Error: receiver answered 503/);
    expect(dead!.error).not.toContain('5550101');
    // Dead means no more tries, however long the clock runs.
    clock.advance(24 * 3_600_000);
    await runner.runDue();
    expect(tries).toHaveLength(4);
  });

  it('gives a revived job one more try: done if it works, dead again at once if it does not', async () => {
    let failing = true;
    const { clock, store, runner, tries } = alwaysFailing({ fail: () => failing });
    await store.scheduleJob('q', { id: 'job-1', runAt: start.toISOString(), attempts: 3, payload: { n: 1 } });
    await runner.runDue();
    expect(await store.listDeadJobs()).toHaveLength(1);

    expect(await store.reviveJob('q', 'job-1', clock.now())).toBe(true);
    await runner.runDue();
    expect(tries).toHaveLength(2);
    expect((await store.listDeadJobs()).map((dead) => dead.job.attempts)).toEqual([5]);

    failing = false;
    clock.advance(60_000);
    expect(await store.reviveJob('q', 'job-1', clock.now())).toBe(true);
    await runner.runDue();
    expect(tries).toHaveLength(3);
    expect(await store.listDeadJobs()).toEqual([]);
    expect(await store.countJobs('q')).toBe(0);
  });
});
