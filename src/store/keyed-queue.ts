/**
 * Runs work for one key strictly one at a time, first come first served; different keys run in
 * parallel. A failing task only fails its own caller. A key's entry is dropped as soon as its
 * queue drains, so idle conversations cost nothing.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(work);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** How many keys have work queued or running (observability, and the proof that idle keys are dropped). */
  get busyKeys(): number {
    return this.tails.size;
  }
}
