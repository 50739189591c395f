/**
 * One assistant process for tests that need several sharing a Redis: started with
 * `node --import tsx test/support/app-process.ts`, it serves the app and prints one JSON line
 * `{ baseUrl, publicBaseUrl }` when ready, then runs until it is killed.
 */
import { startApp } from './app-under-test';

const redisUrl = process.env.REDIS_URL;
const keyPrefix = process.env.KEY_PREFIX;
if (!redisUrl || !keyPrefix) throw new Error('REDIS_URL and KEY_PREFIX are required');
const app = await startApp({ store: 'redis', redisUrl, keyPrefix, loadPortfolio: process.env.LOAD_PORTFOLIO === 'true' });
process.stdout.write(`${JSON.stringify({ baseUrl: app.baseUrl, publicBaseUrl: app.publicBaseUrl })}\n`);
process.on('SIGTERM', () => {
  void app.close().finally(() => process.exit(0));
});
