import { spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type Server } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { Cluster } from 'ioredis';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createStore } from '../../../src/store/create-store';
import { RedisStore, type RedisStoreOptions } from '../../../src/store/redis';
import { createRedisClient } from '../../../src/store/redis-client';
import type { Store } from '../../../src/store/store';
import { redisUrlForTests } from '../../support/redis';
import { freePort, spawnRedisServer } from '../../support/redis-server';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aHandoff, anAccount, describeStoreContract } from './store-contract';

const redisUrl = redisUrlForTests();
// Every key this file writes lives under its own scope, so parallel test files never collide
// and the clean-up removes only what this file made.
const fileScope = `test:store-redis:${randomUUID().slice(0, 8)}:`;
let prefixes = 0;
const freshPrefix = () => `${fileScope}${++prefixes}:`;

async function expectUnavailable(operation: Promise<unknown>): Promise<void> {
  await expect(operation).rejects.toMatchObject({ name: 'StoreError', code: 'unavailable' });
}

describe.skipIf(!redisUrl)('Redis store', () => {
  const url = redisUrl!;
  const opened: Store[] = [];
  /** A store as another process would have it: its own connection, the same keys. */
  const instance = (keyPrefix: string, options: Omit<RedisStoreOptions, 'keyPrefix'> = {}) => {
    const store = new RedisStore(createRedisClient(url), { keyPrefix, ...options });
    opened.push(store);
    return store;
  };

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
  });
  afterAll(async () => {
    const redis = createRedisClient(url);
    // REDIS_URL may name Cluster seeds: scan every master, and delete key by key (keys span slots).
    await redis.ping(); // a Cluster client knows its nodes once it is ready
    for (const node of redis instanceof Cluster ? redis.nodes('master') : [redis]) {
      let cursor = '0';
      do {
        const [next, keys] = await node.scan(cursor, 'MATCH', `${fileScope}*`, 'COUNT', 1000);
        await Promise.all(keys.map((key) => node.unlink(key)));
        cursor = next;
      } while (cursor !== '0');
    }
    await redis.quit();
  });

  describeStoreContract('Redis store', async () => ({
    store: createStore({ kind: 'redis', redisUrl: url, keyPrefix: freshPrefix() }),
    elapse: (ms) => sleep(ms),
  }));

  describe('shared by several instances', () => {
    it('never lets two instances hold one lock at once', async () => {
      const prefix = freshPrefix();
      const [first, second] = [instance(prefix), instance(prefix)];
      let running = 0;
      let mostAtOnce = 0;
      await Promise.all(
        Array.from({ length: 20 }, (_, turn) =>
          (turn % 2 ? first : second).withLock('conversation:1', async () => {
            running++;
            mostAtOnce = Math.max(mostAtOnce, running);
            // A read-modify-write that loses updates unless the lock really excludes.
            const count = (await first.getDocument<number>('count')) ?? 0;
            await sleep(2);
            await second.setDocument('count', count + 1);
            running--;
          }),
        ),
      );
      expect(mostAtOnce).toBe(1);
      expect(await first.getDocument('count')).toBe(20);
    });

    it('keeps the lock of a turn that runs past the lock TTL', async () => {
      const prefix = freshPrefix();
      const [first, second] = [instance(prefix, { lockTtlMs: 300 }), instance(prefix, { lockTtlMs: 300 })];
      const events: string[] = [];
      let slowTurnStarted!: () => void;
      const started = new Promise<void>((resolve) => (slowTurnStarted = resolve));
      const slowTurn = first.withLock('conversation:1', async () => {
        events.push('slow turn starts');
        slowTurnStarted();
        await sleep(1000);
        events.push('slow turn ends');
      });
      await started;
      await second.withLock('conversation:1', async () => {
        events.push('other turn runs');
      });
      await slowTurn;
      expect(events).toEqual(['slow turn starts', 'slow turn ends', 'other turn runs']);
    });

    it("takes over a lock whose holder died, once the lock's TTL lapses", async () => {
      const prefix = freshPrefix();
      const redis = createRedisClient(url);
      await redis.set(`${prefix}lock:conversation:1`, 'crashed-instance', 'PX', 300);
      await redis.quit();
      const started = performance.now();
      expect(await instance(prefix).withLock('conversation:1', async () => 'ran')).toBe('ran');
      expect(performance.now() - started).toBeGreaterThanOrEqual(250);
    });

    it('fails with lock_timeout when another instance holds the lock too long, and never runs the work', async () => {
      const prefix = freshPrefix();
      const [holder, waiter] = [instance(prefix), instance(prefix, { lockWaitMs: 200 })];
      let release!: () => void;
      let holding!: () => void;
      const holds = new Promise<void>((resolve) => (holding = resolve));
      const held = holder.withLock('conversation:1', () => {
        holding();
        return new Promise<void>((resolve) => (release = resolve));
      });
      await holds;
      let ran = false;
      await expect(
        waiter.withLock('conversation:1', async () => {
          ran = true;
        }),
      ).rejects.toMatchObject({ name: 'StoreError', code: 'lock_timeout' });
      expect(ran).toBe(false);
      release();
      await held;
      expect(await waiter.withLock('conversation:1', async () => 'now')).toBe('now');
    });

    it('lets exactly one of two instances claim a case when both try at once', async () => {
      const prefix = freshPrefix();
      const [ana, ben] = [instance(prefix), instance(prefix)];
      await ana.addHandoff(aHandoff());
      const results = await Promise.all(
        [ana, ben, ana, ben].map((store, n) => store.updateHandoff('case-1', 'open', (handoff) => ({ ...handoff, status: 'claimed', claimedBy: `specialist-${n}` }))),
      );
      expect(results.filter((result) => result !== null)).toHaveLength(1);
      expect(await ben.listHandoffs({ status: 'open' })).toEqual([]);
    });

    it("tells a feed's watcher on one instance when another instance appends, and numbers both instances' entries in one order", async () => {
      const prefix = freshPrefix();
      const [watching, appending] = [instance(prefix), instance(prefix)];
      const seen: number[] = [];
      const stop = await watching.watchFeed('webchat:c1', () => {
        void watching.readFeed('webchat:c1', 0).then((page) => seen.push(page.sequence));
      });
      await Promise.all(Array.from({ length: 6 }, (_, n) => (n % 2 ? watching : appending).appendToFeed('webchat:c1', { n }, { keep: 10, ttlSeconds: 60 })));
      for (let wait = 0; wait < 200 && !seen.includes(6); wait++) await sleep(10);
      expect(seen).toContain(6);
      expect((await appending.readFeed('webchat:c1', 0)).entries.map((kept) => kept.sequence)).toEqual([1, 2, 3, 4, 5, 6]);
      stop();
    });

    it('loses no account change when two instances update at once', async () => {
      const prefix = freshPrefix();
      const [first, second] = [instance(prefix), instance(prefix)];
      await first.putAccounts([anAccount()]);
      const flags = ['dispute', 'cease', 'attorney', 'hardship'] as const;
      await Promise.all(flags.map((flag, n) => (n % 2 ? first : second).updateAccount('NW-1001', (account) => ({ ...account, flags: [...account.flags, flag] }))));
      expect((await second.getAccount('NW-1001'))?.flags.slice().sort()).toEqual([...flags].sort());
    });

    it('runs its scripts by SHA1 and again after Redis forgot them (SCRIPT FLUSH, as after a restart)', async () => {
      const store = instance(freshPrefix());
      const admin = createRedisClient(url);
      const forget = async () => {
        for (const node of admin instanceof Cluster ? admin.nodes('master') : [admin]) await node.script('FLUSH');
      };
      await admin.ping();
      await forget();
      expect(await store.incrementDocument('count', 60)).toBe(1);
      expect(await store.appendLogOnce('log', { id: 'a' })).toBe(true);
      expect(await store.incrementDocument('count', 60)).toBe(2);
      await forget();
      expect(await store.appendLogOnce('log', { id: 'a' })).toBe(false);
      expect(await store.appendLogOnce('log', { id: 'b' })).toBe(true);
      expect(await store.incrementDocument('count', 60)).toBe(3);
      expect(await store.readLog('log')).toEqual([{ id: 'a' }, { id: 'b' }]);
      await admin.quit();
    });
  });

  describe('when Redis cannot answer', () => {
    it('fails every kind of operation fast with StoreError unavailable when nothing listens', async () => {
      const store = createStore({ kind: 'redis', redisUrl: `redis://127.0.0.1:${await freePort()}`, keyPrefix: freshPrefix() });
      opened.push(store);
      const started = performance.now();
      let worked = false;
      await expectUnavailable(store.ping());
      await expectUnavailable(store.getAccount('NW-1001'));
      await expectUnavailable(store.setDocument('session:1', { step: 'menu' }));
      await expectUnavailable(store.listHandoffs());
      await expectUnavailable(
        store.withLock('conversation:1', async () => {
          worked = true;
        }),
      );
      expect(worked).toBe(false);
      expect(performance.now() - started).toBeLessThan(2000);
    }, 5000);

    it('gives up on a server that accepts connections but never answers', async () => {
      const silent: Server = createServer(() => {});
      silent.listen(0, '127.0.0.1');
      await once(silent, 'listening');
      const port = (silent.address() as { port: number }).port;
      const store = new RedisStore(createRedisClient(`redis://127.0.0.1:${port}`), { keyPrefix: freshPrefix(), commandDeadlineMs: 300 });
      opened.push(store);
      await expectUnavailable(store.getDocument('session:1'));
      await store.close();
      silent.close();
    }, 5000);

    describe.skipIf(spawnSync('redis-server', ['--version']).status !== 0)('across a Redis restart', () => {
      let server: ChildProcess | undefined;
      const startRedis = (port: number) => {
        server = spawnRedisServer(port, tmpdir());
      };
      const stopRedis = async () => {
        if (!server || server.exitCode !== null) return;
        server.kill('SIGKILL');
        await once(server, 'exit');
      };
      afterEach(stopRedis);

      async function untilAnswering(store: Store): Promise<void> {
        const giveUpAt = performance.now() + 5000;
        for (;;) {
          try {
            return await store.ping();
          } catch (error) {
            if (performance.now() > giveUpAt) throw error;
            await sleep(50);
          }
        }
      }

      it('fails fast while Redis is down and serves again by itself once it is back', async () => {
        const port = await freePort();
        startRedis(port);
        const store = createStore({ kind: 'redis', redisUrl: `redis://127.0.0.1:${port}`, keyPrefix: 'restart:' });
        opened.push(store);
        await untilAnswering(store);
        await store.setDocument('session:1', { step: 'menu' });

        await stopRedis();
        const started = performance.now();
        await expectUnavailable(store.getDocument('session:1'));
        await expectUnavailable(store.setDocument('session:1', { step: 'plan' }));
        expect(performance.now() - started).toBeLessThan(2500);

        startRedis(port);
        await untilAnswering(store);
        await store.setDocument('session:1', { step: 'plan' });
        expect(await store.getDocument('session:1')).toEqual({ step: 'plan' });
      }, 15_000);

      it("keeps a feed's watcher watching across a Redis restart: it hears of appends made after it", async () => {
        const port = await freePort();
        startRedis(port);
        const [watching, appending] = [0, 1].map(() => createStore({ kind: 'redis', redisUrl: `redis://127.0.0.1:${port}`, keyPrefix: 'restart:' }));
        opened.push(watching!, appending!);
        await untilAnswering(watching!);
        let notices = 0;
        await watching!.watchFeed('webchat:c1', () => notices++);

        await stopRedis();
        startRedis(port);
        await untilAnswering(appending!);
        const heard = async () => {
          for (let wait = 0; wait < 200 && notices === 0; wait++) await sleep(10);
          return notices;
        };
        // Appended until heard: the subscriber may still be reconnecting when the first append is published.
        for (let attempt = 0; attempt < 50 && notices === 0; attempt++) {
          await appending!.appendToFeed('webchat:c1', { text: 'after the restart' }, { keep: 10, ttlSeconds: 60 });
          await heard();
        }
        expect(notices).toBeGreaterThan(0);
        // Watching again for sure (the first notice may have been the one a reconnect sends): the next append is heard.
        notices = 0;
        await appending!.appendToFeed('webchat:c1', { text: 'and another' }, { keep: 10, ttlSeconds: 60 });
        expect(await heard()).toBe(1);
      }, 15_000);

      it('keeps the dead-letter list across a restart of a Redis that persists its writes', async () => {
        const port = await freePort();
        const dir = mkdtempSync(join(tmpdir(), 'amicable-dead-'));
        server = spawnRedisServer(port, dir, { appendOnly: true });
        const store = createStore({ kind: 'redis', redisUrl: `redis://127.0.0.1:${port}`, keyPrefix: 'dead:' });
        opened.push(store);
        await untilAnswering(store);
        const dead = { queue: 'creditor-events', job: { id: 'evt-1', runAt: '2026-11-23T14:00:00.000Z', attempts: 30, payload: { id: 'evt-1' } }, error: 'Error: 503', diedAt: '2026-11-24T14:00:00.000Z' };
        await store.scheduleJob(dead.queue, { ...dead.job, attempts: 0 });
        await store.buryJob(dead);

        await stopRedis();
        server = spawnRedisServer(port, dir, { appendOnly: true });
        await untilAnswering(store);
        expect(await store.listDeadJobs()).toEqual([dead]);
        expect(await store.reviveJob(dead.queue, 'evt-1', new Date('2026-11-24T15:00:00.000Z'))).toBe(true);
        expect(await store.countJobs(dead.queue)).toBe(1);
        rmSync(dir, { recursive: true, force: true });
      }, 15_000);
    });
  });
});
