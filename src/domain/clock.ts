/** Time is injected so tests can move it; nothing deep inside reads Date.now(). */
export interface Clock {
  now(): Date;
}

/** Milliseconds in a UTC day. A debtor's calendar days are counted in domain/offers/calendar.ts. */
export const DAY_MS = 86_400_000;

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests set and advance by hand. */
export class ManualClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
  set(at: Date): void {
    this.current = new Date(at.getTime());
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
