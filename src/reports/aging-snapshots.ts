import type { Clock } from '../domain/clock';
import type { JobHandler, RetryPolicy } from '../outreach/job-runner';
import type { Store } from '../store/store';
import { takeSnapshot, type AgingSnapshot } from './aging';
import { addDays } from '../domain/offers/calendar';

export const AGING_QUEUE = 'aging-snapshots';
/** A day's snapshot may be taken late; ten tries span about three hours. */
export const AGING_RETRY: RetryPolicy = { maxAttempts: 10 };
const snapshotKey = (day: string) => `aging-snapshot:${day}`;
const LATEST_KEY = 'aging-snapshot:latest';
/** Long enough for a 366-day period ending today to find every snapshot it needs. */
const SNAPSHOT_TTL_SECONDS = 400 * 86_400;

export interface AgingSnapshotJob {
  day: string;
}

/**
 * The daily snapshot of the portfolio (README.md § Aging): the job takes it at 00:00 UTC, and a
 * report asking for today takes it if the job has not. A snapshot is written once and never
 * changed; a past day without one stays without one (balances of the past are not kept).
 */
export class AgingSnapshots {
  constructor(private readonly deps: { store: Store; clock: Clock }) {}

  today(): string {
    return this.deps.clock.now().toISOString().slice(0, 10);
  }

  get(day: string): Promise<AgingSnapshot | null> {
    return this.deps.store.getDocument<AgingSnapshot>(snapshotKey(day));
  }

  /** The snapshot of `day`: the stored one, or (for today only) one taken now; null for a past day never taken. */
  async forDay(day: string): Promise<AgingSnapshot | null> {
    const stored = await this.get(day);
    if (stored || day !== this.today()) return stored;
    return this.takeToday();
  }

  /** Every stored snapshot from `from` to `to`, oldest first (today's taken if missing). */
  async between(from: string, to: string): Promise<AgingSnapshot[]> {
    const days: string[] = [];
    for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
    const found = await Promise.all(days.map((day) => this.forDay(day)));
    return found.filter((snapshot): snapshot is AgingSnapshot => snapshot !== null);
  }

  /** Takes today's snapshot unless one exists; two processes racing write one of theirs. */
  async takeToday(): Promise<AgingSnapshot> {
    const { store, clock } = this.deps;
    const day = this.today();
    const existing = await this.get(day);
    if (existing) return existing;
    const latestDay = await store.getDocument<string>(LATEST_KEY);
    const previous = latestDay !== null && latestDay < day ? await this.get(latestDay) : null;
    const ids = await store.listAccountIds();
    const accounts = (await Promise.all(ids.map((id) => store.getAccount(id)))).filter((account) => account !== null);
    const snapshot = takeSnapshot(day, clock.now().toISOString(), accounts, previous);
    if (await store.setDocumentIfAbsent(snapshotKey(day), snapshot, SNAPSHOT_TTL_SECONDS)) {
      await store.withLock(LATEST_KEY, async () => {
        const latest = await store.getDocument<string>(LATEST_KEY);
        if (latest === null || latest < day) await store.setDocument(LATEST_KEY, day);
      });
      return snapshot;
    }
    return (await this.get(day)) ?? snapshot;
  }

  /** Queues the snapshot of the next UTC day at its 00:00; scheduling it again changes nothing. */
  async scheduleNext(): Promise<void> {
    const day = addDays(this.today(), 1);
    await this.deps.store.scheduleJob<AgingSnapshotJob>(AGING_QUEUE, { id: snapshotKey(day), runAt: `${day}T00:00:00.000Z`, attempts: 0, payload: { day } });
  }

  /** A late run (the process was down) snapshots the day it runs on, never a past day. */
  readonly handle: JobHandler<AgingSnapshotJob> = async () => {
    await this.takeToday();
    await this.scheduleNext();
    return { done: true };
  };
}
