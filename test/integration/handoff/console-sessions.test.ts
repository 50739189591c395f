import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALEX_PASSWORD_HASH, SPECIALISTS, startApp, type AppUnderTest } from '../../support/app-under-test';
import { redisUrlForTests } from '../../support/redis';

const CONSOLE = { 'X-Amicable-Console': '1', 'Content-Type': 'application/json' };
const redisUrl = redisUrlForTests();

/**
 * Console sessions live in the store, so they outlive a restart (and are shared by every instance
 * of a rolling deploy). SPECIALIST_USERS is read at start: each request checks the session against
 * the list the serving process has now.
 */
describe.skipIf(!redisUrl)('console sessions follow SPECIALIST_USERS (Redis store, across a restart)', () => {
  const apps: AppUnderTest[] = [];
  let keyPrefix = '';
  beforeEach(() => {
    keyPrefix = `sessions-${Math.random().toString(36).slice(2)}:`;
  });
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
  });

  const start = async (specialistUsers?: { name: string; secret: string }[]) => {
    const app = await startApp({ store: 'redis', redisUrl, keyPrefix, loadPortfolio: apps.length === 0, ...(specialistUsers ? { specialistUsers } : {}) });
    apps.push(app);
    return app;
  };

  async function signIn(app: AppUnderTest, name: string, password: string): Promise<string> {
    const response = await fetch(`${app.baseUrl}/console/login`, { method: 'POST', headers: CONSOLE, body: JSON.stringify({ name, password }) });
    expect(response.status).toBe(200);
    return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  }

  /** What a session can do: read the queue, say who it is, post an adjustment. */
  async function access(app: AppUnderTest, cookie: string) {
    const queue = await fetch(`${app.baseUrl}/api/handoffs`, { headers: { Cookie: cookie } });
    const me = (await (await fetch(`${app.baseUrl}/console/me`, { headers: { Cookie: cookie } })).json()) as { specialist: string | null };
    const adjustment = await fetch(`${app.baseUrl}/api/accounts/NW-1001/adjustments`, {
      method: 'POST',
      headers: { ...CONSOLE, Cookie: cookie },
      body: JSON.stringify({ kind: 'credit', amount: '1.00', reason: 'goodwill' }),
    });
    return { queue: queue.status, me: me.specialist, adjustment: adjustment.status };
  }

  it('signs out a specialist removed from the list at their next request; the others stay signed in', async () => {
    const before = await start();
    const sam = await signIn(before, 'sam', SPECIALISTS.sam);
    const alex = await signIn(before, 'alex', SPECIALISTS.alex);
    expect(await access(before, sam)).toEqual({ queue: 200, me: 'sam', adjustment: 201 });
    await before.close();
    apps.splice(0);

    const after = await start([{ name: 'alex', secret: ALEX_PASSWORD_HASH }]);
    expect(await access(after, sam)).toEqual({ queue: 401, me: null, adjustment: 401 });
    expect(await access(after, alex)).toEqual({ queue: 200, me: 'alex', adjustment: 201 });
  });

  it('signs out a specialist whose password changed, and lets them in with the new one', async () => {
    const before = await start();
    const sam = await signIn(before, 'sam', SPECIALISTS.sam);
    await before.close();
    apps.splice(0);

    const after = await start([{ name: 'sam', secret: 'a-new-password-for-sam' }, { name: 'alex', secret: ALEX_PASSWORD_HASH }]);
    expect(await access(after, sam)).toEqual({ queue: 401, me: null, adjustment: 401 });
    const again = await signIn(after, 'sam', 'a-new-password-for-sam');
    expect(await access(after, again)).toEqual({ queue: 200, me: 'sam', adjustment: 201 });
  });

  it('serves both lists at once during a rolling deploy: each instance judges by its own', async () => {
    const old = await start();
    const sam = await signIn(old, 'sam', SPECIALISTS.sam);
    const updated = await start([{ name: 'alex', secret: ALEX_PASSWORD_HASH }]);
    expect((await access(updated, sam)).queue).toBe(401);
    // The refused session is gone from the store, so the old instance no longer knows it either.
    expect((await access(old, sam)).queue).toBe(401);
  });
});
