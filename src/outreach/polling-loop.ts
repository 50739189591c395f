/**
 * Runs a pass of work now (tests, after moving the clock) or every `pollMs` (production), one pass
 * at a time: a slow pass and the next tick never overlap. A failed tick is reported and the next
 * one tries again (the store may be down for a while). Subclasses say what a pass does.
 */
export abstract class PollingLoop {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(private readonly onError: (error: unknown) => void = () => undefined) {}

  /** One pass; resolves with how many jobs it handled. */
  protected abstract pass(): Promise<number>;

  /** Resolves with what the pass reports (how many jobs it handled). */
  runDue(): Promise<number> {
    this.running ??= this.pass().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  start(pollMs: number): void {
    this.timer ??= setInterval(() => {
      this.runDue().catch(this.onError);
    }, pollMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }
}
