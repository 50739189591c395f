/**
 * The Store on Redis (or Redis Cluster), shared by every instance of the assistant.
 *
 * Key layout; every key starts with the prefix ("amicable:" unless told otherwise):
 *   account:<id>                JSON of one account
 *   phone:<E.164>               set of the ids of accounts with that phone. An id may linger after
 *                               the account's phone changed; readers re-check the phone, so a
 *                               stale entry costs a lookup, never a wrong answer.
 *   accounts                    set of every account id
 *   arrangements:<accountId>    list of JSON arrangements, oldest first (RPUSH, LRANGE; changed in
 *                               place by LSET, compare-and-set on the element); one script adds an
 *                               arrangement only if no element has its id
 *   {handoffs}:case:<id>        JSON of one handoff case
 *   {handoffs}:status:<status>  set of the ids of the cases in that status
 *   log:<key>                   append-only list of JSON entries, oldest first (RPUSH, LRANGE); one
 *                               script appends an entry only if its id is not in the list's tail
 *   doc:<key>                   JSON document; PX when it has a time to live. A counter
 *                               (incrementDocument) is an integer, which is JSON too.
 *   {queue:<name>}:due          sorted set of job ids scored by when they are due (epoch ms)
 *   {queue:<name>}:jobs         hash of job id to JSON job
 *   {queue:<name>}:done         sorted set of the ids of completed jobs scored by when they were
 *                               due, trimmed to COMPLETED_JOBS_KEPT_MS; a queue's keys share a slot
 *   {queue:<name>}:dead         hash of job id to JSON DeadJob: the queue's dead-letter list
 *   dead-queues                 set of the names of queues that have buried a job (where to look)
 *   lock:<key>                  random token of the turn holding the lock; PX
 *   {feed:<key>}:seq            a feed's last number (INCR)
 *   {feed:<key>}:entries        sorted set of "<number> <JSON>" scored by number, trimmed to the
 *                               newest `keep`; a feed's keys share a slot and expire together (PX)
 *   {feed:<key>}:once           sorted set of once keys scored by their entry's number, trimmed alike
 *   channel feed:<key>          pub/sub: the new number, published by the script that appended it;
 *                               each process holds one subscriber connection for its watched feeds
 *
 * Redis Cluster: every command and script touches keys of a single slot. Accounts change by
 * optimistic compare-and-set on their one key; handoff cases and their status sets share the
 * hash tag {handoffs}, so a claim writes the case and moves it between status sets atomically.
 * Handoffs are human-scale (a queue specialists work through), so one slot holds them all.
 *
 * Values are compact JSON with nothing added, to keep an idle conversation's documents small.
 */
import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Cluster, ReplyError } from 'ioredis';
import type { Account } from '../domain/account';
import type { Arrangement } from '../domain/arrangement';
import type { HandoffCase, HandoffStatus } from '../domain/handoff-case';
import { ttlMilliseconds } from './document-ttl';
import { StoreError } from './errors';
import { matchesHandoffFilter, oldestFirst, type HandoffFilter } from './handoff-query';
import { KeyedQueue } from './keyed-queue';
import type { RedisClient } from './redis-client';
import { COMPLETED_JOBS_KEPT_MS, LOG_REPLAY_WINDOW, type DeadJob, type FeedAppend, type FeedPage, type ScheduledJob, type Store } from './store';

export interface RedisStoreOptions {
  keyPrefix?: string;
  /** How long a lock outlives a holder that died; renewed every third of it while the turn runs. */
  lockTtlMs?: number;
  /** How long a turn waits for another instance's turn before failing with 'lock_timeout'. */
  lockWaitMs?: number;
  /** How long one command may take before the store reports Redis 'unavailable'. */
  commandDeadlineMs?: number;
}

/** A Lua script and its SHA1, the name Redis caches it under. */
interface LuaScript {
  lua: string;
  sha: string;
}

const luaScript = (lua: string): LuaScript => ({ lua, sha: createHash('sha1').update(lua).digest('hex') });

/**
 * Runs a script by its SHA1 (EVALSHA) and sends its body (EVAL) only to a Redis that has not
 * cached it: the first use, after a restart or SCRIPT FLUSH, on another Cluster node. A turn runs
 * several scripts; sending each body every time cost bytes on the wire and a SHA1 of it in Redis.
 */
async function evalScript(c: RedisClient, script: LuaScript, numKeys: number, ...args: (string | number)[]): Promise<unknown> {
  try {
    return await c.evalsha(script.sha, numKeys, ...args);
  } catch (error) {
    if (error instanceof ReplyError && (error as Error).message.startsWith('NOSCRIPT')) return c.eval(script.lua, numKeys, ...args);
    throw error;
  }
}

/** Writes ARGV[2] only if the key still holds ARGV[1], the JSON the caller read and changed. */
const compareAndSetScript = luaScript(`
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2])
return 1`);

/**
 * KEYS: the case, then the status sets. ARGV: the JSON the caller read ('' to add a case that
 * does not exist yet; a stored case is never ''), the new JSON, the case id, and the position in
 * KEYS of the new status's set.
 */
const writeHandoffScript = luaScript(`
if ARGV[1] == '' then
  if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
elseif redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2])
for i = 2, #KEYS do redis.call('SREM', KEYS[i], ARGV[3]) end
redis.call('SADD', KEYS[tonumber(ARGV[4])], ARGV[3])
return 1`);

/** KEYS: the list. ARGV: index, the JSON the caller read, the new JSON. */
const setListElementScript = luaScript(`
if redis.call('LINDEX', KEYS[1], ARGV[1]) ~= ARGV[2] then return 0 end
redis.call('LSET', KEYS[1], ARGV[1], ARGV[3])
return 1`);

/** KEYS: an account's arrangements. ARGV: id, JSON. Appends only an arrangement whose id is not listed. */
const addArrangementScript = luaScript(`
for _, json in ipairs(redis.call('LRANGE', KEYS[1], 0, -1)) do
  if cjson.decode(json).id == ARGV[1] then return 0 end
end
redis.call('RPUSH', KEYS[1], ARGV[2])
return 1`);

/**
 * KEYS: the log. ARGV: the entry's id as its JSON spells it ("id":"..."), the JSON, how many entries
 * to look back. A quote inside a string is escaped in JSON, so only an entry's own id field matches.
 */
const appendOnceScript = luaScript(`
for _, json in ipairs(redis.call('LRANGE', KEYS[1], -tonumber(ARGV[3]), -1)) do
  if string.find(json, ARGV[1], 1, true) then return 0 end
end
redis.call('RPUSH', KEYS[1], ARGV[2])
return 1`);

/** KEYS: due set, jobs hash, done set, dead hash. ARGV: id, due (ms), JSON. Adds only a job neither queued, lately completed nor dead. */
const scheduleJobScript = luaScript(`
if redis.call('HEXISTS', KEYS[2], ARGV[1]) == 1 or redis.call('ZSCORE', KEYS[3], ARGV[1]) or redis.call('HEXISTS', KEYS[4], ARGV[1]) == 1 then return 0 end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
return 1`);

/** KEYS: due set, jobs hash. ARGV: now (ms), limit, lease end (ms). Leases the due jobs and returns them. */
const claimJobsScript = luaScript(`
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
if #ids == 0 then return {} end
for _, id in ipairs(ids) do redis.call('ZADD', KEYS[1], ARGV[3], id) end
return redis.call('HMGET', KEYS[2], unpack(ids))`);

/** KEYS: the counter. ARGV: its time to live (ms), set when this call created it. */
const incrementScript = luaScript(`
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return count`);

/** KEYS: due set, jobs hash, done set. ARGV: id, how long (ms) completed ids are kept. */
const completeJobScript = luaScript(`
local dueAt = redis.call('ZSCORE', KEYS[1], ARGV[1])
if not dueAt then return 0 end
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('HDEL', KEYS[2], ARGV[1])
redis.call('ZADD', KEYS[3], dueAt, ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', '(' .. (tonumber(dueAt) - tonumber(ARGV[2])))
return 1`);

/**
 * KEYS: seq, entries, once. ARGV: JSON, keep, ttl (ms), once key ('' for none), channel.
 * Answers { number, 1 } for an append, { the once key's number, 0 } for a repeat.
 */
const appendFeedScript = luaScript(`
if ARGV[4] ~= '' then
  local earlier = redis.call('ZSCORE', KEYS[3], ARGV[4])
  if earlier then return { tonumber(earlier), 0 } end
end
local keep = tonumber(ARGV[2])
local sequence = redis.call('INCR', KEYS[1])
redis.call('ZADD', KEYS[2], sequence, sequence .. ' ' .. ARGV[1])
redis.call('ZREMRANGEBYRANK', KEYS[2], 0, -keep - 1)
if ARGV[4] ~= '' then
  redis.call('ZADD', KEYS[3], sequence, ARGV[4])
  redis.call('ZREMRANGEBYRANK', KEYS[3], 0, -keep - 1)
end
for i = 1, 3 do redis.call('PEXPIRE', KEYS[i], ARGV[3]) end
redis.call('PUBLISH', ARGV[5], sequence)
return { sequence, 1 }`);

/** KEYS: seq, entries. ARGV: after. Answers the last number, then the entries above `after`, in one read. */
const readFeedScript = luaScript(`
local page = redis.call('ZRANGEBYSCORE', KEYS[2], '(' .. ARGV[1], '+inf')
table.insert(page, 1, tonumber(redis.call('GET', KEYS[1]) or '0'))
return page`);

/** KEYS: due set, jobs hash, dead hash. ARGV: id, JSON DeadJob. Takes the job out of its queue into the dead list. */
const buryJobScript = luaScript(`
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('HDEL', KEYS[2], ARGV[1])
redis.call('HSET', KEYS[3], ARGV[1], ARGV[2])
return 1`);

/** KEYS: dead hash, jobs hash, due set. ARGV: id, the DeadJob JSON the caller read, job JSON, due (ms). */
const reviveJobScript = luaScript(`
if redis.call('HGET', KEYS[1], ARGV[1]) ~= ARGV[2] then return 0 end
redis.call('HDEL', KEYS[1], ARGV[1])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
redis.call('ZADD', KEYS[3], ARGV[4], ARGV[1])
return 1`);

/** KEYS: dead hash, done set. ARGV: id, the DeadJob JSON the caller read, its due time (ms), how long (ms) completed ids are kept. */
const discardDeadJobScript = luaScript(`
if redis.call('HGET', KEYS[1], ARGV[1]) ~= ARGV[2] then return 0 end
redis.call('HDEL', KEYS[1], ARGV[1])
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. (tonumber(ARGV[3]) - tonumber(ARGV[4])))
return 1`);

/** Deletes the lock only if we still hold it: after expiry it may belong to someone else. */
const releaseLockScript = luaScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`);

const renewLockScript = luaScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`);

const handoffStatusSlots = { open: 2, claimed: 3, resolved: 4 } satisfies Record<HandoffStatus, number>;
const handoffStatuses = Object.keys(handoffStatusSlots) as HandoffStatus[];

/** Replies that mean "Redis cannot serve right now", not "this command is wrong". */
const transientReply = /^(LOADING|BUSY|CLUSTERDOWN|TRYAGAIN|MASTERDOWN|READONLY)\b/;

/** Compare-and-set retries; each failed round means another writer succeeded, so this is generous. */
const maxUpdateAttempts = 20;
const putAccountsBatch = 200;

export class RedisStore implements Store {
  private readonly prefix: string;
  private readonly lockTtlMs: number;
  private readonly lockWaitMs: number;
  private readonly commandDeadlineMs: number;
  // Turns of one process queue here first, so only one of them at a time polls the Redis lock.
  private readonly localTurns = new KeyedQueue();
  /** The subscriber connection (opened on the first watch) and the watchers of each channel. */
  private subscriber: RedisClient | null = null;
  private readonly feedWatchers = new Map<string, { listeners: Set<() => void>; subscribed: Promise<unknown> }>();

  constructor(
    private readonly client: RedisClient,
    options: RedisStoreOptions = {},
  ) {
    this.prefix = options.keyPrefix ?? 'amicable:';
    this.lockTtlMs = options.lockTtlMs ?? 15_000;
    this.lockWaitMs = options.lockWaitMs ?? 10_000;
    this.commandDeadlineMs = options.commandDeadlineMs ?? 3_000;
  }

  async putAccounts(accounts: Account[]): Promise<void> {
    for (let start = 0; start < accounts.length; start += putAccountsBatch) {
      await Promise.all(accounts.slice(start, start + putAccountsBatch).map((account) => this.putAccount(account)));
    }
  }

  async getAccount(id: string): Promise<Account | null> {
    return parseOrNull<Account>(await this.redis((c) => c.get(this.accountKey(id))));
  }

  async findAccountsByPhone(phone: string): Promise<Account[]> {
    const ids = await this.redis((c) => c.smembers(this.phoneKey(phone)));
    const accounts = await Promise.all(ids.map((id) => this.getAccount(id)));
    return accounts
      .filter((account): account is Account => account !== null && account.phone === phone)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** Optimistic: `change` may run again on a fresher account when another writer got in first. */
  async updateAccount(id: string, change: (account: Account) => Account): Promise<Account> {
    const key = this.accountKey(id);
    for (let attempt = 0; attempt < maxUpdateAttempts; attempt++) {
      const json = await this.redis((c) => c.get(key));
      if (json === null) throw new StoreError('not_found', `account ${id} does not exist`);
      const current = JSON.parse(json) as Account;
      const previousPhone = current.phone;
      const updatedJson = JSON.stringify(change(current));
      const updated = JSON.parse(updatedJson) as Account;
      // Index the new phone before the write, so a crash in between leaves a stale entry, never a missing one.
      if (updated.phone !== previousPhone) await this.redis((c) => c.sadd(this.phoneKey(updated.phone), id));
      if ((await this.redis((c) => evalScript(c, compareAndSetScript, 1, key, json, updatedJson))) === 1) {
        if (updated.phone !== previousPhone) await this.redis((c) => c.srem(this.phoneKey(previousPhone), id));
        return updated;
      }
    }
    throw new StoreError('conflict', `account ${id} kept changing under concurrent updates`);
  }

  async listAccountIds(): Promise<string[]> {
    return this.redis((c) => c.smembers(this.key('accounts')));
  }

  async addArrangement(arrangement: Arrangement): Promise<boolean> {
    const key = this.arrangementsKey(arrangement.accountId);
    return (await this.redis((c) => evalScript(c, addArrangementScript, 1, key, arrangement.id, JSON.stringify(arrangement)))) === 1;
  }

  async listArrangements(accountId: string): Promise<Arrangement[]> {
    const list = await this.redis((c) => c.lrange(this.arrangementsKey(accountId), 0, -1));
    return list.map((json) => JSON.parse(json) as Arrangement);
  }

  // The list only ever grows at its end, so an element's index is stable and the CAS is on its JSON.
  async updateArrangement(accountId: string, id: string, change: (arrangement: Arrangement) => Arrangement): Promise<Arrangement> {
    const key = this.arrangementsKey(accountId);
    for (let attempt = 0; attempt < maxUpdateAttempts; attempt++) {
      const list = await this.redis((c) => c.lrange(key, 0, -1));
      const index = list.findIndex((json) => (JSON.parse(json) as Arrangement).id === id);
      if (index < 0) throw new StoreError('not_found', `arrangement ${id} of account ${accountId} does not exist`);
      const json = list[index] as string;
      const updatedJson = JSON.stringify(change(JSON.parse(json) as Arrangement));
      if ((await this.redis((c) => evalScript(c, setListElementScript, 1, key, index, json, updatedJson))) === 1) {
        return JSON.parse(updatedJson) as Arrangement;
      }
    }
    throw new StoreError('conflict', `arrangement ${id} kept changing under concurrent updates`);
  }

  async addHandoff(handoff: HandoffCase): Promise<boolean> {
    return this.writeHandoff(handoff, JSON.stringify(handoff), '');
  }

  async getHandoff(id: string): Promise<HandoffCase | null> {
    return parseOrNull<HandoffCase>(await this.redis((c) => c.get(this.handoffKey(id))));
  }

  // An accountId filter reads the cases of the status sets it covers; handoffs are few enough.
  async listHandoffs(filter: HandoffFilter = {}): Promise<HandoffCase[]> {
    const ids = await this.redis((c) =>
      filter.status ? c.smembers(this.handoffStatusKey(filter.status)) : c.sunion(...handoffStatuses.map((status) => this.handoffStatusKey(status))),
    );
    if (ids.length === 0) return [];
    const jsons = await this.redis((c) => c.mget(ids.map((id) => this.handoffKey(id))));
    return jsons
      .filter((json): json is string => json !== null)
      .map((json) => JSON.parse(json) as HandoffCase)
      .filter((handoff) => matchesHandoffFilter(handoff, filter))
      .sort(oldestFirst);
  }

  /** Compare-and-set on the whole stored case: `change` may run again if the case changed meanwhile. */
  async updateHandoff(id: string, expected: HandoffStatus, change: (handoff: HandoffCase) => HandoffCase): Promise<HandoffCase | null> {
    for (let attempt = 0; attempt < maxUpdateAttempts; attempt++) {
      const json = await this.redis((c) => c.get(this.handoffKey(id)));
      if (json === null) return null;
      const current = JSON.parse(json) as HandoffCase;
      if (current.status !== expected) return null;
      const updatedJson = JSON.stringify(change(current));
      const updated = JSON.parse(updatedJson) as HandoffCase;
      if (await this.writeHandoff(updated, updatedJson, json)) return updated;
    }
    throw new StoreError('conflict', `handoff ${id} kept changing under concurrent updates`);
  }

  async appendLog<T>(key: string, entry: T): Promise<void> {
    await this.redis((c) => c.rpush(this.logKey(key), JSON.stringify(entry)));
  }

  async appendLogOnce<T extends { id: string }>(key: string, entry: T): Promise<boolean> {
    const idField = `"id":${JSON.stringify(entry.id)}`;
    return (await this.redis((c) => evalScript(c, appendOnceScript, 1, this.logKey(key), idField, JSON.stringify(entry), LOG_REPLAY_WINDOW))) === 1;
  }

  async readLog<T>(key: string): Promise<T[]> {
    const list = await this.redis((c) => c.lrange(this.logKey(key), 0, -1));
    return list.map((json) => JSON.parse(json) as T);
  }

  async deleteLog(key: string): Promise<void> {
    await this.redis((c) => c.del(this.logKey(key)));
  }

  async getDocument<T>(key: string): Promise<T | null> {
    return parseOrNull<T>(await this.redis((c) => c.get(this.documentKey(key))));
  }

  async setDocument<T>(key: string, value: T, ttlSeconds?: number): Promise<void> {
    const ttl = ttlMilliseconds(ttlSeconds);
    const json = JSON.stringify(value);
    await this.redis((c) => (ttl === undefined ? c.set(this.documentKey(key), json) : c.set(this.documentKey(key), json, 'PX', ttl)));
  }

  async deleteDocument(key: string): Promise<void> {
    await this.redis((c) => c.del(this.documentKey(key)));
  }

  async setDocumentIfAbsent<T>(key: string, value: T, ttlSeconds?: number): Promise<boolean> {
    const ttl = ttlMilliseconds(ttlSeconds);
    const json = JSON.stringify(value);
    const written = await this.redis((c) =>
      ttl === undefined ? c.set(this.documentKey(key), json, 'NX') : c.set(this.documentKey(key), json, 'PX', ttl, 'NX'),
    );
    return written === 'OK';
  }

  async incrementDocument(key: string, ttlSeconds: number): Promise<number> {
    const ttl = ttlMilliseconds(ttlSeconds);
    return (await this.redis((c) => evalScript(c, incrementScript, 1, this.documentKey(key), ttl as number))) as number;
  }

  async appendToFeed<T>(key: string, entry: T, options: FeedAppend): Promise<{ sequence: number; appended: boolean }> {
    const ttl = ttlMilliseconds(options.ttlSeconds) as number;
    const [sequence, appended] = (await this.redis((c) =>
      evalScript(c, appendFeedScript, 3, ...this.feedKeys(key), JSON.stringify(entry), options.keep, ttl, options.onceKey ?? '', this.feedChannel(key)),
    )) as [number, number];
    return { sequence, appended: appended === 1 };
  }

  async readFeed<T>(key: string, after: number): Promise<FeedPage<T>> {
    const [seq, entries] = this.feedKeys(key);
    const [sequence, ...members] = (await this.redis((c) => evalScript(c, readFeedScript, 2, seq, entries, after))) as [number, ...string[]];
    return {
      sequence,
      entries: members.map((member) => {
        const space = member.indexOf(' ');
        return { sequence: Number(member.slice(0, space)), entry: JSON.parse(member.slice(space + 1)) as T };
      }),
    };
  }

  async watchFeed(key: string, listener: () => void): Promise<() => void> {
    const channel = this.feedChannel(key);
    let watch = this.feedWatchers.get(channel);
    if (!watch) {
      const subscriber = this.subscriberConnection();
      const subscribed = this.redis(() => subscriber.subscribe(channel), subscriber);
      this.feedWatchers.set(channel, (watch = { listeners: new Set(), subscribed }));
      subscribed.catch(() => {
        if (this.feedWatchers.get(channel) === watch) this.feedWatchers.delete(channel);
      });
    }
    await watch.subscribed;
    // The last watcher left while this one waited for the subscription: subscribe anew.
    if (this.feedWatchers.get(channel) !== watch) return this.watchFeed(key, listener);
    const { listeners } = watch;
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size > 0 || this.feedWatchers.get(channel) !== watch) return;
      this.feedWatchers.delete(channel);
      // Unwatched: a lost UNSUBSCRIBE only costs notices nobody listens to.
      this.subscriber?.unsubscribe(channel).catch(() => undefined);
    };
  }

  /** One per process: a connection in subscriber mode can do nothing else. */
  private subscriberConnection(): RedisClient {
    if (this.subscriber) return this.subscriber;
    const subscriber: RedisClient = this.client instanceof Cluster ? this.client.duplicate() : this.client.duplicate();
    subscriber.on('error', () => {});
    subscriber.on('message', (channel: string) => {
      for (const listener of [...(this.feedWatchers.get(channel)?.listeners ?? [])]) listener();
    });
    // After a reconnect (ioredis subscribes again by itself) notices may have been missed: every watcher reads again.
    let connectedBefore = false;
    subscriber.on('ready', () => {
      if (connectedBefore) for (const { listeners } of this.feedWatchers.values()) for (const listener of [...listeners]) listener();
      connectedBefore = true;
    });
    return (this.subscriber = subscriber);
  }

  async scheduleJob<T>(queue: string, job: ScheduledJob<T>): Promise<boolean> {
    const [due, jobs, done, dead] = this.queueKeys(queue);
    return (await this.redis((c) => evalScript(c, scheduleJobScript, 4, due, jobs, done, dead, job.id, Date.parse(job.runAt), JSON.stringify(job)))) === 1;
  }

  async claimDueJobs<T>(queue: string, now: Date, limit: number, leaseMs: number): Promise<ScheduledJob<T>[]> {
    const [due, jobs] = this.queueKeys(queue);
    const jsons = (await this.redis((c) => evalScript(c, claimJobsScript, 2, due, jobs, now.getTime(), limit, now.getTime() + leaseMs))) as (string | null)[];
    return jsons.filter((json): json is string => json !== null).map((json) => JSON.parse(json) as ScheduledJob<T>);
  }

  async rescheduleJob<T>(queue: string, job: ScheduledJob<T>): Promise<void> {
    const [due, jobs] = this.queueKeys(queue);
    await this.redis((c) => c.multi().hset(jobs, job.id, JSON.stringify(job)).zadd(due, Date.parse(job.runAt), job.id).exec());
  }

  async completeJob(queue: string, id: string): Promise<void> {
    const [due, jobs, done] = this.queueKeys(queue);
    await this.redis((c) => evalScript(c, completeJobScript, 3, due, jobs, done, id, COMPLETED_JOBS_KEPT_MS));
  }

  async countJobs(queue: string): Promise<number> {
    return this.redis((c) => c.zcard(this.queueKeys(queue)[0]));
  }

  async buryJob<T>(dead: DeadJob<T>): Promise<void> {
    const [due, jobs, , deadJobs] = this.queueKeys(dead.queue);
    // The queue is listed first: a bury that fails after it leaves a name with nothing dead, never a lost entry.
    await this.redis((c) => c.sadd(this.key('dead-queues'), dead.queue));
    await this.redis((c) => evalScript(c, buryJobScript, 3, due, jobs, deadJobs, dead.job.id, JSON.stringify(dead)));
  }

  async listDeadJobs(): Promise<DeadJob[]> {
    const queues = await this.redis((c) => c.smembers(this.key('dead-queues')));
    const jsons = (await Promise.all(queues.map((queue) => this.redis((c) => c.hvals(this.queueKeys(queue)[3]))))).flat();
    return jsons.map((json) => JSON.parse(json) as DeadJob).sort((a, b) => Date.parse(a.diedAt) - Date.parse(b.diedAt));
  }

  async reviveJob(queue: string, id: string, runAt: Date): Promise<boolean> {
    const [due, jobs, , deadJobs] = this.queueKeys(queue);
    const json = await this.redis((c) => c.hget(deadJobs, id));
    if (json === null) return false;
    const job = { ...(JSON.parse(json) as DeadJob).job, runAt: runAt.toISOString() };
    return (await this.redis((c) => evalScript(c, reviveJobScript, 3, deadJobs, jobs, due, id, json, JSON.stringify(job), runAt.getTime()))) === 1;
  }

  async discardDeadJob(queue: string, id: string): Promise<boolean> {
    const [, , done, deadJobs] = this.queueKeys(queue);
    const json = await this.redis((c) => c.hget(deadJobs, id));
    if (json === null) return false;
    const dueAt = Date.parse((JSON.parse(json) as DeadJob).job.runAt);
    return (await this.redis((c) => evalScript(c, discardDeadJobScript, 2, deadJobs, done, id, json, dueAt, COMPLETED_JOBS_KEPT_MS))) === 1;
  }

  withLock<T>(key: string, work: () => Promise<T>): Promise<T> {
    return this.localTurns.run(key, () => this.holdingRedisLock(this.key(`lock:${key}`), work));
  }

  async ping(): Promise<void> {
    await this.redis((c) => c.ping());
  }

  async close(): Promise<void> {
    const subscriber = this.subscriber;
    this.subscriber = null;
    this.feedWatchers.clear();
    if (subscriber) await this.redis((c) => c.quit(), subscriber).catch(() => subscriber.disconnect());
    try {
      // QUIT lets replies already on their way arrive; it gets the same deadline as any command.
      await this.redis((c) => c.quit());
    } catch {
      // Redis is gone or silent: drop the socket and stop reconnecting.
      this.client.disconnect();
    }
  }

  private async putAccount(account: Account): Promise<void> {
    await this.redis((c) => c.sadd(this.key('accounts'), account.id));
    await this.redis((c) => c.sadd(this.phoneKey(account.phone), account.id));
    const previous = parseOrNull<Account>(await this.redis((c) => c.set(this.accountKey(account.id), JSON.stringify(account), 'GET')));
    if (previous && previous.phone !== account.phone) await this.redis((c) => c.srem(this.phoneKey(previous.phone), account.id));
  }

  /** Writes the case and files it under its status, if the stored case is still `readJson`. */
  private async writeHandoff(handoff: HandoffCase, json: string, readJson: string): Promise<boolean> {
    const keys = [this.handoffKey(handoff.id), ...handoffStatuses.map((status) => this.handoffStatusKey(status))];
    const written = await this.redis((c) => evalScript(c, writeHandoffScript, keys.length, ...keys, readJson, json, handoff.id, handoffStatusSlots[handoff.status]));
    return written === 1;
  }

  private async holdingRedisLock<T>(lockKey: string, work: () => Promise<T>): Promise<T> {
    const token = randomUUID();
    await this.acquireLock(lockKey, token);
    // A turn slower than the TTL (a slow model call) keeps its lock; a crashed holder's lapses.
    const renewal = setInterval(() => {
      this.redis((c) => evalScript(c, renewLockScript, 1, lockKey, token, this.lockTtlMs)).catch(() => {
        // The next renewal tries again; if Redis stays away the lock lapses, which is all we can do.
      });
    }, this.lockTtlMs / 3);
    renewal.unref();
    try {
      return await work();
    } finally {
      clearInterval(renewal);
      // The work's outcome is what the caller needs; if Redis is unreachable the lock lapses by its TTL.
      await this.redis((c) => evalScript(c, releaseLockScript, 1, lockKey, token)).catch(() => undefined);
    }
  }

  private async acquireLock(lockKey: string, token: string): Promise<void> {
    // Elapsed real time bounds the wait; it is not domain time, so no Clock.
    const giveUpAt = performance.now() + this.lockWaitMs;
    let pause = 5;
    for (;;) {
      if ((await this.redis((c) => c.set(lockKey, token, 'PX', this.lockTtlMs, 'NX'))) === 'OK') return;
      if (performance.now() + pause > giveUpAt) {
        throw new StoreError('lock_timeout', `waited ${this.lockWaitMs} ms for ${lockKey}`);
      }
      // Jitter keeps waiting instances from polling in lockstep.
      await sleep(pause + Math.random() * pause);
      pause = Math.min(pause * 2, 100);
    }
  }

  /** Runs one Redis command with a deadline, turning connection trouble into StoreError 'unavailable'. */
  private async redis<T>(command: (client: RedisClient) => Promise<T>, client: RedisClient = this.client): Promise<T> {
    // Between failed connection attempts Redis is known to be down: say so now rather than
    // queue the command until the next attempt fails too.
    if (client.status === 'reconnecting') throw new StoreError('unavailable', 'Redis is unavailable: reconnecting');
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StoreError('unavailable', `Redis did not answer within ${this.commandDeadlineMs} ms`)), this.commandDeadlineMs);
    });
    try {
      return await Promise.race([command(client), deadline]);
    } catch (error) {
      throw asStoreError(error);
    } finally {
      clearTimeout(timer);
    }
  }

  private key(suffix: string): string {
    return this.prefix + suffix;
  }
  private accountKey(id: string): string {
    return this.key(`account:${id}`);
  }
  private phoneKey(phone: string): string {
    return this.key(`phone:${phone}`);
  }
  private arrangementsKey(accountId: string): string {
    return this.key(`arrangements:${accountId}`);
  }
  private handoffKey(id: string): string {
    return this.key(`{handoffs}:case:${id}`);
  }
  private handoffStatusKey(status: HandoffStatus): string {
    return this.key(`{handoffs}:status:${status}`);
  }
  private logKey(key: string): string {
    return this.key(`log:${key}`);
  }
  private queueKeys(name: string): [due: string, jobs: string, done: string, dead: string] {
    const slot = `{queue:${name}}`;
    return [this.key(`${slot}:due`), this.key(`${slot}:jobs`), this.key(`${slot}:done`), this.key(`${slot}:dead`)];
  }
  private feedKeys(key: string): [seq: string, entries: string, once: string] {
    return [this.key(`{feed:${key}}:seq`), this.key(`{feed:${key}}:entries`), this.key(`{feed:${key}}:once`)];
  }
  private feedChannel(key: string): string {
    return this.key(`feed:${key}`);
  }
  private documentKey(key: string): string {
    return this.key(`doc:${key}`);
  }
}

function parseOrNull<T>(json: string | null): T | null {
  return json === null ? null : (JSON.parse(json) as T);
}

/** A wrong command is a bug and keeps its ReplyError; everything else means Redis is unavailable. */
function asStoreError(error: unknown): unknown {
  if (error instanceof StoreError) return error;
  if (error instanceof ReplyError && !transientReply.test((error as Error).message)) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new StoreError('unavailable', `Redis is unavailable: ${reason}`, { cause: error });
}
