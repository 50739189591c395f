import { Cluster, Redis, type RedisOptions } from 'ioredis';

export type RedisClient = Redis | Cluster;

/**
 * Connection behaviour, chosen so that a Redis outage makes turns fail fast with an error the
 * caller can report, instead of hanging, and so that the client heals by itself afterwards:
 * - maxRetriesPerRequest 0: a command waiting on a connection (issued while connecting, or in
 *   flight when the connection dropped) is rejected as soon as one connection attempt fails. It
 *   is never replayed on a later connection, where an RPUSH would land twice.
 * - the offline queue stays on, so commands issued at start-up, before the first connection is
 *   ready, wait for it rather than failing.
 * - retryStrategy: reconnect forever, backing off to at most 1 s, so service resumes within
 *   about a second of Redis coming back.
 * - connectTimeout 2 s: an unreachable host (packets dropped, no refusal) counts as a failed
 *   attempt quickly.
 * RedisStore adds its own deadline per command on top (see RedisStore), which also bounds the
 * Cluster client's offline queue.
 */
const connectionOptions: RedisOptions = {
  maxRetriesPerRequest: 0,
  autoResendUnfulfilledCommands: false,
  retryStrategy: (attempt) => Math.min(50 * 2 ** attempt, 1000),
  connectTimeout: 2000,
  // Many small commands from concurrent turns share one connection; batching them is free throughput.
  enableAutoPipelining: true,
};

/**
 * One URL connects to a single Redis; several comma-separated URLs are the seed nodes of a
 * Redis Cluster (credentials and TLS are taken from the first).
 */
export function createRedisClient(redisUrls: string): RedisClient {
  const urls = redisUrls
    .split(',')
    .map((url) => url.trim())
    .filter((url) => url !== '');
  const [first] = urls;
  if (first === undefined) throw new Error('createRedisClient needs at least one Redis URL');
  const client: RedisClient =
    urls.length === 1
      ? new Redis(first, connectionOptions)
      : new Cluster(urls.map(seedNode), {
          redisOptions: { ...connectionOptions, ...nodeOptions(first) },
          clusterRetryStrategy: (attempt) => Math.min(50 * 2 ** attempt, 1000),
          enableAutoPipelining: true,
        });
  // Connection errors reach callers as rejected commands (StoreError 'unavailable') and ping();
  // without a listener ioredis would also print every failed reconnect attempt.
  client.on('error', () => {});
  return client;
}

function seedNode(url: string): { host: string; port: number } {
  const parsed = new URL(url);
  return { host: parsed.hostname, port: Number(parsed.port || 6379) };
}

function nodeOptions(url: string): Pick<RedisOptions, 'username' | 'password' | 'tls'> {
  const parsed = new URL(url);
  return {
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
  };
}
