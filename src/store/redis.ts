import { randomUUID } from 'node:crypto';
import { Cluster, Redis } from 'ioredis';
import type { Account } from '../domain/account';
import type { Arrangement } from '../domain/arrangement';
import type { HandoffCase, HandoffStatus } from '../domain/handoff-case';
import type { TranscriptEntry } from '../domain/transcript';
import { StoreError } from './errors';
import { KeyQueue } from './key-queue';
import type { Store } from './store';

/*
 * Key layout, all under the prefix (default "amicable:"):
 *   account:<id>            JSON of the account
 *   phone:<e164>            set of account ids on that phone
 *   arrangements:<account>  list of arrangement JSON, oldest first
 *   handoff:<id>            JSON of the case;  handoffs: set of every case id
 *   transcript:<key>        list of entry JSON, in recorded order
 *   doc:<key>               small JSON documents, with EX when they expire
 *   lock:<key>              a turn lock's token (SET NX PX), released by compare-and-delete
 * Every script touches one key, so the layout works unchanged on Redis Cluster.
 */

const RELEASE_LOCK = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;
const COMPARE_AND_SET = `if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('SET', KEYS[1], ARGV[2]) return 1 else return 0 end`;

/** A turn finishes well within this; the lock expires by itself if a process dies holding it. */
const LOCK_TTL_MS = 15_000;
const LOCK_WAIT_MS = 10_000;

export interface RedisStoreOptions {
  url: string;
  keyPrefix?: string;
}

/**
 * Fails fast when Redis is down (one retry per command, then an error the HTTP layer turns into
 * 503 so Twilio retries), and reconnects by itself when Redis is back: no restart needed.
 */
function connect(url: string): Redis | Cluster {
  const common = { maxRetriesPerRequest: 1, commandTimeout: 2000, retryStrategy: (times: number) => Math.min(times * 100, 1000) };
  const seeds = url.split(',').map((seed) => seed.trim()).filter(Boolean);
  if (seeds.length > 1) {
    return new Cluster(
      seeds.map((seed) => {
        const parsed = new URL(seed);
        return { host: parsed.hostname, port: Number(parsed.port || 6379) };
      }),
      { redisOptions: common },
    );
  }
  return new Redis(url, common);
}

export class RedisStore implements Store {
  private readonly redis: Redis | Cluster;
  private readonly prefix: string;
  private readonly localTurns = new KeyQueue();

  constructor(options: RedisStoreOptions) {
    this.redis = connect(options.url);
    this.redis.on('error', () => {
      // Connection errors surface on the commands that fail; ioredis keeps reconnecting.
    });
    this.prefix = options.keyPrefix ?? 'amicable:';
  }

  private key(...parts: string[]): string {
    return this.prefix + parts.join(':');
  }

  private async run<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      if (error instanceof StoreError) throw error;
      throw new StoreError('unavailable', `Redis: ${(error as Error).message}`);
    }
  }

  putAccounts(accounts: Account[]): Promise<void> {
    return this.run(async () => {
      for (const account of accounts) {
        await this.redis.set(this.key('account', account.id), JSON.stringify(account));
        await this.redis.sadd(this.key('phone', account.phone), account.id);
      }
    });
  }

  getAccount(id: string): Promise<Account | null> {
    return this.run(async () => {
      const json = await this.redis.get(this.key('account', id));
      return json ? (JSON.parse(json) as Account) : null;
    });
  }

  findAccountsByPhone(phone: string): Promise<Account[]> {
    return this.run(async () => {
      const ids = (await this.redis.smembers(this.key('phone', phone))).sort();
      const accounts = await Promise.all(ids.map((id) => this.getAccount(id)));
      return accounts.filter((account): account is Account => account !== null);
    });
  }

  updateAccount(id: string, change: (account: Account) => Account): Promise<Account> {
    return this.withLock(`account:${id}`, async () => {
      const account = await this.getAccount(id);
      if (!account) throw new Error(`no account ${id}`);
      const updated = change(account);
      await this.run(() => this.redis.set(this.key('account', id), JSON.stringify(updated)));
      return updated;
    });
  }

  addArrangement(arrangement: Arrangement): Promise<void> {
    return this.run(async () => {
      await this.redis.rpush(this.key('arrangements', arrangement.accountId), JSON.stringify(arrangement));
    });
  }

  listArrangements(accountId: string): Promise<Arrangement[]> {
    return this.run(async () => (await this.redis.lrange(this.key('arrangements', accountId), 0, -1)).map((json) => JSON.parse(json) as Arrangement));
  }

  addHandoff(handoff: HandoffCase): Promise<void> {
    return this.run(async () => {
      await this.redis.set(this.key('handoff', handoff.id), JSON.stringify(handoff));
      await this.redis.sadd(this.key('handoffs'), handoff.id);
    });
  }

  getHandoff(id: string): Promise<HandoffCase | null> {
    return this.run(async () => {
      const json = await this.redis.get(this.key('handoff', id));
      return json ? (JSON.parse(json) as HandoffCase) : null;
    });
  }

  listHandoffs(filter: { status?: HandoffStatus; accountId?: string } = {}): Promise<HandoffCase[]> {
    return this.run(async () => {
      const ids = await this.redis.smembers(this.key('handoffs'));
      const cases = await Promise.all(ids.map((id) => this.getHandoff(id)));
      return cases
        .filter((h): h is HandoffCase => h !== null)
        .filter((h) => (filter.status === undefined || h.status === filter.status) && (filter.accountId === undefined || h.accountId === filter.accountId))
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    });
  }

  /** Optimistic compare-and-set on the whole stored JSON: of two concurrent claims exactly one wins. */
  updateHandoff(id: string, expected: HandoffStatus, change: (handoff: HandoffCase) => HandoffCase): Promise<HandoffCase | null> {
    return this.run(async () => {
      const key = this.key('handoff', id);
      for (;;) {
        const before = await this.redis.get(key);
        if (!before) return null;
        const handoff = JSON.parse(before) as HandoffCase;
        if (handoff.status !== expected) return null;
        const updated = change(handoff);
        const swapped = await this.redis.eval(COMPARE_AND_SET, 1, key, before, JSON.stringify(updated));
        if (swapped === 1) return updated;
      }
    });
  }

  appendTranscript(key: string, entry: TranscriptEntry): Promise<void> {
    return this.run(async () => {
      await this.redis.rpush(this.key('transcript', key), JSON.stringify(entry));
    });
  }

  getTranscript(key: string): Promise<TranscriptEntry[]> {
    return this.run(async () => (await this.redis.lrange(this.key('transcript', key), 0, -1)).map((json) => JSON.parse(json) as TranscriptEntry));
  }

  getDocument<T>(key: string): Promise<T | null> {
    return this.run(async () => {
      const json = await this.redis.get(this.key('doc', key));
      return json ? (JSON.parse(json) as T) : null;
    });
  }

  setDocument<T>(key: string, value: T, ttlSeconds?: number): Promise<void> {
    return this.run(async () => {
      const json = JSON.stringify(value);
      if (ttlSeconds) await this.redis.set(this.key('doc', key), json, 'EX', Math.ceil(ttlSeconds));
      else await this.redis.set(this.key('doc', key), json);
    });
  }

  deleteDocument(key: string): Promise<void> {
    return this.run(async () => {
      await this.redis.del(this.key('doc', key));
    });
  }

  /**
   * Same-process callers queue in memory; across processes a Redis lock (SET NX PX, released by
   * compare-and-delete) serializes them, because botbuilder's state writes are last-writer-wins.
   */
  withLock<T>(key: string, work: () => Promise<T>): Promise<T> {
    return this.localTurns.run(key, async () => {
      const lockKey = this.key('lock', key);
      const token = randomUUID();
      const deadline = Date.now() + LOCK_WAIT_MS;
      for (let delay = 5; ; delay = Math.min(delay * 2, 100)) {
        const acquired = await this.run(() => this.redis.set(lockKey, token, 'PX', LOCK_TTL_MS, 'NX'));
        if (acquired === 'OK') break;
        if (Date.now() > deadline) throw new StoreError('lock_timeout', `waited ${LOCK_WAIT_MS} ms for ${key}`);
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
      try {
        return await work();
      } finally {
        await this.redis.eval(RELEASE_LOCK, 1, lockKey, token).catch(() => undefined);
      }
    });
  }

  ping(): Promise<void> {
    return this.run(async () => {
      await this.redis.ping();
    });
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
