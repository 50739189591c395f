import { spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppUnderTest } from '../../support/app-under-test';
import { freePort, spawnRedisServer, waitForRedis } from '../../support/redis-server';

const readyz = async (app: AppUnderTest) => {
  const response = await fetch(`${app.baseUrl}/readyz`);
  return { status: response.status, body: (await response.json()) as any };
};

/**
 * Redis restarted without persistence under a running assistant: it answers again, but empty.
 * /readyz must not call that ready while every account answers 404.
 */
describe.skipIf(spawnSync('redis-server', ['--version']).status !== 0)('readiness after Redis lost its data', () => {
  let port: number;
  let dir: string;
  let redis: ChildProcess;
  const apps: AppUnderTest[] = [];
  const keyPrefix = 'data-loss:';

  const startRedis = async () => {
    redis = spawnRedisServer(port, dir);
    await waitForRedis(port);
  };

  beforeAll(async () => {
    port = await freePort();
    dir = mkdtempSync(join(tmpdir(), 'amicable-data-loss-'));
    await startRedis();
  });

  afterAll(async () => {
    for (const app of apps) await app.close();
    if (redis?.exitCode === null) {
      redis.kill('SIGKILL');
      await once(redis, 'exit');
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 503 store_emptied until the portfolio is loaded again', async () => {
    const app = await startApp({ store: 'redis', redisUrl: `redis://127.0.0.1:${port}`, keyPrefix });
    apps.push(app);
    expect(await readyz(app)).toEqual({ status: 200, body: { status: 'ready' } });

    redis.kill('SIGKILL');
    await once(redis, 'exit');
    await startRedis();
    // The client reconnects by itself; until then the store does not answer at all.
    let state = await readyz(app);
    for (let attempt = 0; attempt < 100 && state.body.error?.code === 'store_unavailable'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      state = await readyz(app);
    }
    expect(state.status).toBe(503);
    expect(state.body.error.code).toBe('store_emptied');
    expect((await app.operator('/api/accounts/NW-1001')).status).toBe(404);

    // Another instance starting (or this one restarting) loads the portfolio: ready again, everywhere.
    const restarted = await startApp({ store: 'redis', redisUrl: `redis://127.0.0.1:${port}`, keyPrefix });
    apps.push(restarted);
    expect(await readyz(restarted)).toEqual({ status: 200, body: { status: 'ready' } });
    expect(await readyz(app)).toEqual({ status: 200, body: { status: 'ready' } });
    expect((await app.operator('/api/accounts/NW-1001')).status).toBe(200);
  }, 30_000);
});
