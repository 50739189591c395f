import { systemClock, type Clock } from '../domain/clock';
import { MemoryStore } from './memory';
import { RedisStore } from './redis';
import { createRedisClient } from './redis-client';
import type { Store } from './store';

export interface StoreOptions {
  kind: 'memory' | 'redis';
  /** One URL, or several comma-separated seed URLs of a Redis Cluster. */
  redisUrl?: string;
  /** Time for the memory store's document expiry; Redis expires documents by its own clock. */
  clock?: Clock;
  keyPrefix?: string;
  /** Redis: how long a dead instance's conversation lock outlives it (RedisStoreOptions.lockTtlMs). */
  lockTtlMs?: number;
}

export function createStore(options: StoreOptions): Store {
  if (options.kind === 'memory') return new MemoryStore(options.clock ?? systemClock);
  if (!options.redisUrl) throw new Error('createStore: kind "redis" needs a redisUrl');
  return new RedisStore(createRedisClient(options.redisUrl), { keyPrefix: options.keyPrefix, lockTtlMs: options.lockTtlMs });
}
