/**
 * One assistant process for tests that need several sharing a Redis, or one to stop and kill:
 * started with `node --import tsx test/support/app-process.ts`, it serves the app and prints one
 * JSON line `{ baseUrl, publicBaseUrl }` when ready, then runs until it is stopped. SIGTERM stops
 * it as server.ts does: new requests get 503, turns in flight finish, then the store closes.
 *
 * Environment: REDIS_URL and KEY_PREFIX (required); LOAD_PORTFOLIO=true puts the sample portfolio
 * in the store; NOW sets the app's clock, and with NOW_AT and CLOCK_SPEED it runs as a
 * SharedClock (spawn-app.ts); CREDITOR_WEBHOOK_URL sends events there and POLL_MS polls the job
 * queues (the outbox) that often; LOCK_TTL_MS shortens how long a killed process's conversation
 * locks outlive it.
 */
import { startApp } from './app-under-test';
import { sharedClockTime, type SharedClock } from './spawn-app';

const { REDIS_URL: redisUrl, KEY_PREFIX: keyPrefix, NOW: now, NOW_AT: nowAt, CLOCK_SPEED: speed, CREDITOR_WEBHOOK_URL: creditorWebhookUrl, POLL_MS: pollMs, LOCK_TTL_MS: lockTtlMs } = process.env;
if (!redisUrl || !keyPrefix) throw new Error('REDIS_URL and KEY_PREFIX are required');
const shared: SharedClock | null = now && nowAt && speed ? { now, nowAt: Number(nowAt), speed: Number(speed) } : null;
const app = await startApp({
  store: 'redis',
  redisUrl,
  keyPrefix,
  loadPortfolio: process.env.LOAD_PORTFOLIO === 'true',
  ...(now ? { now: shared ? sharedClockTime(shared).toISOString() : now } : {}),
  ...(creditorWebhookUrl ? { creditorWebhookUrl } : {}),
  ...(lockTtlMs ? { lockTtlMs: Number(lockTtlMs) } : {}),
});
if (shared) setInterval(() => app.clock.set(sharedClockTime(shared)), 50).unref();
if (pollMs) app.outreach.start(Number(pollMs));
process.stdout.write(`${JSON.stringify({ baseUrl: app.baseUrl, publicBaseUrl: app.publicBaseUrl })}\n`);
process.on('SIGTERM', () => {
  void app.close().finally(() => process.exit(0));
});
