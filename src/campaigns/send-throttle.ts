import type { Clock } from '../domain/clock';
import type { Store } from '../store/store';

interface Bucket {
  tokens: number;
  at: string;
}

/** A minute of sends may go at once after a quiet spell; beyond that, the configured rate. */
const BURST_SECONDS = 60;

/**
 * The send rate of one sender number (carriers and Twilio queue or drop beyond it), as a token
 * bucket kept in the store, so every instance and a restarted process share it. Tokens accrue on
 * the injected clock. Callers take tokens before sending and give back those they did not use.
 */
export class SendThrottle {
  private readonly key: string;
  readonly capacity: number;

  constructor(
    private readonly deps: { store: Store; clock: Clock; sendsPerSecond: number; senderNumber: string },
  ) {
    this.key = `campaign-throttle:${deps.senderNumber}`;
    this.capacity = Math.max(1, Math.floor(deps.sendsPerSecond * BURST_SECONDS));
  }

  /** Takes up to `wanted` whole tokens; resolves with how many it got (possibly 0). */
  take(wanted: number): Promise<number> {
    return this.change((tokens) => Math.min(Math.floor(tokens), Math.max(0, wanted)));
  }

  async giveBack(unused: number): Promise<void> {
    if (unused > 0) await this.change(() => -unused);
  }

  private change(taken: (available: number) => number): Promise<number> {
    const { store, clock, sendsPerSecond } = this.deps;
    return store.withLock(this.key, async () => {
      const now = clock.now();
      const bucket = await store.getDocument<Bucket>(this.key);
      const elapsedSeconds = bucket ? Math.max(0, (now.getTime() - Date.parse(bucket.at)) / 1000) : 0;
      const available = bucket ? Math.min(this.capacity, bucket.tokens + elapsedSeconds * sendsPerSecond) : this.capacity;
      const took = taken(available);
      await store.setDocument<Bucket>(this.key, { tokens: Math.min(this.capacity, available - took), at: now.toISOString() }, 86_400);
      return took;
    });
  }
}
