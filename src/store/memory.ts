import type { Account } from '../domain/account';
import type { Arrangement } from '../domain/arrangement';
import { systemClock, type Clock } from '../domain/clock';
import type { HandoffCase, HandoffStatus } from '../domain/handoff-case';
import { ttlMilliseconds } from './document-ttl';
import { StoreError } from './errors';
import { matchesHandoffFilter, oldestFirst, type HandoffFilter } from './handoff-query';
import { KeyedQueue } from './keyed-queue';

interface MemoryFeed {
  sequence: number;
  entries: { sequence: number; json: string }[];
  /** onceKey → the number its entry got, oldest first. */
  onceKeys: Map<string, number>;
  expiresAt: number;
}
import { COMPLETED_JOBS_KEPT_MS, LOG_REPLAY_WINDOW, type DeadJob, type FeedAppend, type FeedPage, type ScheduledJob, type Store } from './store';

/**
 * The Store in one process's memory: for development, the terminal chat and tests. Every value
 * is kept as JSON text, the way Redis keeps it, so callers never share objects with the store
 * and anything that would not survive Redis (a Date, an undefined field) fails here too.
 */
export class MemoryStore implements Store {
  private readonly accounts = new Map<string, string>();
  private readonly arrangements = new Map<string, string[]>();
  private readonly handoffs = new Map<string, string>();
  private readonly logs = new Map<string, string[]>();
  private readonly jobQueues = new Map<string, Map<string, { json: string; dueAt: number }>>();
  /** Per queue, completed job ids and when they were due, oldest first. */
  private readonly completedJobs = new Map<string, Map<string, number>>();
  /** Per queue, the dead jobs by id (JSON of DeadJob). */
  private readonly deadJobs = new Map<string, Map<string, string>>();
  private readonly documents = new Map<string, { json: string; expiresAt: number | undefined }>();
  private readonly locks = new KeyedQueue();
  private readonly feeds = new Map<string, MemoryFeed>();
  private readonly feedWatchers = new Map<string, Set<() => void>>();
  private lastFeedSweepAt = 0;

  constructor(private readonly clock: Clock = systemClock) {}

  async putAccounts(accounts: Account[]): Promise<void> {
    for (const account of accounts) this.accounts.set(account.id, JSON.stringify(account));
  }

  async getAccount(id: string): Promise<Account | null> {
    return parseOrNull<Account>(this.accounts.get(id));
  }

  async findAccountsByPhone(phone: string): Promise<Account[]> {
    const found: Account[] = [];
    for (const json of this.accounts.values()) {
      const account = JSON.parse(json) as Account;
      if (account.phone === phone) found.push(account);
    }
    return found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  // Read, change and write happen in one synchronous stretch, so no other caller can interleave.
  async updateAccount(id: string, change: (account: Account) => Account): Promise<Account> {
    const json = this.accounts.get(id);
    if (json === undefined) throw new StoreError('not_found', `account ${id} does not exist`);
    const updated = JSON.stringify(change(JSON.parse(json) as Account));
    this.accounts.set(id, updated);
    return JSON.parse(updated) as Account;
  }

  async listAccountIds(): Promise<string[]> {
    return [...this.accounts.keys()];
  }

  async addArrangement(arrangement: Arrangement): Promise<boolean> {
    const listed = this.arrangements.get(arrangement.accountId) ?? [];
    if (listed.some((json) => (JSON.parse(json) as Arrangement).id === arrangement.id)) return false;
    append(this.arrangements, arrangement.accountId, JSON.stringify(arrangement));
    return true;
  }

  async listArrangements(accountId: string): Promise<Arrangement[]> {
    return (this.arrangements.get(accountId) ?? []).map((json) => JSON.parse(json) as Arrangement);
  }

  async updateArrangement(accountId: string, id: string, change: (arrangement: Arrangement) => Arrangement): Promise<Arrangement> {
    const list = this.arrangements.get(accountId) ?? [];
    const index = list.findIndex((json) => (JSON.parse(json) as Arrangement).id === id);
    if (index < 0) throw new StoreError('not_found', `arrangement ${id} of account ${accountId} does not exist`);
    const updated = JSON.stringify(change(JSON.parse(list[index] as string) as Arrangement));
    list[index] = updated;
    return JSON.parse(updated) as Arrangement;
  }

  async addHandoff(handoff: HandoffCase): Promise<boolean> {
    if (this.handoffs.has(handoff.id)) return false;
    this.handoffs.set(handoff.id, JSON.stringify(handoff));
    return true;
  }

  async getHandoff(id: string): Promise<HandoffCase | null> {
    return parseOrNull<HandoffCase>(this.handoffs.get(id));
  }

  async listHandoffs(filter: HandoffFilter = {}): Promise<HandoffCase[]> {
    return [...this.handoffs.values()]
      .map((json) => JSON.parse(json) as HandoffCase)
      .filter((handoff) => matchesHandoffFilter(handoff, filter))
      .sort(oldestFirst);
  }

  async updateHandoff(id: string, expected: HandoffStatus, change: (handoff: HandoffCase) => HandoffCase): Promise<HandoffCase | null> {
    const current = parseOrNull<HandoffCase>(this.handoffs.get(id));
    if (current === null || current.status !== expected) return null;
    const updated = JSON.stringify(change(current));
    this.handoffs.set(id, updated);
    return JSON.parse(updated) as HandoffCase;
  }

  async appendLog<T>(key: string, entry: T): Promise<void> {
    append(this.logs, key, JSON.stringify(entry));
  }

  async appendLogOnce<T extends { id: string }>(key: string, entry: T): Promise<boolean> {
    const tail = (this.logs.get(key) ?? []).slice(-LOG_REPLAY_WINDOW);
    if (tail.some((json) => (JSON.parse(json) as { id?: unknown }).id === entry.id)) return false;
    append(this.logs, key, JSON.stringify(entry));
    return true;
  }

  async readLog<T>(key: string): Promise<T[]> {
    return (this.logs.get(key) ?? []).map((json) => JSON.parse(json) as T);
  }

  async deleteLog(key: string): Promise<void> {
    this.logs.delete(key);
  }

  async getDocument<T>(key: string): Promise<T | null> {
    const json = this.liveDocument(key);
    return json === undefined ? null : (JSON.parse(json) as T);
  }

  async setDocument<T>(key: string, value: T, ttlSeconds?: number): Promise<void> {
    this.writeDocument(key, value, ttlSeconds);
  }

  async deleteDocument(key: string): Promise<void> {
    this.documents.delete(key);
  }

  // Check and write in one synchronous stretch, so simultaneous callers cannot both win.
  async setDocumentIfAbsent<T>(key: string, value: T, ttlSeconds?: number): Promise<boolean> {
    if (this.liveDocument(key) !== undefined) return false;
    this.writeDocument(key, value, ttlSeconds);
    return true;
  }

  // Read and write in one synchronous stretch, as setDocumentIfAbsent.
  async incrementDocument(key: string, ttlSeconds: number): Promise<number> {
    ttlMilliseconds(ttlSeconds); // a bad time to live is refused even when the counter exists, as on Redis
    const json = this.liveDocument(key);
    if (json === undefined) {
      this.writeDocument(key, 1, ttlSeconds);
      return 1;
    }
    const count = (JSON.parse(json) as number) + 1;
    if (!Number.isSafeInteger(count)) throw new TypeError(`document ${key} is not a counter`);
    this.documents.set(key, { json: JSON.stringify(count), expiresAt: this.documents.get(key)!.expiresAt });
    return count;
  }

  private liveDocument(key: string): string | undefined {
    const document = this.documents.get(key);
    if (document === undefined) return undefined;
    // Expired documents are dropped when next read, the way Redis expires keys lazily too.
    if (document.expiresAt !== undefined && document.expiresAt <= this.clock.now().getTime()) {
      this.documents.delete(key);
      return undefined;
    }
    return document.json;
  }

  private writeDocument<T>(key: string, value: T, ttlSeconds?: number): void {
    const ttl = ttlMilliseconds(ttlSeconds);
    const expiresAt = ttl === undefined ? undefined : this.clock.now().getTime() + ttl;
    this.documents.set(key, { json: JSON.stringify(value), expiresAt });
  }

  // One synchronous stretch, as setDocumentIfAbsent: numbers and once keys cannot race.
  async appendToFeed<T>(key: string, entry: T, options: FeedAppend): Promise<{ sequence: number; appended: boolean }> {
    const now = this.clock.now().getTime();
    const ttl = ttlMilliseconds(options.ttlSeconds) as number;
    this.sweepFeeds(now, ttl);
    let feed = this.liveFeed(key, now);
    if (!feed) this.feeds.set(key, (feed = { sequence: 0, entries: [], onceKeys: new Map(), expiresAt: 0 }));
    feed.expiresAt = now + ttl;
    const earlier = options.onceKey === undefined ? undefined : feed.onceKeys.get(options.onceKey);
    if (earlier !== undefined) return { sequence: earlier, appended: false };
    const sequence = ++feed.sequence;
    feed.entries.push({ sequence, json: JSON.stringify(entry) });
    if (feed.entries.length > options.keep) feed.entries.splice(0, feed.entries.length - options.keep);
    if (options.onceKey !== undefined) {
      feed.onceKeys.set(options.onceKey, sequence);
      for (const oldest of feed.onceKeys.keys()) {
        if (feed.onceKeys.size <= options.keep) break;
        feed.onceKeys.delete(oldest);
      }
    }
    for (const listener of [...(this.feedWatchers.get(key) ?? [])]) listener();
    return { sequence, appended: true };
  }

  async readFeed<T>(key: string, after: number): Promise<FeedPage<T>> {
    const feed = this.liveFeed(key, this.clock.now().getTime());
    if (!feed) return { entries: [], sequence: 0 };
    const entries = feed.entries.filter((kept) => kept.sequence > after).map((kept) => ({ sequence: kept.sequence, entry: JSON.parse(kept.json) as T }));
    return { entries, sequence: feed.sequence };
  }

  async watchFeed(key: string, listener: () => void): Promise<() => void> {
    let watchers = this.feedWatchers.get(key);
    if (!watchers) this.feedWatchers.set(key, (watchers = new Set()));
    watchers.add(listener);
    return () => {
      watchers.delete(listener);
      if (watchers.size === 0 && this.feedWatchers.get(key) === watchers) this.feedWatchers.delete(key);
    };
  }

  private liveFeed(key: string, now: number): MemoryFeed | undefined {
    const feed = this.feeds.get(key);
    if (feed && feed.expiresAt <= now) {
      this.feeds.delete(key);
      return undefined;
    }
    return feed;
  }

  /** Feeds nobody appends to again would stay for ever (Redis expires them by itself): drop them now and then. */
  private sweepFeeds(now: number, ttl: number): void {
    if (now - this.lastFeedSweepAt < ttl / 10) return;
    this.lastFeedSweepAt = now;
    for (const [key, feed] of this.feeds) if (feed.expiresAt <= now) this.feeds.delete(key);
  }

  async scheduleJob<T>(queue: string, job: ScheduledJob<T>): Promise<boolean> {
    const jobs = this.queue(queue);
    if (jobs.has(job.id) || this.completedJobs.get(queue)?.has(job.id) || this.deadJobs.get(queue)?.has(job.id)) return false;
    jobs.set(job.id, { json: JSON.stringify(job), dueAt: Date.parse(job.runAt) });
    return true;
  }

  async claimDueJobs<T>(queue: string, now: Date, limit: number, leaseMs: number): Promise<ScheduledJob<T>[]> {
    const due = [...this.queue(queue).values()]
      .filter((entry) => entry.dueAt <= now.getTime())
      .sort((a, b) => a.dueAt - b.dueAt)
      .slice(0, limit);
    for (const entry of due) entry.dueAt = now.getTime() + leaseMs;
    return due.map((entry) => JSON.parse(entry.json) as ScheduledJob<T>);
  }

  async rescheduleJob<T>(queue: string, job: ScheduledJob<T>): Promise<void> {
    this.queue(queue).set(job.id, { json: JSON.stringify(job), dueAt: Date.parse(job.runAt) });
  }

  async completeJob(queue: string, id: string): Promise<void> {
    const job = this.queue(queue).get(id);
    if (!job) return;
    this.queue(queue).delete(id);
    this.rememberCompleted(queue, id, job.dueAt);
  }

  /** Keeps a completed id for COMPLETED_JOBS_KEPT_MS before its due time, dropping older ones. */
  private rememberCompleted(queue: string, id: string, dueAt: number): void {
    let completed = this.completedJobs.get(queue);
    if (!completed) this.completedJobs.set(queue, (completed = new Map()));
    completed.set(id, dueAt);
    for (const [oldId, oldDueAt] of completed) {
      if (oldDueAt >= dueAt - COMPLETED_JOBS_KEPT_MS) break;
      completed.delete(oldId);
    }
  }

  async countJobs(queue: string): Promise<number> {
    return this.queue(queue).size;
  }

  async buryJob<T>(dead: DeadJob<T>): Promise<void> {
    this.queue(dead.queue).delete(dead.job.id);
    let buried = this.deadJobs.get(dead.queue);
    if (!buried) this.deadJobs.set(dead.queue, (buried = new Map()));
    buried.set(dead.job.id, JSON.stringify(dead));
  }

  async listDeadJobs(): Promise<DeadJob[]> {
    const all = [...this.deadJobs.values()].flatMap((buried) => [...buried.values()].map((json) => JSON.parse(json) as DeadJob));
    return all.sort((a, b) => Date.parse(a.diedAt) - Date.parse(b.diedAt));
  }

  async reviveJob(queue: string, id: string, runAt: Date): Promise<boolean> {
    const dead = this.takeDead(queue, id);
    if (!dead) return false;
    const job = { ...dead.job, runAt: runAt.toISOString() };
    this.queue(queue).set(id, { json: JSON.stringify(job), dueAt: runAt.getTime() });
    return true;
  }

  async discardDeadJob(queue: string, id: string): Promise<boolean> {
    const dead = this.takeDead(queue, id);
    if (!dead) return false;
    this.rememberCompleted(queue, id, Date.parse(dead.job.runAt));
    return true;
  }

  private takeDead(queue: string, id: string): DeadJob | null {
    const json = this.deadJobs.get(queue)?.get(id);
    if (json === undefined) return null;
    this.deadJobs.get(queue)!.delete(id);
    return JSON.parse(json) as DeadJob;
  }

  private queue(name: string): Map<string, { json: string; dueAt: number }> {
    let jobs = this.jobQueues.get(name);
    if (!jobs) this.jobQueues.set(name, (jobs = new Map()));
    return jobs;
  }

  withLock<T>(key: string, work: () => Promise<T>): Promise<T> {
    return this.locks.run(key, work);
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {}
}

function parseOrNull<T>(json: string | undefined): T | null {
  return json === undefined ? null : (JSON.parse(json) as T);
}

function append(lists: Map<string, string[]>, key: string, json: string): void {
  const list = lists.get(key);
  if (list) list.push(json);
  else lists.set(key, [json]);
}
