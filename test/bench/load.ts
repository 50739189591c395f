/** Latencies of one scenario and the wall time they were measured over. */
export class Recorder {
  private readonly latencies: number[] = [];
  errors = 0;
  private startedAt = 0;
  private endedAt = 0;

  start(): void {
    this.startedAt = performance.now();
  }

  stop(): void {
    this.endedAt = performance.now();
  }

  /** Times `work`; a throw counts as an error, and its latency is not recorded. */
  async time(work: () => Promise<void>): Promise<boolean> {
    const started = performance.now();
    try {
      await work();
      this.latencies.push(performance.now() - started);
      return true;
    } catch (error) {
      this.fail(error);
      return false;
    }
  }

  private fail(error: unknown): void {
    this.errors += 1;
    if (this.errors <= 3) console.error(`  error: ${error instanceof Error ? error.message : String(error)}`);
  }

  /** Runs untimed set-up work (a token, say): a throw still counts as an error. */
  async attempt(work: () => Promise<void>): Promise<boolean> {
    try {
      await work();
      return true;
    } catch (error) {
      this.fail(error);
      return false;
    }
  }

  summary(concurrency: number): LoadSummary {
    const sorted = Float64Array.from(this.latencies).sort();
    const at = (q: number): number => round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0);
    const seconds = (this.endedAt - this.startedAt) / 1000;
    return {
      turnsPerSecond: round(sorted.length / seconds),
      p50Ms: at(0.5),
      p95Ms: at(0.95),
      p99Ms: at(0.99),
      errors: this.errors,
      concurrency,
      turns: sorted.length,
    };
  }
}

export interface LoadSummary {
  turnsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  errors: number;
  concurrency: number;
  turns: number;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * One debtor's pace in an open-loop run: sends are scheduled at exponential intervals averaging
 * `meanGapMs` (so `concurrency` debtors together offer a Poisson stream of turns), and a send
 * that falls due while the debtor still waits for a reply goes as soon as the reply comes. Sends
 * are not waited for past `deadline` (a performance.now() time).
 */
export function pacer(meanGapMs: number, deadline: number): () => Promise<void> {
  let nextSendAt = performance.now();
  return async () => {
    nextSendAt += -Math.log(1 - Math.random()) * meanGapMs;
    // A send due after the run's end is not waited for: the waiting would count as run time.
    const wait = Math.min(nextSendAt, deadline) - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  };
}

/**
 * Runs `concurrency` workers until the deadline; each calls `session` again and again (one
 * whole conversation, or one request) and checks `expired` between turns. Bounded by time and by
 * `maxSessions`, so a fast machine cannot loop forever either.
 */
export async function drive(options: {
  concurrency: number;
  durationMs: number;
  maxSessions: number;
  recorder: Recorder;
  session: (worker: number, sessionIndex: number, expired: () => boolean) => Promise<void>;
}): Promise<number> {
  const deadline = performance.now() + options.durationMs;
  const expired = (): boolean => performance.now() >= deadline;
  let sessions = 0;
  options.recorder.start();
  await Promise.all(
    Array.from({ length: options.concurrency }, async (_, worker) => {
      while (!expired() && sessions < options.maxSessions) await options.session(worker, sessions++, expired);
    }),
  );
  options.recorder.stop();
  return sessions;
}
