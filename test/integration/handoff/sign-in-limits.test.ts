import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SignInLimits } from '../../../src/handoff/sign-in-limits';
import { SPECIALISTS, startApp, type AppUnderTest } from '../../support/app-under-test';
import { redisUrlForTests } from '../../support/redis';

const stores = [
  { name: 'memory store', kind: 'memory' as const, redisUrl: undefined as string | undefined },
  { name: 'Redis store', kind: 'redis' as const, redisUrl: redisUrlForTests() },
];

const CONSOLE = { 'X-Amicable-Console': '1', 'Content-Type': 'application/json' };

/**
 * Issue #20: ten wrong sign-ins locked out everyone behind the same address, right password
 * included. Now a name is locked by its own failures (OWASP: per-account lockout with growing
 * delays) and an address only by many failures across names.
 */
describe.each(stores)('console sign-in limits on the $name', ({ kind, redisUrl }) => {
  let app: AppUnderTest;
  beforeEach(async (context) => {
    if (kind === 'redis' && !redisUrl) context.skip();
    // The test's requests all come from 127.0.0.1: trusting it as a proxy lets X-Forwarded-For name other clients.
    app = await startApp({ store: kind, redisUrl, trustProxy: ['loopback'] });
  });
  afterEach(async () => {
    await app?.close();
  });

  async function signIn(name: string, password: string, from = '198.51.100.7') {
    const response = await fetch(`${app.baseUrl}/console/login`, { method: 'POST', headers: { ...CONSOLE, 'X-Forwarded-For': from }, body: JSON.stringify({ name, password }) });
    const body = (await response.json()) as any;
    return { status: response.status, code: body.error?.code as string | undefined, retryAfter: response.headers.get('retry-after') };
  }
  const wrong = (name: string, from?: string) => signIn(name, 'not-the-password', from);
  const later = (seconds: number) => app.clock.set(new Date(app.clock.now().getTime() + seconds * 1000));

  it("lets a colleague behind the same address sign in after ten wrong passwords for another name", async () => {
    for (let n = 0; n < 10; n++) expect([401, 429]).toContain((await wrong('sam')).status);
    expect(await signIn('alex', SPECIALISTS.alex)).toMatchObject({ status: 200 });
  });

  it('locks a name after its fifth wrong password, right password included, for a minute that doubles with each further failure', async () => {
    for (let n = 0; n < 5; n++) expect((await wrong('sam')).status).toBe(401);
    expect(await signIn('sam', SPECIALISTS.sam)).toEqual({ status: 429, code: 'sign_in_locked', retryAfter: '60' });
    // From another address too: the lock is the name's.
    expect((await signIn('sam', SPECIALISTS.sam, '203.0.113.9')).code).toBe('sign_in_locked');
    later(61);
    expect((await wrong('sam')).status).toBe(401);
    expect(await signIn('sam', SPECIALISTS.sam)).toMatchObject({ status: 429, retryAfter: '120' });
    later(121);
    expect((await wrong('sam')).status).toBe(401);
    expect(await signIn('sam', SPECIALISTS.sam)).toMatchObject({ status: 429, retryAfter: '240' });
    later(241);
    // The right password gets in once the lock is over, and clears the count.
    expect((await signIn('sam', SPECIALISTS.sam)).status).toBe(200);
    for (let n = 0; n < 4; n++) expect((await wrong('sam')).status).toBe(401);
    expect((await signIn('sam', SPECIALISTS.sam)).status).toBe(200);
  });

  it('never locks for longer than 15 minutes, and forgets failures an hour after the last one', async () => {
    for (let n = 0; n < 12; n++) {
      await wrong('alex');
      later(15 * 60);
    }
    for (let n = 0; n < 4; n++) await wrong('alex');
    const locked = await signIn('alex', SPECIALISTS.alex);
    expect(locked.status).toBe(429);
    expect(Number(locked.retryAfter)).toBe(15 * 60);
    later(60 * 60 + 1);
    expect((await wrong('alex')).status).toBe(401);
    expect((await signIn('alex', SPECIALISTS.alex)).status).toBe(200);
  });

  it('locks a name nobody has exactly as a real one, so the answers do not tell which names exist', async () => {
    const real: unknown[] = [];
    const unknown: unknown[] = [];
    for (let n = 0; n < 7; n++) real.push(await wrong('sam'));
    for (let n = 0; n < 7; n++) unknown.push(await wrong('samuel'));
    expect(unknown).toEqual(real);
    // Case does not make another name.
    expect((await wrong('SAM')).code).toBe('sign_in_locked');
  });

  it('checks at most five passwords of a burst of twenty guesses sent at once', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => wrong('sam')));
    expect(answers.filter((answer) => answer.status === 401)).toHaveLength(5);
    expect(answers.filter((answer) => answer.code === 'sign_in_locked')).toHaveLength(15);
  });

  it('refuses an address after 100 wrong passwords across names, until its 15-minute window ends; other addresses carry on', async () => {
    // 25 names, 4 wrong passwords each (none of them locked), counted as the route counts them
    // but without 100 scrypt checks.
    const limits = new SignInLimits(app.store, app.clock);
    for (let n = 0; n < 100; n++) expect(await limits.attempt(`guess-${n % 25}`, '192.0.2.50', () => null)).toEqual({ outcome: 'wrong_password' });
    const refused = await signIn('sam', SPECIALISTS.sam, '192.0.2.50');
    expect(refused).toMatchObject({ status: 429, code: 'rate_limited' });
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(15 * 60);
    expect((await signIn('sam', SPECIALISTS.sam, '192.0.2.51')).status).toBe(200);
    later(Number(refused.retryAfter));
    expect((await signIn('sam', SPECIALISTS.sam, '192.0.2.50')).status).toBe(200);
  });

  it('does not count refused attempts on a locked name against the address', async () => {
    const limits = new SignInLimits(app.store, app.clock);
    // 99 wrong passwords from the address; guess-0 had five of them and is locked.
    for (let n = 0; n < 99; n++) await limits.attempt(`guess-${n % 20}`, '192.0.2.60', () => null);
    for (let n = 0; n < 3; n++) expect((await wrong('guess-0', '192.0.2.60')).code).toBe('sign_in_locked');
    expect((await signIn('sam', SPECIALISTS.sam, '192.0.2.60')).status).toBe(200);
  });
});

describe('console sign-in and TRUST_PROXY', () => {
  let app: AppUnderTest | undefined;
  afterEach(async () => {
    await app?.close();
  });

  /** Fills the sign-in address limit of the test's own socket address (the server listens on 127.0.0.1). */
  async function exhaustLoopback(started: AppUnderTest) {
    const limits = new SignInLimits(started.store, started.clock);
    for (let n = 0; n < 100; n++) await limits.attempt(`guess-${n % 25}`, '127.0.0.1', () => null);
  }
  const signInVia = (started: AppUnderTest, forwardedFor: string) =>
    fetch(`${started.baseUrl}/console/login`, { method: 'POST', headers: { ...CONSOLE, 'X-Forwarded-For': forwardedFor }, body: JSON.stringify({ name: 'sam', password: SPECIALISTS.sam }) });

  it('unset: X-Forwarded-For is ignored, so a client cannot pick a fresh address for each guess', async () => {
    app = await startApp({ store: 'memory' });
    await exhaustLoopback(app);
    expect((await signInVia(app, '192.0.2.200')).status).toBe(429);
  });

  it('naming the proxy: the client is the address the proxy forwarded for', async () => {
    app = await startApp({ store: 'memory', trustProxy: ['loopback'] });
    await exhaustLoopback(app);
    expect((await signInVia(app, '192.0.2.200')).status).toBe(200);
  });
});
