import type { Account } from '../domain/account';
import type { Arrangement } from '../domain/arrangement';
import type { HandoffCase, HandoffStatus } from '../domain/handoff-case';
import type { TranscriptEntry } from '../domain/transcript';

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

  // Arrangements
  addArrangement(arrangement: Arrangement): Promise<void>;
  listArrangements(accountId: string): Promise<Arrangement[]>;

  // Handoff cases
  addHandoff(handoff: HandoffCase): Promise<void>;
  getHandoff(id: string): Promise<HandoffCase | null>;
  listHandoffs(filter?: { status?: HandoffStatus; accountId?: string }): Promise<HandoffCase[]>;
  /**
   * Atomic compare-and-set: applies `change` only if the stored case still has status `expected`;
   * returns the updated case, or null when it had changed (e.g. someone else claimed it).
   * `change` must be pure, for the same reason as in updateAccount.
   */
  updateHandoff(id: string, expected: HandoffStatus, change: (handoff: HandoffCase) => HandoffCase): Promise<HandoffCase | null>;

  // Transcripts: one list per account (or per unidentified conversation: key "conversation:<id>")
  appendTranscript(key: string, entry: TranscriptEntry): Promise<void>;
  getTranscript(key: string): Promise<TranscriptEntry[]>;
  /** Removes a whole transcript once its retention has run out (RF-24); a missing key is not an error. */
  deleteTranscript(key: string): Promise<void>;

  /** Small JSON documents with an optional time to live: conversation state, counters, lockouts. */
  getDocument<T>(key: string): Promise<T | null>;
  setDocument<T>(key: string, value: T, ttlSeconds?: number): Promise<void>;
  deleteDocument(key: string): Promise<void>;

  /** Runs `work` while holding a lock on `key`, so turns of one conversation never overlap. */
  withLock<T>(key: string, work: () => Promise<T>): Promise<T>;

  /** Readiness: resolves when the backing service answers. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
