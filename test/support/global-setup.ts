import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, spawnRedisServer, waitForRedis } from './redis-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A Redis the suite may use, or '' when none could be had outside CI. */
    redisUrl: string;
  }
}

/**
 * Starts the suite's own redis-server on a free port so runs never collide with each other.
 * Integration and e2e each run this for themselves, so each gets its own Redis and its own teardown.
 */
export async function setup(project: TestProject): Promise<(() => void) | undefined> {
  if (process.env.REDIS_URL) {
    project.provide('redisUrl', process.env.REDIS_URL);
    return undefined;
  }
  const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
  if (!hasRedis) {
    if (process.env.CI === 'true') throw new Error('redis-server is not installed (CI=true: a missing prerequisite fails the run)');
    project.provide('redisUrl', '');
    return undefined;
  }
  const port = await freePort();
  const redisDir = mkdtempSync(join(tmpdir(), 'amicable-redis-'));
  const redis = spawnRedisServer(port, redisDir);
  await waitForRedis(port);
  project.provide('redisUrl', `redis://127.0.0.1:${port}`);
  return () => {
    redis.kill('SIGTERM');
    rmSync(redisDir, { recursive: true, force: true });
  };
}
