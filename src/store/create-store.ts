import { systemClock, type Clock } from '../domain/clock';
import { MemoryStore } from './memory';
import { RedisStore } from './redis';
import type { Store } from './store';

export function createStore(options: { kind: 'memory' | 'redis'; redisUrl?: string; clock?: Clock; keyPrefix?: string }): Store {
  if (options.kind === 'memory') return new MemoryStore(options.clock ?? systemClock);
  if (!options.redisUrl) throw new Error('a Redis store needs a URL (REDIS_URL)');
  return new RedisStore({ url: options.redisUrl, keyPrefix: options.keyPrefix });
}
