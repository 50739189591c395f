import type { Account } from '../domain/account';
import type { Arrangement } from '../domain/arrangement';
import { systemClock, type Clock } from '../domain/clock';
import type { HandoffCase, HandoffStatus } from '../domain/handoff-case';
import type { TranscriptEntry } from '../domain/transcript';
import { ttlMilliseconds } from './document-ttl';
import { StoreError } from './errors';
import { matchesHandoffFilter, oldestFirst, type HandoffFilter } from './handoff-query';
import { KeyedQueue } from './keyed-queue';
import type { Store } from './store';

/**
 * The Store in one process's memory: for development, the terminal chat and tests. Every value
 * is kept as JSON text, the way Redis keeps it, so callers never share objects with the store
 * and anything that would not survive Redis (a Date, an undefined field) fails here too.
 */
export class MemoryStore implements Store {
  private readonly accounts = new Map<string, string>();
  private readonly arrangements = new Map<string, string[]>();
  private readonly handoffs = new Map<string, string>();
  private readonly transcripts = new Map<string, string[]>();
  private readonly documents = new Map<string, { json: string; expiresAt: number | undefined }>();
  private readonly locks = new KeyedQueue();

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

  async addArrangement(arrangement: Arrangement): Promise<void> {
    append(this.arrangements, arrangement.accountId, JSON.stringify(arrangement));
  }

  async listArrangements(accountId: string): Promise<Arrangement[]> {
    return (this.arrangements.get(accountId) ?? []).map((json) => JSON.parse(json) as Arrangement);
  }

  async addHandoff(handoff: HandoffCase): Promise<void> {
    this.handoffs.set(handoff.id, JSON.stringify(handoff));
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

  async appendTranscript(key: string, entry: TranscriptEntry): Promise<void> {
    append(this.transcripts, key, JSON.stringify(entry));
  }

  async getTranscript(key: string): Promise<TranscriptEntry[]> {
    return (this.transcripts.get(key) ?? []).map((json) => JSON.parse(json) as TranscriptEntry);
  }

  async deleteTranscript(key: string): Promise<void> {
    this.transcripts.delete(key);
  }

  async getDocument<T>(key: string): Promise<T | null> {
    const document = this.documents.get(key);
    if (document === undefined) return null;
    // Expired documents are dropped when next read, the way Redis expires keys lazily too.
    if (document.expiresAt !== undefined && document.expiresAt <= this.clock.now().getTime()) {
      this.documents.delete(key);
      return null;
    }
    return JSON.parse(document.json) as T;
  }

  async setDocument<T>(key: string, value: T, ttlSeconds?: number): Promise<void> {
    const ttl = ttlMilliseconds(ttlSeconds);
    const expiresAt = ttl === undefined ? undefined : this.clock.now().getTime() + ttl;
    this.documents.set(key, { json: JSON.stringify(value), expiresAt });
  }

  async deleteDocument(key: string): Promise<void> {
    this.documents.delete(key);
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
