import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { freePort, spawnRedisServer } from '../support/redis-server';

export interface BenchRedis {
  url: string;
  /** INFO memory used_memory, in bytes. */
  usedMemory(): Promise<number>;
  stop(): Promise<void>;
}

/** A throwaway redis-server on a free loopback port, without persistence so disk never skews a run. */
export async function startRedis(): Promise<BenchRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'amicable-bench-redis-'));
  const server: ChildProcess = spawnRedisServer(port, dir);
  const url = `redis://127.0.0.1:${port}`;
  const client = new Redis(url, { lazyConnect: true, retryStrategy: () => 50, maxRetriesPerRequest: 0 });
  client.on('error', () => {});
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await client.connect();
      await client.ping();
      break;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`redis-server on port ${port} did not answer: ${String(error)}`);
      client.disconnect();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    url,
    async usedMemory() {
      const info = await client.info('memory');
      const match = /used_memory:(\d+)/.exec(info);
      if (!match) throw new Error('INFO memory has no used_memory');
      return Number(match[1]);
    },
    async stop() {
      client.disconnect();
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
