import type { Account } from '../domain/account';
import type { Arrangement } from '../domain/arrangement';
import type { HandoffCase, HandoffStatus } from '../domain/handoff-case';

export interface ScheduledJob<T> {
  id: string;
  /** ISO instant when the job becomes due. */
  runAt: string;
  /** How many times it was tried and failed, for backoff. */
  attempts: number;
  payload: T;
}

/** One entry of a feed, with the number appendToFeed gave it. */
export interface FeedEntry<T> {
  sequence: number;
  entry: T;
}

/** What readFeed answers: the kept entries after a number, and the feed's last number (0 when it holds nothing). */
export interface FeedPage<T> {
  entries: FeedEntry<T>[];
  sequence: number;
}

export interface FeedAppend {
  /** How many of the newest entries (and once keys) the feed keeps. */
  keep: number;
  /** The feed lives this long after its last append, then starts again from 1. */
  ttlSeconds: number;
  /** An entry appended under this key, while it is kept, is not appended again. */
  onceKey?: string;
}

/** A job its runner gave up on after its last attempt: kept for an operator to retry or discard. */
export interface DeadJob<T = unknown> {
  queue: string;
  /** As it was last tried; `attempts` counts every failure. */
  job: ScheduledJob<T>;
  /** Why the last attempt failed, scrubbed of personal data (it is shown to operators). */
  error: string;
  /** ISO instant of the injected clock when the runner gave up. */
  diedAt: string;
}

/** How far back appendLogOnce looks for an entry's id. */
export const LOG_REPLAY_WINDOW = 32;

/** How long a completed job's id is remembered, so scheduling it again does nothing (its due time's clock). */
export const COMPLETED_JOBS_KEPT_MS = 7 * 24 * 3600_000;

/**
 * Everything Amicable persists. memory.ts and redis.ts implement it; nothing else knows which,
 * and the same behavioural suite (test/integration/store) runs against both.
 */
export interface Store {
  // Accounts (loaded from the portfolio; flags and balance change over time)
  putAccounts(accounts: Account[]): Promise<void>;
  getAccount(id: string): Promise<Account | null>;
  findAccountsByPhone(phone: string): Promise<Account[]>;
  /**
   * Read-modify-write of one account; `change` returns the new account. It must be pure: a store
   * may call it again on a fresher account when another writer got in first.
   */
  updateAccount(id: string, change: (account: Account) => Account): Promise<Account>;

  /** Every account id, in no particular order: sweeps over the portfolio (reports, outreach). */
  listAccountIds(): Promise<string[]>;

  // Arrangements
  /**
   * Adds the arrangement unless the account already has one with its id (a replayed turn, whose
   * ids are derived from the inbound message); true when this call added it.
   */
  addArrangement(arrangement: Arrangement): Promise<boolean>;
  listArrangements(accountId: string): Promise<Arrangement[]>;
  /** Read-modify-write of one arrangement; `change` must be pure, as in updateAccount. Unknown: not_found. */
  updateArrangement(accountId: string, id: string, change: (arrangement: Arrangement) => Arrangement): Promise<Arrangement>;

  // Handoff cases
  /** Adds the case unless one with its id exists, as addArrangement; true when this call added it. */
  addHandoff(handoff: HandoffCase): Promise<boolean>;
  getHandoff(id: string): Promise<HandoffCase | null>;
  listHandoffs(filter?: { status?: HandoffStatus; accountId?: string }): Promise<HandoffCase[]>;
  /**
   * Atomic compare-and-set: applies `change` only if the stored case still has status `expected`;
   * returns the updated case, or null when it had changed (e.g. someone else claimed it).
   * `change` must be pure, for the same reason as in updateAccount.
   */
  updateHandoff(id: string, expected: HandoffStatus, change: (handoff: HandoffCase) => HandoffCase): Promise<HandoffCase | null>;

  /** Append-only JSON lists: transcripts ("conversation:<id>"), the activity log. Read oldest first. */
  appendLog<T>(key: string, entry: T): Promise<void>;
  /**
   * Appends `entry` unless an entry with its `id` is among the last LOG_REPLAY_WINDOW entries of
   * the log; true when appended. A replayed turn's transcript entries follow its first attempt's,
   * or at most a few turns later, so they land once, at the cost of reading the log's tail and of
   * no index beside the log (an idle conversation keeps nothing more).
   */
  appendLogOnce<T extends { id: string }>(key: string, entry: T): Promise<boolean>;
  readLog<T>(key: string): Promise<T[]>;
  /** Removes a whole log, e.g. once a transcript's retention has run out (RF-24); a missing key is not an error. */
  deleteLog(key: string): Promise<void>;

  /**
   * Feeds: short-lived, bounded logs whose entries every instance numbers alike, 1, 2, 3... in the
   * order they were appended, and sees grow (web chat's activities, whose numbers are Direct Line
   * watermarks). Appends `entry` as the feed's next number, keeps the newest `keep`, and tells every
   * watcher on any instance. With `onceKey`, a key already used among the kept entries appends
   * nothing and answers the number it got then (a client's retried post).
   */
  appendToFeed<T>(key: string, entry: T, options: FeedAppend): Promise<{ sequence: number; appended: boolean }>;
  /** The kept entries numbered above `after`, oldest first. */
  readFeed<T>(key: string, after: number): Promise<FeedPage<T>>;
  /**
   * Calls `listener` when the feed at `key` may have grown, on any instance. It may also be called
   * when nothing changed (after a reconnect, when a notice could have been missed), so a listener
   * reads the feed rather than trusting the notice. Resolves once watching; the function it
   * resolves with stops watching.
   */
  watchFeed(key: string, listener: () => void): Promise<() => void>;

  /** Small JSON documents with an optional time to live: conversation state, counters, lockouts. */
  getDocument<T>(key: string): Promise<T | null>;
  setDocument<T>(key: string, value: T, ttlSeconds?: number): Promise<void>;
  deleteDocument(key: string): Promise<void>;
  /** Writes only when the key holds nothing; true when this call wrote it (idempotency keys). */
  setDocumentIfAbsent<T>(key: string, value: T, ttlSeconds?: number): Promise<boolean>;
  /**
   * Adds one to a counter document and returns the new count, atomically across instances (sign-in
   * failures). A missing counter starts from 0 and lives `ttlSeconds` from then; counting on does not
   * extend it. The counter reads as a number with getDocument and goes with deleteDocument.
   */
  incrementDocument(key: string, ttlSeconds: number): Promise<number>;

  /**
   * Durable scheduled jobs, one queue per name. Scheduling an id that is already queued, or that
   * was completed within COMPLETED_JOBS_KEPT_MS before it was due, changes nothing (false), so
   * callers may schedule the same work again after a restart or a replayed turn (an event already
   * delivered is not queued again). A claimed job
   * is leased: unless completed or rescheduled, it becomes due again once the lease ends, so a
   * worker that died mid-job loses nothing. Times are the injected Clock's, never the wall clock.
   */
  scheduleJob<T>(queue: string, job: ScheduledJob<T>): Promise<boolean>;
  claimDueJobs<T>(queue: string, now: Date, limit: number, leaseMs: number): Promise<ScheduledJob<T>[]>;
  /** Moves a job to a new time (a retry, a hold until the contact window opens) with its new state. */
  rescheduleJob<T>(queue: string, job: ScheduledJob<T>): Promise<void>;
  completeJob(queue: string, id: string): Promise<void>;
  countJobs(queue: string): Promise<number>;

  /**
   * The dead-letter list. buryJob takes a job out of its queue and keeps it here; while it lies
   * here, scheduling its id again does nothing, so a restart does not bring back what gave up.
   */
  buryJob<T>(dead: DeadJob<T>): Promise<void>;
  /** Every dead job of every queue, the longest dead first. */
  listDeadJobs(): Promise<DeadJob[]>;
  /** Puts a dead job back in its queue, due at `runAt`, as it was; false when no such dead job. */
  reviveJob(queue: string, id: string, runAt: Date): Promise<boolean>;
  /** Forgets a dead job as if it had been done (scheduling its id again does nothing); false when no such dead job. */
  discardDeadJob(queue: string, id: string): Promise<boolean>;

  /** Runs `work` while holding a lock on `key`, so turns of one conversation never overlap. */
  withLock<T>(key: string, work: () => Promise<T>): Promise<T>;

  /** Readiness: resolves when the backing service answers. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
